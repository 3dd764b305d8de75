"""Tests for catalogue section 9, the roundoff wall (derivations/roundoff.py)."""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from hypothesis import given, settings

from derivations import DomainError
from derivations import roundoff as R
from verify.checker import check_derivation
from verify.claims import agrees
from verify.properties import strategy

# The module's own objects (the registry needs every section loaded; they are the same entries).
WALL = R.wall
STEP = R.optimal_step
ERR = R.minimal_error

us = strategy(R.u_.domain)
m0s = strategy(R.M0_.domain)
m3s = strategy(R.M3_.domain)


def _mpf(q: Fraction) -> mpmath.mpf:
    return mpmath.mpf(q.numerator) / q.denominator


def _golden_minimum(u, M0, M3):
    """Minimize E(h) = h² M3/6 + u M0/h by golden-section search in ln h (no derivative,
    no closed form). Returns (h_min, E_min); E is flat at its minimum, so at 60 digits the
    minimizer is good to about 30 and the minimum to about 60."""
    E = lambda t: mpmath.exp(2 * t) * M3 / 6 + u * M0 * mpmath.exp(-t)  # noqa: E731
    a, b = mpmath.mpf(-120), mpmath.mpf(10)
    g = (mpmath.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = E(c), E(d)
    while b - a > mpmath.mpf(10) ** -28:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = E(c)
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = E(d)
    t = (a + b) / 2
    return mpmath.exp(t), E(t)


# -- registry values --------------------------------------------------------------------------
@settings(max_examples=25)
@given(u=us, M0=m0s, M3=m3s)
def test_registry_values_match_golden_section_minimization(u, M0, M3):
    with mpmath.workdps(60):
        h_ref, e_ref = _golden_minimum(_mpf(u), _mpf(M0), _mpf(M3))
    h_star = STEP.evaluate(dps=30, u=u, M0=M0, M3=M3)
    e_star = ERR.evaluate(dps=30, u=u, M0=M0, M3=M3)
    assert abs(h_star / h_ref - 1) < 1e-10
    assert abs(e_star / e_ref - 1) < 1e-10


def test_known_double_and_single_values_in_plain_floats():
    # (3u)^(1/3) and (9/8)^(1/3) u^(2/3) for M0 = M3 = 1, computed in IEEE doubles.
    for u in (2.0**-53, 2.0**-24):
        h = float(STEP.evaluate(dps=20, u=Fraction(u), M0=1, M3=1))
        e = float(ERR.evaluate(dps=20, u=Fraction(u), M0=1, M3=1))
        assert math.isclose(h, (3 * u) ** (1 / 3), rel_tol=1e-13)
        assert math.isclose(e, (9 / 8) ** (1 / 3) * u ** (2 / 3), rel_tol=1e-13)
    assert math.isclose(float(STEP.evaluate(dps=20, u=Fraction(1, 2**53), M0=1, M3=1)), 6.93176e-6, rel_tol=1e-5)


def test_wall_result_is_the_optimal_step():
    # Derived twice (zero of dE/dh, zero of the log derivative): the two must agree.
    for point in ({"u": Fraction(1, 2**53), "M0": 1, "M3": 1}, {"u": "1/3", "M0": 7, "M3": "1/100"}):
        assert mpmath.almosteq(WALL.evaluate(dps=40, **point), STEP.evaluate(dps=40, **point), 1e-38)


def test_derived_exponent_limits_are_plus_two_and_minus_one():
    out = {o.rule.name: o.output for o in WALL.replay() if o.rule.name}
    assert out["exponent_large_h"] == sp.Eq(sp.Limit(R.EXPONENT_NAME, R.h, sp.oo, "-"), 2, evaluate=False)
    assert out["exponent_small_h"] == sp.Eq(sp.Limit(R.EXPONENT_NAME, R.h, 0, "+"), -1, evaluate=False)
    assert out["truncation"].lhs == R.e_T
    assert sp.simplify(out["truncation"].rhs - R.h**2 * R.f3 / 6) == 0
    assert WALL.derived("exponent").lhs == R.EXPONENT_NAME
    assert sp.simplify(WALL.derived("exponent").rhs - R.EXPONENT) == 0


# -- properties --------------------------------------------------------------------------------
@settings(max_examples=30)
@given(u=us, M0=m0s, M3=m3s)
def test_optimal_step_is_a_local_minimum(u, M0, M3):
    with mpmath.workdps(30):
        uu, m0, m3 = _mpf(u), _mpf(M0), _mpf(M3)
        h = STEP.evaluate(dps=30, u=u, M0=M0, M3=M3)
        E = R._error(uu, m0, m3)
        assert E(h * mpmath.mpf("1.001")) > E(h) < E(h * mpmath.mpf("0.999"))
        assert mpmath.almosteq(E(h), ERR.evaluate(dps=30, u=u, M0=M0, M3=M3), 1e-25)


@settings(max_examples=30)
@given(u=us, M0=m0s, M3=m3s)
def test_scaling_in_u(u, M0, M3):
    h1, h8 = STEP.evaluate(dps=30, u=u, M0=M0, M3=M3), STEP.evaluate(dps=30, u=u / 8, M0=M0, M3=M3)
    e1, e8 = ERR.evaluate(dps=30, u=u, M0=M0, M3=M3), ERR.evaluate(dps=30, u=u / 8, M0=M0, M3=M3)
    assert mpmath.almosteq(h1 / h8, 2, 1e-25)
    assert mpmath.almosteq(e1 / e8, 4, 1e-25)


@settings(max_examples=30)
@given(u=us, M0=m0s, M3=m3s)
def test_exponent_changes_sign_at_the_wall(u, M0, M3):
    with mpmath.workdps(30):
        uu, m0, m3 = _mpf(u), _mpf(M0), _mpf(M3)
        h = WALL.evaluate(dps=30, u=u, M0=M0, M3=M3)
        p = lambda s: s * mpmath.diff(R._error(uu, m0, m3), s) / R._error(uu, m0, m3)(s)  # noqa: E731
        assert p(h * 1.01) > 0 > p(h * 0.99)
        assert abs(p(h * 10**4) - 2) < 1e-10 and abs(p(h / 10**4) + 1) < 1e-10


def test_catalogue_properties_hold():
    for d in R.DERIVATIONS:
        for prop in check_derivation(d, 30, properties=15)["properties"]:
            assert prop["verdict"] == "confirmed", prop


# -- bad input --------------------------------------------------------------------------------
@pytest.mark.parametrize("entry", [STEP, ERR, WALL])
@pytest.mark.parametrize("name,value", [
    ("u", 1), ("u", 1.0), ("u", "3/2"), ("u", 0), ("u", -1e-3), ("u", float("nan")), ("u", float("inf")),
    ("u", "abc"), ("u", None), ("u", [0.5]), ("u", 0.5j), ("u", True),
    ("M0", 0), ("M0", -2), ("M0", float("nan")), ("M0", "x"),
    ("M3", 0), ("M3", -1e-9), ("M3", float("-inf")), ("M3", object()),
])
def test_bad_input_is_rejected_naming_the_parameter(entry, name, value):
    params = {"u": Fraction(1, 2**53), "M0": 1, "M3": 1}
    params[name] = value
    with pytest.raises(DomainError) as info:
        entry.evaluate(dps=20, **params)
    assert isinstance(info.value, ValueError)
    assert f"{name}=" in str(info.value)


def test_u_just_below_one_is_accepted_and_missing_or_unknown_names_rejected():
    assert STEP.evaluate(dps=20, u="0.999999", M0=1, M3=1) > 0
    with pytest.raises(DomainError, match="M3"):
        STEP.evaluate(dps=20, u="0.5", M0=1)
    with pytest.raises(DomainError, match="eps"):
        STEP.evaluate(dps=20, u="0.5", M0=1, M3=1, eps=1)


# -- errata -----------------------------------------------------------------------------------
def test_erratum_double_wall_is_not_at_machine_precision():
    h = STEP.evaluate(dps=30, u=Fraction(1, 2**53), M0=1, M3=1)
    assert h / mpmath.mpf("1e-16") > 1e10  # ten orders of magnitude above "the 16th digit"
    assert not agrees(h, "10^{-16}", "∼", 30)
    assert agrees(h, "0.000007", "≈", 30)


def test_erratum_single_wall_is_not_at_machine_precision():
    u = Fraction(1, 2**24)
    h = STEP.evaluate(dps=30, u=u, M0=1, M3=1)
    assert h / _mpf(u) > 1e4
    assert not agrees(h, "2^{-24}", "∼", 30)
    assert agrees(h, "0.006", "≈", 30)


def test_machine_precision_readings_are_marked_as_ours():
    for claim in WALL.claims:
        if claim.id in ("roundoff.wall.double", "roundoff.wall.single"):
            assert "W prints no value" in claim.paper and claim.printed in claim.paper


# -- the exponent property ----------------------------------------------------------------------
@settings(max_examples=20)
@given(u=us, M0=m0s, M3=m3s)
def test_exponent_function_is_the_derived_log_derivative(u, M0, M3):
    """R._exponent (lambdified from the wall's ``exponent`` step) against mpmath.diff of ln E."""
    with mpmath.workdps(30):
        uu, m0, m3 = _mpf(u), _mpf(M0), _mpf(M3)
        h = STEP.evaluate(dps=30, u=u, M0=M0, M3=M3) * mpmath.mpf("1.7")
        numeric = h * mpmath.diff(R._error(uu, m0, m3), h) / R._error(uu, m0, m3)(h)
        assert abs(R._exponent(h, uu, m0, m3) - numeric) < 1e-20
    assert R._exponent_fn.cache_info().currsize == 1


def test_exponent_sides_would_catch_a_misplaced_wall():
    """The sign test brackets h* within 1%: a wall placed 1.5 or 2/3 times off fails it."""
    with mpmath.workdps(30):
        uu = mpmath.mpf(2) ** -53
        h = STEP.evaluate(dps=30, u=Fraction(1, 2**53), M0=1, M3=1)
        assert R._exponent_sides(uu, mpmath.mpf(1), mpmath.mpf(1)) is True
        near = mpmath.mpf("1.01")
        for wrong in (h * mpmath.mpf("1.5"), h / mpmath.mpf("1.5")):
            ok = R._exponent(near * wrong, uu, 1, 1) > 0 and R._exponent(wrong / near, uu, 1, 1) < 0
            assert not ok


# -- the checker ------------------------------------------------------------------------------
def test_checker_gives_no_failed_or_inconclusive_verdict(full_entry):
    expected = {"roundoff.wall.double": "comment", "roundoff.wall.single": "comment",  # W prints no number
                "roundoff.wall.sign_change": "verified", "roundoff.wall.h_star_double": "verified",
                "roundoff.wall.h_star_single": "verified", "roundoff.wall.digits_double": "verified",
                "roundoff.wall.epsilon_double": "restored"}  # W lost its 10^-16 (issue 17)
    for d in R.DERIVATIONS:
        r = full_entry(d.id)  # the session's full run, at these 50 digits (tests/conftest.py)
        assert r["verdict"] == "proved", r
        assert all(s["verdict"] == "proved" for s in r["steps"]), r["steps"]
        assert r["numeric"]["verdict"] == "confirmed", r["numeric"]
        if d is not WALL:
            assert r["numeric"]["digits"] >= 45
        for c in r["claims"]:
            assert c["status"] == expected[c["id"]], c
    assert [d.id for d in R.DERIVATIONS] == ["roundoff.wall", "roundoff.optimal_step", "roundoff.minimal_error"]


def test_measurement_finds_the_wall_and_both_slopes():
    passed, digits, detail = R._measure(50)
    assert passed, detail
    assert "single" in detail and "double" in detail
    assert digits is not None and digits > 0


def test_a_wrong_constant_is_caught():
    wrong = [dataclasses.replace(s, expect=3) if getattr(s, "name", None) == "exponent_large_h" else s
             for s in WALL.steps]
    bad = dataclasses.replace(WALL, steps=tuple(wrong), claims=(), properties=())
    assert check_derivation(bad, 30)["verdict"] == "failed"
    wrong_e = [dataclasses.replace(s, expect=R.E_STAR * 2) if getattr(s, "name", None) == "minimal_error" else s
               for s in ERR.steps]
    assert check_derivation(dataclasses.replace(ERR, steps=tuple(wrong_e)), 30)["verdict"] == "failed"
