"""An exact ("=") claim is equality, not agreement to the working precision (issue 16, class 7).

A value computed in floating point that matches the printed number at the working precision
is computed again at ``EXACT_RECHECK`` times the digits: a difference far below the working
precision (``1 + e^{-200}`` "= 1" at 50 digits) then shows, while rounding error shrinks.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath

from derivations import Claim
from verify.claims import EXACT_RECHECK, check_claim

DPS = 50


def claim(compute, printed: str = "1", relation: str = "=") -> dict:
    return check_claim(Claim("user.exact", "a constant", "test", printed, compute, relation=relation), DPS)


def test_an_exact_claim_off_by_e_to_the_minus_200_fails():
    c = claim(lambda: 1 + mpmath.exp(-200))
    assert c["status"] == "failed"
    assert c["dps_used"] == EXACT_RECHECK * DPS
    assert "differ by 1.3839e-87" in c["note"]


def test_an_exact_claim_with_rounding_error_only_is_verified():
    c = claim(lambda: mpmath.sqrt(2) ** 2, printed="2")  # off by rounding at every precision
    assert c["status"] == "verified"
    assert "dps_used" not in c


def test_an_exact_rational_value_is_not_recomputed():
    calls = []

    def compute():
        calls.append(mpmath.mp.dps)
        return Fraction(1, 4)

    assert claim(compute, printed="0.25")["status"] == "verified"
    assert calls == [DPS]


def test_a_rounded_claim_keeps_its_printed_tolerance():
    # "≈" is not exact: 1 + e^-200 ≈ 1 holds to the digits shown, at the working precision.
    c = claim(lambda: 1 + mpmath.exp(-200), relation="≈")
    assert c["status"] == "verified"
