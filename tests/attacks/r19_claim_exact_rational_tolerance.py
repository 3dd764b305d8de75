"""Class 7 (review 19, claims): an exact ("=") claim whose computed value is an exact rational is compared with a relative tolerance of 10⁻⁴⁵ and never rechecked, so 1 + 10⁻⁵⁰ "= 1" is verified.

`verify.claims.decide` compares an exact computed value exactly only for a rounded ("≈") numeral. For relation "=",
a Fraction (or SymPy Rational) goes down the floating path: |c − p| ≤ relative_tolerance(dps)·|p| = 10⁻⁴⁵ at the default
50 digits. Review 7's class-7 fix (`EXACT_RECHECK`: "1 + e^-200 '= 1' at 50 digits" is not equality) rechecks at 4×
the digits only when `_exact(value) is None`, i.e. never for an exact value, the one case where equality is decidable.
Here the claim prints "1", relation "=", and computes Fraction(10⁵⁰ + 1, 10⁵⁰): verified, exit 0. But
1 + 10⁻⁵⁰ ≠ 1 exactly (the difference is a rational 10⁻⁵⁰, known without any rounding). Same with a SymPy
Rational, or a 60-digit "0.333…3" printed "=" against Fraction(1, 3). Sound: when both the computed value and the
printed value are exact rationals, "=" compares them exactly (Fraction equality); the claim fails, exit != 0.
"""
from fractions import Fraction

import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r19.claim_exact_rational_tolerance", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.r19.claim_exact_rational_tolerance.value", "the ratio is exactly one", "attack", "1",
                  lambda: Fraction(10**50 + 1, 10**50), relation="="),),
)]
