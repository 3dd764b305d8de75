"""Class 6 (routes, hooks and user code trusted): a route with the same point three times.

Three copies of x = 1 are one point: the wrong route ``x² + 2`` agrees there. A sound
kernel needs 3 distinct points: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_repeated_point", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("a check", lambda x: x**2 + 2, points=({"x": 1}, {"x": 1}, {"x": 1})),
)]
