"""Review 10 (issue 16): a function part within 10^-1500 of the value it saturates to (tanh(3500),
erf(60 + x)) or of a tiny argument (cos(10^-800)) hides a difference no probe shows, so sampling
does not confirm it (:mod:`verify.confirm`); a series with a complex sign factor (−1)^{k/2} is not
one :mod:`verify.certify_series` bounds."""

from __future__ import annotations

import flint
import sympy as sp

from verify.certify_series import series_ball

def test_a_complex_sign_factor_is_not_a_rotation():
    k = sp.Symbol("k", integer=True, positive=True)
    # Σ (−1)^{k/2} cos(k/3)/k² ≈ −0.178 + 0.888i: not the real −0.4396 a shift of θ would give.
    assert series_ball(sp.Sum((-1) ** (k / 2) * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20) is None
    assert series_ball(sp.Sum((-1) ** (k + sp.Rational(1, 2)) * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20) is None
    # An integer one is ±1: Σ (−1)^k cos(k/3)/k² = −π²/12 + 1/36 (the parabola at θ = π + 1/3).
    ball = series_ball(sp.Sum((-1) ** k * sp.cos(k / 3) / k**2, (k, 1, sp.oo)), 20)
    assert ball is not None and ball.overlaps(-flint.arb.pi() ** 2 / 12 + flint.arb(1) / 36)
