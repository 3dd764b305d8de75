"""Class 4 (review 25, premises and domains): an eliminated equation's nonzero coefficient is asked only of conditions written in the eliminated variable.

x, w ∈ (0, 1), p real; lever: p(w − ½) = 1/10, C = (x − ½)(w − ½), cond: C = 0 (the form rests on both: lever removes a
zero term of f). lever is impossible at w = ½ (0 = 1/10), so C = 0 pins x = ½. `eliminations` solves lever for p
(p = 1/(10(w − ½))) with the region entry ("nonzero", w − ½), but that entry joins only conditions written in p;
cond is written in x and w, and lever itself, read at p's value, is 0 = 0 in the region. So w = ½ is taken to hold
C = 0 while x moves, and d/dx f = 3 is proved. Commit 6a9a616 refused the same file: a regression. Counterexample:
at w = 0.6, p = 1, x = ½ (every premise holds) the true slope of f = x(3 + (x − ½)(w − ½)) is 3 + ½·0.1 = 3.05, not 3.
Sound: the coefficient's nonzero relation (and the value's domain) must be in the region of every condition searched
once the equation is dropped from it by the substitution.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); p_ = Param("p", Real()); w_ = Param("w", Real(0, 1))
x, p, w = x_.symbol, p_.symbol, w_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r25.eliminated_drops_nonzero", title="response at the balance point", source="attack",
    symbols=(x_, p_, w_), parameters=("p", "w"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (w - half)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + p * (w - half) - sp.Rational(1, 10)), "response (with a zero term)"),
              Premise("lever", sp.Eq(p * (w - half), sp.Rational(1, 10)), "a lever law"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="lever", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda p, w: 3, points=({"p": "1", "w": "0.6"},
                                                   {"p": "0.5", "w": "0.7"},
                                                   {"p": "-1", "w": "0.4"})),
)]
