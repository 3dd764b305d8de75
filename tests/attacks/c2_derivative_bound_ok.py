"""Control for c2_derivative_bound: ``∂(xy)/∂x = y``, evaluated first. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_, y_ = Param("x", Positive()), Param("y", Positive())
x, y = x_.symbol, y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.derivative_bound_ok", title="slope of a product", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(x * y, x)), "the slope"),),
    steps=(Rewrite(expect=y),),
    route=Agreement("difference quotient", lambda x, y: mpmath.diff(lambda t: t * y, x),
                    points=({"x": 1, "y": 2}, {"x": 3, "y": "0.5"}, {"x": 7, "y": 11})),
)]
