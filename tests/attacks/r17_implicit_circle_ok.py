"""Control (review 17). Must pass.

A point on a circle x² + y(x)² = R², with y(x) the unknown height as a function of x (upper half). Implicit
differentiation gives 2x + 2 y y' = 0, so the slope is y' = −x/y; on the upper half y = √(R² − x²), and the
slope is −x/√(R² − x²).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(-1, 1)); R_ = Param("R", Real(2, 3))
x, R = x_.symbol, R_.symbol
y = sp.Function("y")
yp = sp.Symbol("yp")

DERIVATIONS = [Derivation(
    id="attack.r17.implicit_circle_ok", title="slope of a circle by implicit differentiation", source="control",
    symbols=(x_, R_), parameters=("x", "R"),
    premises=(Premise("circle", sp.Eq(x**2 + y(x)**2, R**2), "on the circle"),
              Premise("upper", sp.Eq(y(x), sp.sqrt(R**2 - x**2)), "upper half")),
    steps=(Differentiate(x, on="circle", expect=sp.Eq(2 * x + 2 * y(x) * sp.Derivative(y(x), x), 0)),
           SolveFor(sp.Derivative(y(x), x), expect=sp.Eq(sp.Derivative(y(x), x), -x / y(x))),
           Substitute(using="upper", expect=sp.Eq(yp, -x / sp.sqrt(R**2 - x**2)))),
    route=Agreement("difference quotient of sqrt(R² − x²)",
                    lambda x, R: (lambda mp: mp.diff(lambda t: mp.sqrt(mp.mpf(R)**2 - t**2), mp.mpf(x)))(__import__("mpmath")),
                    points=({"x": "0.5", "R": "2.2"}, {"x": "-0.3", "R": "2.5"}, {"x": "0.9", "R": "2.9"})),
)]
