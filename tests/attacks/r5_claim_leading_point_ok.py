"""Control (review 5). Must pass.

A claim printed without its leading zero, ".5" (≈ 0.54 rounded to one decimal), as tables often print it.
".5" is the numeral 0.5 with one decimal: 0.54 rounds to it. Must pass (the kernel fails it: "the printed value .5
does not hold: computed 0.54"; "5." for 5.4 likewise)."""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.claim_leading_point_ok", title="a ratio", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r5.claim_leading_point_ok.v", "the ratio 27/50", "control", ".5", lambda: mpmath.mpf(27) / 50, relation="≈"),),
)]
