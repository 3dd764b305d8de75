"""Review 10 (issue 16): a function part within 10^-1500 of the value it saturates to (tanh(3500),
erf(60 + x)) or of a tiny argument (cos(10^-800)) hides a difference no probe shows, so sampling
does not confirm it (:mod:`verify.confirm`); a series with a complex sign factor (−1)^{k/2} is not
one :mod:`verify.certify_series` bounds."""

from __future__ import annotations

import flint
import sympy as sp

from derivations import Positive, Real
from verify.certify_series import series_ball
from verify.confirm import _hides_tiny, confirm_identity

x = sp.Symbol("x", positive=True)
POSITIVE = {x: Positive()}


def _verdict(a, b, domains=POSITIVE):
    return confirm_identity((a, b), domains, key="r10", dps=30)


def test_a_saturated_function_hides_a_difference_below_every_probe():
    tiny = sp.Rational(1, 10**800)
    for left, right in ((x * sp.tanh(3500), x), (x * sp.tanh(-3500), -x), (x * sp.coth(4000), x),
                        (x * sp.erf(60 + x), x), (x * sp.cos(tiny), x), (x * sp.sin(tiny) / tiny, x)):
        v = _verdict(left, right)
        assert v.verdict == "inconclusive" and "beyond the 1500 digits" in v.method, (left, v)
    # Hidden at ordinary points, seen at a large one: a point that hides it is skipped, not agreed.
    v = _verdict(x * sp.cos(x * tiny), x)
    assert v.verdict == "failed" or (v.verdict == "inconclusive" and "beyond" in v.method), v


def test_the_distance_to_the_limit_is_sized_through_the_complement():
    huge = sp.Integer(10) ** 300  # mpmath's erfc(10^300) overflows: the asymptotic form sizes it
    y = sp.Symbol("y", real=True)  # erfc(−x) would be written 2 − erfc(x)
    assert _hides_tiny(sp.erf(x), {x: huge}) and _hides_tiny(sp.erfc(y), {y: -huge})
    assert _hides_tiny(sp.tanh(y), {y: -1800}) and not _hides_tiny(sp.tanh(x), {x: 1700})
    assert not _hides_tiny(sp.log(x), {x: sp.Rational(1, 10**800)})  # log ε is of ordinary size
    assert not _hides_tiny(sp.erf(x), {x: sp.Integer(3)})


def test_a_saturating_function_of_ordinary_size_is_still_confirmed():
    y = sp.Symbol("y", real=True)
    assert _verdict(1 / (sp.exp(y) + 1), (1 - sp.tanh(y / 2)) / 2, {y: Real(-700, 700)}).verdict == "confirmed"
    # review 33: out to the far bands e^x is past every probe, and what it swamps is seen nowhere there
    v = _verdict(1 / (sp.exp(x) + 1), (1 - sp.tanh(x / 2)) / 2)
    assert v.verdict == "inconclusive" and "beyond" in v.method, v
    assert _verdict(sp.erf(y) + sp.erfc(y), 1, {y: Real(-3, 3)}).verdict in ("confirmed", "proved")
    assert _verdict(sp.tanh(y), (sp.exp(2 * y) - 1) / (sp.exp(2 * y) + 1), {y: Real(-3, 3)}).verdict == "confirmed"


def test_a_complex_sign_factor_is_not_a_rotation():
    k = sp.Symbol("k", integer=True, positive=True)
    # Σ (−1)^{k/2} cos(k/3)/k² ≈ −0.178 + 0.888i: not the real −0.4396 a shift of θ would give.
    assert series_ball(sp.Sum((-1) ** (k / 2) * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20) is None
    assert series_ball(sp.Sum((-1) ** (k + sp.Rational(1, 2)) * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20) is None
    # An integer one is ±1: Σ (−1)^k cos(k/3)/k² = −π²/12 + 1/36 (the parabola at θ = π + 1/3).
    ball = series_ball(sp.Sum((-1) ** k * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20)
    assert ball is not None and ball.overlaps(-flint.arb.pi() ** 2 / 12 + flint.arb(1) / 36)
