"""Resilience of uncertainty (catalogue section 7): registry values, properties, bad input, errata."""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import derivations
from derivations import DomainError, rou
from verify.claims import check_claim

DPS = 30
TOL = mpmath.mpf(10) ** -20  # far below the required 1e-10

gaussian = derivations.get("rou.gaussian")
truncated = derivations.get("rou.cauchy_truncated")
asymptotic = derivations.get("rou.cauchy_asymptotic")
samples = derivations.get("rou.sample_size")
central = derivations.get("rou.central_moments")

even_orders = st.integers(1, 30).map(lambda k: 2 * k)
cutoffs = st.floats(-3, 8).map(lambda e: Fraction(10.0**e))  # 10^-3 .. 10^8


def mp(q: Fraction) -> mpmath.mpf:
    return mpmath.mpf(q.numerator) / q.denominator


def rel(a, b) -> mpmath.mpf:
    return abs(mpmath.mpf(a) / mpmath.mpf(b) - 1)


def quad_amplification(p: int, lam: Fraction, dps: int = 45) -> mpmath.mpf:
    """A_p(Λ) by quadrature in t = x/Λ (independent of the package's code)."""
    with mpmath.workdps(dps):
        L = mpmath.mpf(lam.numerator) / lam.denominator
        w = lambda t: 1 / (1 + (L * t) ** 2)
        nodes = [0, 1 / L, 1 / mpmath.sqrt(L), 1] if L > 1 else [0, 1]
        mass = mpmath.quad(w, nodes)
        log_mu_p = p * mpmath.log(L) + mpmath.log(mpmath.quad(lambda t: t**p * w(t), nodes) / mass)
        log_mu_2 = 2 * mpmath.log(L) + mpmath.log(mpmath.quad(lambda t: t * t * w(t), nodes) / mass)
        return mpmath.exp(log_mu_p / p - log_mu_2 / 2)


# -- registry values against independent computations ----------------------------------------
@given(even_orders)
def test_gaussian_matches_double_factorial(p):
    with mpmath.workdps(DPS + 10):
        expected = mpmath.mpf(math.prod(range(1, p, 2))) ** (mpmath.mpf(1) / p)
    assert rel(gaussian.evaluate(dps=DPS, p=p), expected) < TOL


@pytest.mark.parametrize("p", [2, 4, 8, 20, 60])
def test_gaussian_matches_quadrature(p):
    with mpmath.workdps(45):
        # μ_p of the unit Gaussian with u = x²/2: √(2/π) ∫_0^∞ (2u)^{(p−1)/2} e^{−u} du.
        mu = mpmath.quad(lambda u: (2 * u) ** (mpmath.mpf(p - 1) / 2) * mpmath.exp(-u), [0, p, mpmath.inf])
        mu *= mpmath.sqrt(2 / mpmath.pi)
        expected = mu ** (mpmath.mpf(1) / p)
    assert rel(gaussian.evaluate(dps=DPS, p=p), expected) < TOL


@settings(max_examples=15)
@given(st.integers(1, 10).map(lambda k: 2 * k), cutoffs)
def test_truncated_matches_quadrature(p, lam):
    assert rel(truncated.evaluate(dps=DPS, p=p, Lambda=lam), quad_amplification(p, lam)) < TOL


@pytest.mark.parametrize("lam", ["1/1000", "1/3", "1", "7", "12345", "100000000"])
def test_truncated_mu2_mu4_closed_forms(lam):
    with mpmath.workdps(60):
        L = mpmath.mpf(Fraction(lam).numerator) / Fraction(lam).denominator
        a = mpmath.atan(L)
        mu2 = L / a - 1
        mu4 = (L**3 / 3 - L + a) / a
        expected = mu4 ** (mpmath.mpf(1) / 4) / mpmath.sqrt(mu2)
    assert rel(truncated.evaluate(dps=DPS, p=4, Lambda=lam), expected) < TOL
    assert truncated.evaluate(dps=DPS, p=2, Lambda=lam) == pytest.approx(1, abs=1e-25)


@pytest.mark.parametrize("k", range(1, 8))
def test_polynomial_division_identity(k):
    x = rou.x
    quotient, remainder = sp.div(x ** (2 * k), 1 + x**2, x)
    premise = {pr.name: pr.expr for pr in truncated.premises}["quotient"].subs(rou.kh, k).doit()
    assert sp.expand(premise - (quotient + remainder / (1 + x**2))) == 0
    assert remainder == (-1) ** k


@given(even_orders, st.floats(0, 30).map(lambda e: Fraction(10.0**e)))
def test_asymptotic_matches_catalogue_formula(p, lam):
    with mpmath.workdps(DPS + 10):
        L = mpmath.mpf(lam.numerator) / lam.denominator
        c_p = (2 / (mpmath.pi * (p - 1))) ** (mpmath.mpf(1) / p) * mpmath.sqrt(mpmath.pi / 2)
        expected = c_p * L ** (mpmath.mpf(1) / 2 - mpmath.mpf(1) / p)
    assert rel(asymptotic.evaluate(dps=DPS, p=p, Lambda=lam), expected) < TOL


@given(st.floats(-3, 3).map(lambda e: Fraction(10.0**e)))
def test_sample_size_is_k_squared(k):
    assert rel(samples.evaluate(dps=DPS, k=k), mpmath.mpf(k.numerator) ** 2 / k.denominator**2) < TOL


def test_central_moments_gives_unit_order_two_amplification():
    assert central.evaluate(dps=DPS) == 1
    assert str(central.closed_form) == "Eq(A(2), 1)"


def test_fifty_sigma_cutoff():
    cutoff = rou._output_of(asymptotic, "fifty_sigma_cutoff")
    assert cutoff.rhs == 5000 / sp.pi
    a4 = truncated.evaluate(dps=DPS, p=4, Lambda=cutoff.rhs)
    assert 5.3 < a4 < 5.4  # far from the factor 100 of W's text


# -- properties --------------------------------------------------------------------------------
@given(even_orders)
def test_gaussian_increasing_and_unit_at_two(p):
    a, b = gaussian.evaluate(dps=DPS, p=p), gaussian.evaluate(dps=DPS, p=p + 2)
    assert b > a
    assert (abs(a - 1) < TOL) == (p == 2)


@given(st.integers(2, 200).map(lambda k: 2 * k))
def test_gaussian_stirling_form(p):
    growth = mpmath.sqrt(p / mpmath.e) * mpmath.mpf(2) ** (mpmath.mpf(1) / (2 * p))
    err = gaussian.evaluate(dps=DPS, p=p) / growth - 1
    assert abs(err + mpmath.mpf(1) / (12 * p**2)) < mpmath.mpf(1) / (10 * p**3)


@settings(max_examples=30)
@given(st.integers(2, 15).map(lambda k: 2 * k), cutoffs)
def test_truncated_increasing_in_cutoff(p, lam):
    wider = truncated.evaluate(dps=DPS, p=p, Lambda=lam * Fraction(11, 10))
    assert wider > truncated.evaluate(dps=DPS, p=p, Lambda=lam)


@given(even_orders, st.floats(1, 12).map(lambda e: Fraction(10.0**e)))
def test_ratio_exact_over_asymptotic_tends_to_one(p, lam):
    r1 = truncated.evaluate(dps=DPS, p=p, Lambda=lam) / asymptotic.evaluate(dps=DPS, p=p, Lambda=lam) - 1
    big = lam * 1000
    r2 = truncated.evaluate(dps=DPS, p=p, Lambda=big) / asymptotic.evaluate(dps=DPS, p=p, Lambda=big) - 1
    assert abs(r1) <= 1 / mp(lam) + TOL
    assert abs(r2) <= abs(r1) / 100 + TOL


def test_amplification_exponents():
    # A_4 ∝ Λ^{1/4}, A_6 ∝ Λ^{1/3}: from the derived exponent 1/2 − 1/p.
    exponent = rou._output_of(asymptotic, "exponent")
    assert exponent.subs(rou.p, 4) == sp.Rational(1, 4)
    assert exponent.subs(rou.p, 6) == sp.Rational(1, 3)
    assert sp.limit(exponent, rou.p, sp.oo) == sp.Rational(1, 2)


# -- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [3, 0, -2, 2.5, "abc", float("nan"), float("inf"), None, True, 1 + 2j])
def test_bad_order_is_rejected(value):
    for d, extra in ((gaussian, {}), (truncated, {"Lambda": 10}), (asymptotic, {"Lambda": 10})):
        with pytest.raises(DomainError) as info:
            d.evaluate(dps=DPS, p=value, **extra)
        assert isinstance(info.value, ValueError)
        assert "p=" in str(info.value)


@pytest.mark.parametrize("value", [-3, 0, "ten", float("nan"), float("-inf"), None, [1]])
def test_bad_cutoff_is_rejected(value):
    for d in (truncated, asymptotic):
        with pytest.raises(DomainError) as info:
            d.evaluate(dps=DPS, p=4, Lambda=value)
        assert "Lambda=" in str(info.value)


def test_bad_k_and_wrong_names_are_rejected():
    with pytest.raises(DomainError, match="k="):
        samples.evaluate(dps=DPS, k=-1)
    with pytest.raises(DomainError, match="Lambda"):
        truncated.evaluate(dps=DPS, p=4)
    with pytest.raises(DomainError, match="gamma"):
        truncated.evaluate(dps=DPS, p=4, Lambda=3, gamma=1)


def test_odd_order_message_says_why():
    with pytest.raises(ValueError, match="odd"):
        gaussian.evaluate(dps=DPS, p=5)


# -- errata ------------------------------------------------------------------------------------
def test_order_four_deviation_is_not_almost_twice():
    a4 = gaussian.evaluate(dps=DPS, p=4)
    with mpmath.workdps(DPS + 10):
        assert abs(a4 - mpmath.mpf(3) ** (mpmath.mpf(1) / 4)) < TOL
    assert not 1.5 <= a4 <= 2.5  # "almost twice" would round to 2
    assert abs(gaussian.evaluate(dps=DPS, p=10) - 2) < 0.02  # the factor near 2 is A_10
    claim = next(c for c in gaussian.claims if c.id == "rou.gaussian.almost_twice")
    assert check_claim(claim, DPS)["status"] == "erratum"


def test_a6_rounds_to_1570():
    a6 = gaussian.evaluate(dps=DPS, p=6)
    assert mpmath.nstr(a6, 4) == "1.57"
    printed = Fraction("1.571")
    assert round(Fraction(str(a6)), 3) == Fraction("1.570") != printed
    claim = next(c for c in gaussian.claims if c.id == "rou.gaussian.A6")
    assert check_claim(claim, DPS)["status"] == "erratum"


def test_hundredfold_claims_and_exact_values():
    assert abs(truncated.evaluate(dps=DPS, p=4, Lambda=10**8) - mpmath.mpf("85.0647")) < 1e-3
    assert abs(truncated.evaluate(dps=DPS, p=6, Lambda=10**6) - mpmath.mpf("88.8952")) < 1e-3
    statuses = {c.id: check_claim(c, DPS)["status"] for d in (asymptotic, samples) for c in d.claims}
    assert statuses == {"rou.cauchy_asymptotic.A4_100": "verified",
                        "rou.cauchy_asymptotic.A6_100": "verified",
                        "rou.sample_size.more_samples": "verified"}


# -- the checker -------------------------------------------------------------------------------
