"""Class 7 (claims): ``3.1500e0`` is a numeral with five significant digits.

π = 3.14159… rounds to 3.1416, not 3.1500. A numeral in e-notation must be compared to the
digits it shows; today it falls to "one part in a hundred" and is verified. A sound kernel:
the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.exp_numeral", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.exp_numeral.value", "the constant", "attack", "3.1500e0", lambda: mpmath.pi, relation="≈"),),
)]
