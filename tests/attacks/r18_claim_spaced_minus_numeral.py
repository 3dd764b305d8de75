"""Class 7 (review 18, claims): a printed numeral with a spaced minus, "- 3.150", is read as −3.150 but compared at 1 %.

`verify.claims.parse_printed` lower-cases the text and joins a leading "- " to the digits ("- 5" is how TeX
sets −5), so the value is the numeral −3.150. But `tolerance` and `decide` call `read_numeral(printed.strip())`
on the raw text, whose NUMERAL regex needs a digit right after the sign: "- 3.150" is not a numeral there,
and the claim falls to the rule for expressions (`≈` within one part in a hundred). The computed value
−3.17 is 0.63 % away and "verified", although three decimals are shown: −3.17 rounds to −3.170, not
−3.150 (the digits allow [−3.1505, −3.1495]). Counterexample: printed "- 3.150", computed −317/100.
Sound: one reading of the printed text for both value and tolerance (normalize before `read_numeral`
everywhere); the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r18.claim_spaced_minus_numeral", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r18.claim_spaced_minus_numeral.value", "the constant", "attack", "- 3.150",
                  lambda: mpmath.mpf(-317) / 100, relation="≈"),),
)]
