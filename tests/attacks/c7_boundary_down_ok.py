"""Control for c7_boundary_down: ``0.55 − e^{−200}`` does round to 0.5. Must pass.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.boundary_down_ok", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.boundary_down_ok.value", "the constant", "attack", "0.5", lambda: mpmath.mpf(11) / 20 - mpmath.exp(-200), relation="≈"),),
)]
