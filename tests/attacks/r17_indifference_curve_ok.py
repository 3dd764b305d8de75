"""Control (review 17). Must pass.

An indifference curve of Cobb–Douglas utility: x^a y(x)^{1−a} = u0, with y(x) > 0 the unknown amount of the second
good that keeps utility at u0. Implicit differentiation gives a x^{a−1} y^{1−a} + (1 − a) x^a y^{−a} y' = 0, so
the slope is y' = −a y/((1 − a) x), the marginal rate of substitution, with y = (u0 x^{−a})^{1/(1−a)} on the curve.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, SolveFor, Substitute

x_ = Param("x", Positive()); a_ = Param("a", Real(0, 1)); u0_ = Param("u0", Positive())
x, a, u0 = (q.symbol for q in (x_, a_, u0_))
y = sp.Function("y", positive=True)
mrs = sp.Symbol("mrs")
YC = (u0 * x**(-a))**(1 / (1 - a))

DERIVATIONS = [Derivation(
    id="attack.r17.indifference_curve_ok", title="marginal rate of substitution", source="control",
    symbols=(x_, a_, u0_), parameters=("x", "a", "u0"),
    premises=(Premise("curve", sp.Eq(x**a * y(x)**(1 - a), u0), "utility held at u0"),
              Premise("onit", sp.Eq(y(x), YC), "the curve solved for y")),
    steps=(Differentiate(x, on="curve", expect=sp.Eq(sp.diff(x**a * y(x)**(1 - a), x), 0)),
           SolveFor(sp.Derivative(y(x), x), expect=sp.Eq(sp.Derivative(y(x), x), -a * y(x) / ((1 - a) * x))),
           Substitute(using="onit", expect=sp.Eq(mrs, -a * YC / ((1 - a) * x)))),
    route=Agreement("difference quotient of y = (u0 x^{−a})^{1/(1−a)}",
                    lambda x, a, u0: mpmath.diff(lambda t: (mpmath.mpf(u0) * t**(-mpmath.mpf(a)))**(1 / (1 - mpmath.mpf(a))),
                                                 mpmath.mpf(x)),
                    points=({"x": 2, "a": "0.3", "u0": 5}, {"x": "0.5", "a": "0.5", "u0": 1}, {"x": 10, "a": "0.8", "u0": "2.5"})),
)]
