"""Class 6 (routes, hooks and user code trusted): a route that calls ``evaluate()``.

The "independent" route evaluates the derivation's own closed form, so it agrees by
construction; the report calls it independent. A sound kernel detects a route that
evaluates the closed form and refuses it: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


def _route(x):
    return slope.evaluate(dps=mpmath.mp.dps, x=x)


slope = Derivation(
    id="attack.c6.route_calls_evaluate", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("the slope, independently", _route, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)
DERIVATIONS = [slope]
