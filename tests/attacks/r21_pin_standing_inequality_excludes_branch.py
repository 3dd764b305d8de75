"""Class 4 (review 21, premises and domains): the holders' search ignores a standing inequality premise that removes the branch where the condition moves.

C = (x − ½)(y − ¼), x, y ∈ (0, 1), premises C = 0 and the standing regime y > ½ (an assumption of the whole
derivation: read by every step's side conditions and checked satisfiable with every premise set). On the
premises' set y ≠ ¼, so C = 0 pins x = ½. The holders' search works on the box of the domains, finds y = ¼
(outside the premises) holding C = 0 while x moves, and lets d/dx through: f = x(3 + C) becomes 3x and df/dx = 3
is proved. Counterexample: at x = ½, y = 0.6 (every premise holds) the true slope is 3 + C + x(y − ¼) = 3.175.
A sound kernel must search holders only where the inequality premises a form is read under hold (or refuse).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r21.pin_standing_inequality_excludes_branch", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("ybig", y > sp.Rational(1, 2), "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.6"}, {"y": "0.7"}, {"y": "0.9"})),
)]
