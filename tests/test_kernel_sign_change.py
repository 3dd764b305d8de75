"""A divisor that vanishes only on a band narrower than any grid (issue 16, class 5).

``1 + x/100 − 2 exp(−10²⁴ (x − π)²)`` is negative only within ~10⁻¹² of π: sampling and a
grid miss it, SymPy's solve cannot find its transcendental roots. Ball arithmetic finds a
piece where it is ≤ 0 (bisecting deeper when the first budget stops short) and one where
it is ≥ 0; a finite ball over the box between them (no pole, no log or root of a ball
reaching 0) makes it continuous there, so it vanishes in between. A sign change across a
pole is no zero, and must not be called one.
"""

from __future__ import annotations

import sympy as sp

from derivations import Real
from verify.obligations import _ball_sign, _sign_change
from verify.verdicts import CONFIRMED, FAILED, PROVED

x = sp.Symbol("x")
DOMAINS = {x: Real(0, 10)}
TEXT = "the divisor ≠ 0"


def test_a_zero_on_a_band_of_width_1e_minus_12_is_found():
    divisor = 1 + x / 100 - 2 * sp.exp(-10**24 * (x - sp.pi) ** 2)
    v = _ball_sign(divisor, "nonzero", DOMAINS, {}, TEXT)
    assert v is not None and v.verdict == FAILED
    assert "vanishes in the domain" in v.method
    assert set(v.counterexample) == {"x (value ≤ 0)", "x (value ≥ 0)"}


def test_the_same_spike_that_never_reaches_zero_is_no_zero():
    divisor = 1 + x / 100 - sp.exp(-10**24 * (x - sp.pi) ** 2) / 2
    v = _ball_sign(divisor, "nonzero", DOMAINS, {}, TEXT)
    assert v is None or v.verdict != FAILED


def test_a_divisor_without_a_zero_is_proved_nonzero():
    v = _ball_sign(1 + x / 100 - sp.exp(-(x - 3) ** 2) / 2, "nonzero", DOMAINS, {}, TEXT)
    # (0, 10) is open at 0: the box starts at 10^-300, hence confirmed rather than proved
    assert v is not None and v.verdict in (PROVED, CONFIRMED) and "proved by ball arithmetic" in v.method


def test_a_sign_change_across_a_pole_is_not_a_zero():
    assert _ball_sign(1 / (x - 5), "nonzero", DOMAINS, {}, TEXT) is None
    from fractions import Fraction
    assert _sign_change(1 / (x - 5), {"x": Fraction(4)}, {"x": Fraction(6)}) is None


def test_a_sign_change_of_a_continuous_form_is_a_zero():
    from fractions import Fraction
    cx = _sign_change(x - sp.sqrt(2), {"x": Fraction(1)}, {"x": Fraction(2)})
    assert cx == {"x (value ≤ 0)": "1", "x (value ≥ 0)": "2"}
    # the points the wrong way round: no conclusion
    assert _sign_change(x - sp.sqrt(2), {"x": Fraction(2)}, {"x": Fraction(1)}) is None
