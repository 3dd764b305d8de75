"""Class 4 (review 25, premises and domains): an eliminated equation leaves the conditions, its variable's domain goes only where that variable is written.

C = (x − ½)(q − 0.94), x, p, q ∈ (0, 1), premises gap: p − q = 1/10 and cond: C = 0 (the form rests on both: gap
removes a zero term of f). `_eliminated.eliminations` solves gap for p (p = q + 1/10) and asks p's domain
(q + 1/10 < 1) only of the conditions written in p (`at_eliminated`); but `pinning_condition` also puts p = q + 1/10
into `at`, so gap, read as a "solvable" relation of the region, becomes 0 = 0. cond is written in q, not p: the
search takes q = 0.94 as holding C = 0 while x moves, although p = 1.04 then lies outside (0, 1). Before
b7b78cf (commit 6a9a616) the same file was refused ("q cannot keep it true"): a regression. d/dx of f = 3x gives 3.
Counterexample: q < 9/10 on the domain, so C = 0 forces x = ½; at p = 0.5, q = 0.4, x = ½ (every premise holds)
the true slope of f = x(3 + (x − ½)(q − 0.94)) is 3 + ½(q − 0.94) = 2.73, not 3. Sound: an equation removed from
the region by an elimination must leave its variable's domain (and the nonzero coefficient) in the region of every
condition searched, or not be substituted into the region at all.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Real(0, 1)); q_ = Param("q", Real(0, 1))
x, p, q = x_.symbol, p_.symbol, q_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r25.eliminated_drops_domain", title="response at the balance point", source="attack",
    symbols=(x_, p_, q_), parameters=("p", "q"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (q - sp.Rational(94, 100))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + p - q - sp.Rational(1, 10)), "response (with a zero term)"),
              Premise("gap", sp.Eq(p - q, sp.Rational(1, 10)), "a fixed gap"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="gap", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p, q: 3, points=({"p": "0.5", "q": "0.4"},
                                                   {"p": "0.7", "q": "0.6"},
                                                   {"p": "0.9", "q": "0.8"})),
)]
