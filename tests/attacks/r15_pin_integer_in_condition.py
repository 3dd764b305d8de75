"""Class 1 (review 15, calculus where a form holds at a point): an integer parameter in a condition switches the holder search off.
C = n (x - 1/2)(1 + y²) with n an integer in [1, 3], x in (0, 1), y in (-1, 1); condition C = 0. As in review 14's
r14_pin_factor_nonvanishing, 1 + y² never vanishes, so C = 0 pins x = 1/2 for every y and n. But _holders skips the
search when an integer is in the condition ("a crossing at a probe that is no integer would say nothing") and keeps
every variable: y is counted as a holder. f = x(3 + C) = 3x and df/dx = 3 are proved; truly
df/dx = 3 + n(1 + y²)/2 at x = 1/2. Sound: refuse the derivative (cond pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integer, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(-1, 1)); n_ = Param("n", Integer(1, 3))
x, y, n = x_.symbol, y_.symbol, n_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_integer_in_condition", title="response at the balance point", source="attack",
    symbols=(x_, y_, n_), parameters=("y", "n"),
    premises=(Premise("Cdef", sp.Eq(C, n * (x - sp.Rational(1, 2)) * (1 + y**2)), "imbalance of n stages"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, n: 3, points=({"y": "0.1", "n": 1}, {"y": "0.5", "n": 2}, {"y": "0.9", "n": 3})),
)]
