"""Control for the route attacks of class 6: ``d(x³)/dx = 3x²`` with a numeric
difference quotient at three points. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_points_ok", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("difference quotient", lambda x: mpmath.diff(lambda t: t**3, x),
                    points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)]
