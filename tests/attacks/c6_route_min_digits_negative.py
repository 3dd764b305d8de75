"""Class 6 (routes, hooks and user code trusted): a negative ``min_digits``.

``min_digits=lambda dps: -10`` lets any route pass; the route below is off by a factor
of 1000. A sound kernel refuses a min_digits below its floor: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_min_digits_negative", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("a check", lambda x: 3000 * x**2, points=({"x": 1}, {"x": "2.5"}, {"x": 7}), min_digits=lambda dps: -10),
)]
