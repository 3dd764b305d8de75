"""Class 1 (review 15, calculus where a form holds at a point): a pole of the condition at a probe point turns the holder search off.
C = (x - 1/2)(1 + y²)/(8x - 3) (x in (0, 1), y in (-1, 1)), condition C = 0: 1 + y² never vanishes, so C = 0 pins
x = 1/2 for every y (review 14's r14_pin_factor_nonvanishing, divided by 8x - 3). The probe x = 3/8 lies on the pole:
the whole line along y there cannot be evaluated, the search is 'undecided' and every variable is kept, so y holds
the condition while x moves; f = x(3 + C) = 3x and df/dx = 3 are proved. Truly df/dx = 3 + x ∂C/∂x = 3 + (1 + y²)/2 at x = 1/2.
Sound: refuse the derivative (cond pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(-1, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_pole_at_probe", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (1 + y**2) / (8 * x - 3)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
