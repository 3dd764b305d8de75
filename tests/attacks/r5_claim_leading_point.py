"""Class 7 (review 5, claims): a numeral without its leading zero, ".5400", for 0.5404.

".5400" shows four decimals: it claims a value within 0.00005 of 0.54, and 0.5404 is not. Before numerals such as
".5" were read with their digits, such a claim fell to the one-part-in-a-hundred rule and passed; a sound kernel
fails it: exit != 0."""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.claim_leading_point", title="a ratio", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r5.claim_leading_point.v", "the ratio 1351/2500", "attack", ".5400", lambda: mpmath.mpf(1351) / 2500, relation="≈"),),
)]
