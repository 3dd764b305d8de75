"""Class 7 (review 18, claims): "3.15X10^2" (capital X as the times sign) is read as the numeral 315 but compared at 1 %.

`parse_printed` lower-cases the text before `read_numeral`, so "3.15X10^2" becomes "3.15x10^2", a numeral
(NUMERAL accepts `x` as a times sign) with value 315 and half unit 0.5. `tolerance`/`decide` call
`read_numeral(printed.strip())` on the raw text, where the capital X does not match: no numeral, so the
expression rule, one part in a hundred, applies. Counterexample: computed 317, printed "3.15X10^2":
317 rounds to 3.17×10², the digits allow [314.5, 315.5]; it is "verified". Sound: read the printed text
once (same normalization for value and tolerance); the claim fails, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r18.claim_upper_x_times", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r18.claim_upper_x_times.value", "the constant", "attack", "3.15X10^2",
                  lambda: mpmath.mpf(317), relation="≈"),),
)]
