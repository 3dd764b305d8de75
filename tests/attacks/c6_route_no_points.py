"""Class 6 (routes, hooks and user code trusted): a route with no points.

``Agreement(..., points=())`` compares nothing, yet the report says it agrees to 50 of 50
digits. The steps are right; the route is empty, so nothing independent was checked. A
sound kernel needs ≥ 3 points (or says inconclusive): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_no_points", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("nothing at all", lambda x: 0, points=()),
)]
