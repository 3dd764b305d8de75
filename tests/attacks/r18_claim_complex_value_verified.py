"""Class 7 (review 18, claims): a claim whose computed value is complex, 0.5 + 0.04i, is "verified" against the printed real "0.5".

`verify.claims.decide` measures |computed − printed| with mpmath, which for an mpc is the modulus of the complex
difference: 0.04 < the half unit 0.05, so the rounded claim holds. But a printed real number is not borne out
by a non-real value: 0.5 + 0.04i rounds to no real numeral, and a compute that lands off the real axis (a
branch of a log or a fractional power of a negative number) is a wrong computation, not a rounding.
(mpc(0.5, 2) is failed, so the kernel accepts mpc values and only looks at the distance.) Sound: a claim's
computed value must be real (imaginary part zero, or provably below the working precision) unless the printed
value is complex; otherwise failed; exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r18.claim_complex_value_verified", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r18.claim_complex_value_verified.value", "the constant", "attack", "0.5",
                  lambda: mpmath.mpc("0.5", "0.04"), relation="≈"),),
)]
