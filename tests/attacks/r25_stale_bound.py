"""Class 4 (review 25, premises and domains): two linear equations bound a variable jointly through a third's domain; the elimination chain drops it.

x, p, q, r ∈ (0, 1); a_gap: p − q = 1/10, b_tie: q = 2r, C = (x − ½)(r − 0.47), cond: C = 0, the form resting on all.
Together the ties give p = 2r + 1/10 < 1, so r < 0.45 and C = 0 pins x = ½. The elimination of today
(`_eliminated.py`, "chains of eliminations") substitutes p and q, turns both equations into 0 = 0 in the region,
and adds p's and q's domains only to conditions written in p or q; cond is written in r alone, so r = 0.47 is
taken to hold it while x moves (each equation read on its own, as before 6a9a616, also admits r = 0.47: this
variant passed before today too). d/dx f = 3 is proved. Counterexample: at r = 0.2, q = 0.4, p = 0.5, x = ½ the
true slope of f = x(3 + (x − ½)(r − 0.47)) is 3 + ½(0.2 − 0.47) = 2.865. Sound: the eliminated variables'
domains, written through the substitutions, must be part of the region of every condition searched.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Real(0, 1)); q_ = Param("q", Real(0, 1)); r_ = Param("r", Real(0, 1))
x, p, q, r = x_.symbol, p_.symbol, q_.symbol, r_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r25.stale_bound", title="response at the balance point", source="attack",
    symbols=(x_, p_, q_, r_), parameters=("p", "q", "r"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (r - sp.Rational(47, 100))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + p * (p - q - sp.Rational(1, 10)) + q * (q - 2 * r)), "response (with a zero term)"),
              Premise("a_gap", sp.Eq(p - q, sp.Rational(1, 10)), "a fixed gap"),
              Premise("b_tie", sp.Eq(q, 2 * r), "a gearing"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="a_gap", on="fdef", expect=sp.Eq(f, x * (3 + C) + q * (q - 2 * r))),
           Substitute(using="b_tie", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p, q, r: 3, points=({"p": "0.5", "q": "0.4", "r": "0.2"},
                                                      {"p": "0.7", "q": "0.6", "r": "0.3"},
                                                      {"p": "0.9", "q": "0.8", "r": "0.4"})),
)]
