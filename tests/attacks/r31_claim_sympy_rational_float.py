"""Class 7 (review 31, claims): an exact SymPy Rational crosses the wire as a float, so "=" is not exact.

The claim computes the SymPy Rational (10^300 + 1)/10^300 and prints "1" with relation "=". verify/claims.py
(and HOLES.md, reviews 7 and 19) say "=" is exact and, for an exact computed value (an int, a Fraction, a SymPy
Rational: review 19), decided exactly. But a claim in a user's file runs in the child, and
``verify.wire.number_to_wire`` evaluates any SymPy number to an mpf at dps + 15 digits; the kernel
then sees a floating 1.0, which agrees at 50 digits and again at the 200-digit recheck: the claim is
"verified" and the run exits 0. The printed value is false: 1 + 10^-300 != 1 (the same claim with
``fractions.Fraction(10**300 + 1, 10**300)`` is failed, "the two differ by exactly 1.0e-300"). A sound
kernel must carry a SymPy Rational (and Integer) across the wire exactly, like a Fraction, or refuse
"=" on a value that reached it only as a float of a finite precision.
"""
import sympy as sp
from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r31.claim_sympy_rational_float", title="a ratio", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x / 2), "definition"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("value", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim(id="attack.r31.claim_sympy_rational_float.ratio", statement="the ratio is one",
                  paper="attack", printed="1", relation="=",
                  compute=lambda: sp.Rational(10**300 + 1, 10**300)),),
)]
