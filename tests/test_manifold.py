"""Section 5 (intrinsic dimension and smoothness): sk.* entries of derivations.manifold."""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

import derivations
from derivations import DomainError, Premise
from derivations import manifold as M
from verify.checker import check_derivation
from verify.claims import check_claim
from verify.properties import run_property

REL = 1e-10
IDS = ("sk.piecewise_constant", "sk.piecewise_linear", "sk.grid_exponent", "sk.rough_signal")

dims = st.floats(min_value=0.05, max_value=5000, allow_nan=False, allow_infinity=False)
holder = st.floats(min_value=0.01, max_value=1.0, allow_nan=False, allow_infinity=False)


def rel_close(a, b, rel=REL) -> bool:
    return abs(float(a) - float(b)) <= rel * max(abs(float(a)), abs(float(b)))


# -- independent computations ----------------------------------------------------------
def _simpson(f, a: Fraction, b: Fraction) -> Fraction:
    """Simpson's rule: exact for polynomials of degree ≤ 3."""
    return (b - a) / 6 * (f(a) + 4 * f((a + b) / 2) + f(b))


def _boole(f, a: Fraction, b: Fraction) -> Fraction:
    """Boole's rule: exact for polynomials of degree ≤ 5."""
    h = (b - a) / 4
    return 2 * h / 45 * (7 * f(a) + 32 * f(a + h) + 12 * f(a + 2 * h) + 32 * f(a + 3 * h) + 7 * f(b))


def constant_loss(n: int) -> Fraction:
    """Exact L² error of the midpoint piecewise-constant approximant of f = x₁ on n^d cubelets.

    The other coordinates integrate to 1, so the d-dimensional loss is the 1-d one.
    """
    total = Fraction(0)
    for i in range(n):
        a, b = Fraction(i, n), Fraction(i + 1, n)
        mid = (a + b) / 2
        total += _simpson(lambda t: (t - mid) ** 2, a, b)
    return total


def linear_loss(n: int) -> Fraction:
    """Exact L² error of the piecewise-linear interpolant of f = x₁² on n^d cubelets."""
    total = Fraction(0)
    for i in range(n):
        a, b = Fraction(i, n), Fraction(i + 1, n)
        total += _boole(lambda t: ((t - a) * (t - b)) ** 2, a, b)
    return total


def exponent_from_losses(loss, d: float, n1: int = 2, n2: int = 6) -> float:
    """α = −Δ ln L / Δ ln N with N = n^d (exact losses, so the slope is exact up to floats)."""
    return -math.log(loss(n2) / loss(n1)) / (d * math.log(n2 / n1))


# -- registry values ---------------------------------------------------------------------
@given(d=dims)
def test_piecewise_constant_matches_exact_loss_slope(d):
    value = derivations.get("sk.piecewise_constant").evaluate(dps=30, d=d)
    assert rel_close(value, exponent_from_losses(constant_loss, d))


@given(d=dims)
def test_piecewise_linear_matches_exact_loss_slope(d):
    value = derivations.get("sk.piecewise_linear").evaluate(dps=30, d=d)
    assert rel_close(value, exponent_from_losses(linear_loss, d))


def test_piecewise_values_at_catalogue_points():
    assert derivations.get("sk.piecewise_constant").evaluate(dps=40, d=4) == mpmath.mpf("0.5")
    assert rel_close(derivations.get("sk.piecewise_linear").evaluate(dps=40, d=3), 4 / 3)
    assert abs(derivations.get("sk.piecewise_linear").evaluate(dps=40, d=40) * 10 - 1) < 1e-38


@given(a=st.floats(0.1, 10), D=st.floats(0.5, 1000))
def test_grid_exponent_matches_fitted_slope(a, D):
    # N = δ^{−D}, E = δ^a at several spacings; least-squares slope of ln E against ln N.
    deltas = [10.0 ** -k for k in (1, 2, 3, 4)]
    xs = [-D * math.log(t) for t in deltas]
    ys = [a * math.log(t) for t in deltas]
    mx, my = sum(xs) / 4, sum(ys) / 4
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    assert rel_close(derivations.get("sk.grid_exponent").evaluate(dps=30, a=a, D=D), -slope)


def _rough_field_slope(h: str, d) -> mpmath.mpf:
    """α of the expected L² error of a Hölder-h Gaussian field (variogram Σ|x_i − y_i|^{2h})
    approximated by cubelet-corner values: the per-cubelet expectation d s^{d−1} s^{2h+1}/(2h+1)
    (antiderivative of t^{2h}) times N = s^{−d}, between N = 3 and N = 5000."""
    with mpmath.workdps(40):
        q = 2 * mpmath.mpf(Fraction(h).numerator) / Fraction(h).denominator
        dd = mpmath.mpf(Fraction(d).numerator) / Fraction(d).denominator

        def log_loss(n: int) -> mpmath.mpf:
            log_s = -mpmath.log(n) / dd
            return mpmath.log(n) + mpmath.log(dd) + (dd - 1) * log_s + (q + 1) * log_s - mpmath.log(q + 1)
        return -(log_loss(5000) - log_loss(3)) / mpmath.log(mpmath.mpf(5000) / 3)


@pytest.mark.parametrize("h, d", [("0.1", 2), ("1/3", 3), ("0.75", "12.5"), ("1", 100), ("1/100", 1000)])
def test_rough_signal_matches_expected_field_error(h, d):
    assert rel_close(derivations.get("sk.rough_signal").evaluate(dps=30, h=h, d=d), _rough_field_slope(h, d))


def _fbm_paths(h: float, points: int, paths: int, seed: int) -> np.ndarray:
    """Fractional Brownian motion B(j/points), j = 0 … points − 1, B(0) = 0 (Cholesky sampling)."""
    t = np.arange(1, points) / points
    cov = 0.5 * (t[:, None] ** (2 * h) + t[None, :] ** (2 * h) - np.abs(t[:, None] - t[None, :]) ** (2 * h))
    z = np.random.default_rng(seed).standard_normal((points - 1, paths))
    return np.vstack([np.zeros((1, paths)), np.linalg.cholesky(cov) @ z])


@pytest.mark.parametrize("h", ["1/3", "1/2", "3/4"])
def test_rough_signal_exponent_measured_on_sampled_fbm(h):
    """A measurement, not an identity: 400 sampled fBm paths on 1024 points, piecewise-constant
    (cell-corner) approximants on 4 and 64 cells, slope of the mean squared error. Threshold 5%
    of 2h (the sampling and the discretisation contribute ≲ 3%); S's 4h is 100% away."""
    hf = float(Fraction(h))
    paths = _fbm_paths(hf, 1024, 400, seed=2024)

    def loss(cells: int) -> float:
        blocks = paths.reshape(cells, 1024 // cells, -1)
        return float(np.mean((blocks - blocks[:, :1, :]) ** 2))
    measured = -math.log(loss(64) / loss(4)) / math.log(16)
    expected = float(derivations.get("sk.rough_signal").evaluate(dps=20, h=h, d=1))
    assert abs(measured - expected) <= 0.05 * expected
    assert abs(measured - 2 * expected) > 0.4 * expected  # far from S's 4h/d


def test_rough_signal_steps_give_2h_over_d_for_both_approximants():
    outputs = {o.rule.name: o.output for o in M.rough_signal.replay() if o.rule.name}
    # the rule's output is the relation −N L'(N)/L = 2h/d; the result is its right-hand side
    alpha = outputs["alpha_constant"]
    assert isinstance(alpha, sp.Eq) and alpha.lhs.has(sp.Derivative(M.L, M.N))
    assert alpha.rhs.subs({M.h: sp.Rational(1, 3), M.d: 3}) == sp.Rational(2, 9)
    assert M.rough_signal.result == alpha
    assert M.rough_signal.closed_form == sp.Eq(M.ALPHA, 2 * M.h / M.d)
    # the piecewise-linear bound is the piecewise-constant one (convex combination of vertex values)
    assert sp.simplify(outputs["linear_bound"].rhs - outputs["pointwise"].rhs) == 0
    # ... once both vertex distances are the diameter: premises in plain sight, not a step
    premises = {p.name: p.expr for p in M.rough_signal.premises}
    assert premises["vertex_1"] == premises["vertex_2"].subs(M.rho_2, M.rho_1) == sp.Eq(M.rho_1, M.s * sp.sqrt(M.d))
    assert M.rough_signal.result_step == "alpha_constant"
    assert "alpha_s" not in outputs


@pytest.mark.parametrize("derivation", M.DERIVATIONS, ids=lambda d: d.id)
def test_exponent_is_a_defined_name_and_derived(derivation, full_entry):
    # The last step of the exponent multiplies the log-derivative by −1: α names −d ln L/d ln N.
    step = next(s for s in derivation.steps if s.name == derivation.result_step)
    assert type(step).__name__ == "MultiplyBoth" and step.factor == -1
    assert derivation.closed_form.lhs == M.ALPHA
    loss = M.E if derivation is M.grid_exponent else M.L
    assert derivation.result.lhs == -M.N * sp.Derivative(loss, M.N) / loss  # the rule's lhs, not the name
    entry = full_entry(derivation.id)["steps"][list(derivation.steps).index(step)]  # tests/conftest.py
    assert entry["verdict"] == "proved" and "defines alpha" in entry["method"]


# -- properties ------------------------------------------------------------------------------
@given(d=dims)
def test_linear_is_twice_constant(d):
    lin = derivations.get("sk.piecewise_linear").evaluate(dps=30, d=d)
    const = derivations.get("sk.piecewise_constant").evaluate(dps=30, d=d)
    assert rel_close(lin, 2 * const)
    assert rel_close(const * mpmath.mpf(d), 2)


@given(d=st.floats(40.001, 1e6))
def test_sk_exponent_below_tenth_above_forty(d):
    assert derivations.get("sk.piecewise_linear").evaluate(dps=30, d=d) < 0.1


@given(d=dims)
def test_grid_with_order_four_is_sk(d):
    assert rel_close(derivations.get("sk.grid_exponent").evaluate(dps=30, a=4, D=d),
                     derivations.get("sk.piecewise_linear").evaluate(dps=30, d=d))


@given(h=holder, d=dims)
def test_rough_signal_is_h_times_piecewise_constant(h, d):
    rough = derivations.get("sk.rough_signal").evaluate(dps=30, h=h, d=d)
    const = derivations.get("sk.piecewise_constant").evaluate(dps=30, d=d)
    sk = derivations.get("sk.piecewise_linear").evaluate(dps=30, d=d)
    assert rough - const <= const * 1e-25
    assert rel_close(rough, mpmath.mpf(h) * const)
    assert rel_close(rough, mpmath.mpf(h) * sk / 2)


@pytest.mark.parametrize("derivation", M.DERIVATIONS, ids=lambda d: d.id)
def test_catalogue_properties_hold(derivation):
    for prop in derivation.properties:
        assert run_property(prop, max_examples=15)["verdict"] == "confirmed", prop.id


# -- bad input -------------------------------------------------------------------------------
BAD_D = [0, -1, -0.5, float("nan"), float("inf"), "abc", "", None, [3], 1 + 2j, True]


@pytest.mark.parametrize("bad", BAD_D, ids=repr)
@pytest.mark.parametrize("entry", ["sk.piecewise_constant", "sk.piecewise_linear"])
def test_bad_dimension_rejected(entry, bad):
    with pytest.raises(DomainError, match=r"\bd="):
        derivations.get(entry).evaluate(dps=20, d=bad)


@pytest.mark.parametrize("bad", [0, -0.1, 1.5, float("nan"), "x"], ids=repr)
def test_bad_holder_exponent_rejected(bad):
    with pytest.raises(ValueError, match=r"\bh="):
        derivations.get("sk.rough_signal").evaluate(dps=20, h=bad, d=3)


def test_bad_grid_parameters_and_names():
    grid = derivations.get("sk.grid_exponent")
    with pytest.raises(DomainError, match=r"\ba="):
        grid.evaluate(dps=20, a=-4, D=3)
    with pytest.raises(DomainError, match=r"\bD="):
        grid.evaluate(dps=20, a=4, D=0)
    with pytest.raises(DomainError, match="missing"):
        grid.evaluate(dps=20, a=4)
    with pytest.raises(DomainError, match="unknown"):
        derivations.get("sk.piecewise_linear").evaluate(dps=20, d=3, D=3)


def test_string_and_exact_inputs_agree():
    lin = derivations.get("sk.piecewise_linear")
    assert lin.evaluate(dps=30, d="7/2") == lin.evaluate(dps=30, d=Fraction(7, 2)) == lin.evaluate(dps=30, d=3.5)


# -- claims and errata -------------------------------------------------------------------------
def _claim(derivation, claim_id):
    return next(c for c in derivation.claims if c.id == claim_id)


def test_d40_threshold_verified():
    result = check_claim(_claim(M.piecewise_linear, "sk.d40"), 40)
    assert result["status"] == "verified"
    lin = derivations.get("sk.piecewise_linear")
    assert abs(lin.evaluate(dps=30, d=40) * 10 - 1) < 1e-29
    assert lin.evaluate(dps=30, d="40.0001") * 10 < 1 < lin.evaluate(dps=30, d="39.9999") * 10


def test_compression_order_of_magnitude():
    claim = _claim(M.piecewise_linear, "sk.compression")
    assert check_claim(claim, 30)["status"] == "verified" and claim.relation == "∼"
    assert "assum" in claim.statement and "10^4" in claim.statement
    # the "several thousand" range: D from about 3.2·10³ to 3.2·10⁴ stays within the factor √10
    assert abs(math.log10(100 / M._EMBEDDING_DIMENSION / 1e-2)) <= 0.5
    assert abs(math.log10(100 / 3000 / 1e-2)) > 0.5 and abs(math.log10(100 / 40000 / 1e-2)) > 0.5


def test_rough_signal_sign_erratum():
    # S §5.1 prints "α∼−4h/d"; with L = A/N^α the exponent of a falling loss is positive.
    rough = derivations.get("sk.rough_signal")
    for h, d in [("1/3", 3), ("0.05", 1000), (1, "0.5")]:
        assert rough.evaluate(dps=30, h=h, d=d) > 0
    # The loss bound it is derived from falls with N: its log-slope in N is negative.
    outputs = {o.rule.name: o.output for o in M.rough_signal.replay() if o.rule.name}
    loss = outputs["loss_N"].rhs.subs({M.c: 1, M.h: sp.Rational(1, 3), M.d: 3})
    assert float(loss.subs(M.N, 10**6)) < float(loss.subs(M.N, 10))
    result = check_claim(_claim(M.rough_signal, "sk.rough_signal.sign"), 30)
    assert result["status"] == "typo" and result["computed"] == "false"  # a sign: a typo (issue 17)
    assert _claim(M.rough_signal, "sk.rough_signal.sign").correct_value == "false"


def test_rough_signal_eq17_erratum():
    # S eq (17) gives 4h/d: 4/9 at the K41 point h = 1/3, d = 3. The Hölder bound gives 2h/d = 2/9.
    claim = _claim(M.rough_signal, "sk.rough_signal.eq17")
    result = check_claim(claim, 30)
    assert result["status"] == "erratum" and claim.printed == "4/9"
    assert rel_close(derivations.get("sk.rough_signal").evaluate(dps=30, h="1/3", d=3), 2 / 9)
    assert rel_close(_rough_field_slope("1/3", 3), 2 / 9)
    assert not rel_close(_rough_field_slope("1/3", 3), 4 / 9, rel=0.1)
    # 4h/d is right only for a smooth signal, where it is SK's 4/d (piecewise linear)
    assert rel_close(derivations.get("sk.piecewise_linear").evaluate(dps=30, d=3), 4 / 3)
    assert "2h/d" in claim.correct and "h = 1" in claim.correct
    assert claim.correct_value == "2/9"
    # the ledger checks the correct value: a wrong one turns the erratum into a failure
    wrong = dataclasses.replace(claim, correct_value="4/9")
    assert check_claim(wrong, 30)["status"] == "failed"


# -- the checker -------------------------------------------------------------------------------


def test_checker_catches_a_corrupted_premise():
    # A pointwise bound g s d instead of g s √d must be caught at the step that uses it.
    premises = list(M.piecewise_constant.premises)
    premises[1] = Premise("pointwise", sp.Eq(M.e, M.g * M.s * M.d), "corrupted")
    broken = dataclasses.replace(M.piecewise_constant, premises=tuple(premises))
    report = check_derivation(broken, 30)
    assert report["verdict"] == "failed"
    assert report["steps"][2]["verdict"] == "failed"


def test_checker_catches_a_wrong_exponent():
    steps = list(M.piecewise_linear.steps)
    steps[-1] = dataclasses.replace(steps[-1], expect=sp.Eq(M.ALPHA, 2 / M.d))
    report = check_derivation(dataclasses.replace(M.piecewise_linear, steps=tuple(steps)), 30)
    assert report["steps"][-1]["verdict"] == "failed"


def test_registry_lists_section_in_catalogue_order():
    assert tuple(d.id for d in derivations.select(["sk"])) == IDS
    assert M.__all__ and all(hasattr(M, name) for name in M.__all__)


@pytest.mark.parametrize("derivation", M.DERIVATIONS, ids=lambda d: d.id)
def test_checker_proves_every_entry_at_two_precisions(derivation):
    for dps in (30, 60):
        report = check_derivation(derivation, dps)
        assert report["verdict"] == "proved", [s for s in report["steps"] if s["verdict"] != "proved"]
        # The routes are measurements (fitted slopes within 10 %), not digit agreements.
        assert report["numeric"]["verdict"] == "confirmed", report["numeric"]
        assert report["numeric"]["digits"] >= 1
