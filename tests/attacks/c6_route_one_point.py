"""Class 6 (routes, hooks and user code trusted): a route with a single point.

One point cannot tell a closed form from any other function through it: the route below
is the wrong ``x² + 2`` (it agrees with ``3x²`` at x = 1 only). A sound kernel needs at
least 3 points: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_one_point", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("a check", lambda x: x**2 + 2, points=({"x": 1},)),
)]
