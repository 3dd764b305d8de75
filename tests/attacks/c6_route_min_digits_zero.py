"""Class 6 (routes, hooks and user code trusted): ``min_digits`` = 0.

The route below is wrong (``x² + 2``, not ``3x²``), and agrees to 0 digits; with
``min_digits=lambda dps: 0`` it passes. A sound kernel puts a floor on min_digits:
exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.route_min_digits_zero", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("a check", lambda x: x**2 + 2, points=({"x": 1}, {"x": "2.5"}, {"x": 7}), min_digits=lambda dps: 0),
)]
