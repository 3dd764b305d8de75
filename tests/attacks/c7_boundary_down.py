"""Class 7 (claims): a value within e^{−200} below a rounding boundary.

``0.55 − e^{−200}`` rounds to 0.5 at one decimal, so the printed "0.6" is wrong; at 50
digits with slack the value looks like the tie 0.55. A boundary case must be decided at
higher precision (doubling until decided). A sound kernel: the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.boundary_down", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.boundary_down.value", "the constant", "attack", "0.6", lambda: mpmath.mpf(11) / 20 - mpmath.exp(-200), relation="≈"),),
)]
