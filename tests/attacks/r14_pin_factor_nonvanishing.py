"""Class 1 (review 14, calculus where a form holds at a point): y moves the value of a condition but not where it holds.
C = (x - 1/2)(1 + y²) with the condition C = 0 (x in (0, 1), y in (-1, 1)): 1 + y² never vanishes, so the
condition pins x = 1/2 for every y. y's slope 2y(x - 1/2) is measured non-zero at the probes, so y is counted as
a variable that holds the condition while x moves; f = x(3 + C) becomes f = 3x and df/dx = 3 is proved.
Truly df/dx = 3 + C + x ∂C/∂x = 3 + (1 + y²)/2 at x = 1/2. Sound: refuse the derivative (cond pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(-1, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_factor_nonvanishing", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (1 + y**2)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
