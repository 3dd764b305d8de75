"""Class 4 (review 21, premises and domains): a specialization to a value a standing inequality premise excludes, after a step whose side condition was proved from that premise.

m ∈ (−2, 2), a ∈ (−2, 2), the standing premise m > 0 (no form rests on it, so since review 20 it is read by every
step's side conditions) and the balance m·a = m²·y. DivideBoth(m) proves its divisor non-zero from m > 0 and gives
a = m y; then Substitute m → 0 (inside m's domain, but against m > 0) gives a|_{m=0} = 0, and the derivation is
`proved`. The specialization re-solves only the premises the input rests on, not the standing one the division
read. Counterexample: m = 0, y = 1, a = 5 satisfies the balance (0 = 0), yet the result says a = 0 there; the
result holds only by reading m > 0 and m = 0 together. A sound kernel must check a specialization against the
standing premises (every inequality premise an earlier step's side condition read), or stop reading them.
"""
import sympy as sp
from derivations import Agreement, Derivation, DivideBoth, Param, Premise, Real, Substitute

m_ = Param("m", Real(-2, 2)); y_ = Param("y", Real(-2, 2))
m, y = m_.symbol, y_.symbol
a = sp.Symbol("a")
DERIVATIONS = [Derivation(
    id="attack.r21.spec_violates_standing_premise", title="balance at vanishing mass", source="attack",
    symbols=(m_, y_), parameters=("y",),
    premises=(Premise("balance", sp.Eq(a * m, m**2 * y), "force balance"),
              Premise("massive", m > 0, "a positive mass")),
    steps=(DivideBoth(divisor=m, expect=sp.Eq(a, m * y)),
           Substitute(mapping={m: 0}, expect=sp.Eq(sp.Subs(a, m, 0), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": 1}, {"y": "0.5"}, {"y": -1})),
)]
