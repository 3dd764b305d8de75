"""Class 7 (claims): ``2.7000·10^0`` is a numeral with five significant digits.

e = 2.71828… rounds to 2.7183, not 2.7000. A sound kernel compares the printed mantissa to
the digits it shows: the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.cdot_numeral", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.cdot_numeral.value", "the constant", "attack", "2.7000·10^0", lambda: mpmath.e, relation="≈"),),
)]
