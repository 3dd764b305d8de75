"""Class 7 (claims): ``3.1500E+00`` (upper-case E, signed exponent) is a numeral with five digits.

π rounds to 3.1416 at five digits. A sound kernel: the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.upper_e_numeral", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.upper_e_numeral.value", "the constant", "attack", "3.1500E+00", lambda: mpmath.pi, relation="≈"),),
)]
