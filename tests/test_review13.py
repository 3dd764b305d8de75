"""Review 13, the kernel's part: the Fourier certificate at a domain's closed end, far along a side
without an end and where its balls are blind near θ = 0; series of b_k alone (Hurwitz zeta)."""

from __future__ import annotations

import flint
import pytest
import sympy as sp

from derivations import Positive, Real
from verify.certify_series import _points, series_agree, series_ball, series_refutes

k = sp.Symbol("k", integer=True, positive=True)
t = sp.Symbol("theta", real=True)
a = sp.Symbol("a", positive=True)


@pytest.mark.parametrize("summand, exact", [(1 / k**2, sp.pi**2 / 6), (1 / (2 * k + 1)**3, sp.Rational(7, 8) * sp.zeta(3)),
                                            (sp.cos(2 * sp.pi * k) / k**4, sp.pi**4 / 90), (sp.sin(k * sp.pi) / k, 0)])
def test_a_series_at_a_whole_turn_is_a_zeta_value(summand, exact):
    lo = 0 if summand.subs(k, 0).is_finite else 1
    ball = series_ball(sp.Sum(summand, (k, lo, sp.oo)), 30)
    old, flint.ctx.dps = flint.ctx.dps, 60
    try:
        assert ball is not None and ball.overlaps(flint.arb(str(sp.N(exact, 90)))) and ball.rad() < 1e-25
    finally:
        flint.ctx.dps = old


@pytest.mark.parametrize("summand", [1 / k, sp.Integer(1), sp.cos(2 * sp.pi * k) / sp.sqrt(k)])
def test_no_value_for_a_divergent_series_of_b_k(summand):
    assert series_ball(sp.Sum(summand, (k, 1, sp.oo)), 30) is None


def test_the_sawtooth_at_its_closed_end_is_refuted():
    sawtooth = sp.Sum(sp.sin(k * t) / k, (k, 1, sp.oo))
    closed = {t: Real(0, 2 * sp.pi, lo_open=False)}
    assert any(p[t] == 0 for p in _points([t], closed, "s"))
    found = series_refutes(sawtooth, (sp.pi - t) / 2, closed, 30)
    assert found is not None and found["theta"] == "0"
    assert series_agree(sawtooth, (sp.pi - t) / 2, {t: Real(0, 2 * sp.pi)}, 30) is not None  # open: it holds


def test_a_side_without_an_end_is_sampled_far_along_it():
    scaled = sp.Sum(a * sp.sin(k * t) / k, (k, 1, sp.oo))
    domains = {t: Real(0, 2 * sp.pi), a: Positive()}
    assert max(p[a] for p in _points([a, t], domains, "s")) >= 10**8
    assert series_refutes(scaled, a * (sp.pi - t) / 2 + (a / 30)**200, domains, 30) is not None


def test_a_bump_near_the_singular_end_is_seen_with_more_terms():
    sawtooth = sp.Sum(sp.sin(k * t) / k, (k, 1, sp.oo))
    bumped = (sp.pi - t) / 2 + sp.exp(-(t / sp.Rational(6, 100))**4)
    assert series_agree(sawtooth, bumped, {t: Real(0, 2 * sp.pi)}, 30) is None
