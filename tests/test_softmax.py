"""Tests of softmax crowding (catalogue section 11, F Lemma 4)."""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath

from derivations._domains import mpf_fraction as exact
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from derivations import DomainError
from derivations.softmax import DERIVATIONS, attention_weight, crowding, required_margin

deltas = st.fractions(Fraction(1, 10**9), Fraction(10**9 - 1, 10**9), max_denominator=10**9)
margins = st.fractions(-30, 30, max_denominator=1000)


def float_softmax_weight(Delta: float, N: int, s: float = 1.7) -> float:
    """The relevant token's softmax weight from N + 1 explicit float scores (log-sum-exp)."""
    scores = [s + Delta] + [s] * N
    top = max(scores)
    terms = [math.exp(x - top) for x in scores]
    return terms[0] / math.fsum(terms)


def float_required_margin(N: int, delta: Fraction) -> float:
    """Bisection in Δ on the explicit float softmax for weight 1 − δ, following whichever of
    the leak 1 − w (δ < 1/2) or the weight w (δ ≥ 1/2) is the small side."""
    use_leak = delta < Fraction(1, 2)
    target = float(delta) if use_leak else float(1 - delta)

    def side(D: float) -> float:
        scores = [D] + [0.0] * N
        top = max(scores)
        terms = [math.exp(x - top) for x in scores]
        total = math.fsum(terms)
        return math.fsum(terms[1:]) / total if use_leak else terms[0] / total

    lo, hi = -80.0, 80.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if (side(mid) > target) == use_leak:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def rel_close(a: float, b: float, tol: float = 1e-10) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-300)


# -- registry values against independent computations ---------------------------------------

@given(margins, st.integers(1, 2000))
def test_attention_weight_matches_explicit_softmax(Delta: Fraction, N: int) -> None:
    got = float(attention_weight.evaluate(dps=30, Delta=Delta, N=N))
    assert rel_close(got, float_softmax_weight(float(Delta), N))


@given(deltas, st.integers(1, 300))
def test_required_margin_matches_bisection(delta: Fraction, N: int) -> None:
    got = float(required_margin.evaluate(dps=30, N=N, delta=delta))
    ref = float_required_margin(N, delta)
    assert abs(got - ref) <= 1e-10 * max(1.0, abs(got))


@pytest.mark.parametrize("N, delta", [(3, "9/10"), (1, "3/4"), (1, "1/2")])
def test_required_margin_may_be_negative_or_zero(N: int, delta: str) -> None:
    # δ ≥ 1/2 with few distractors: a negative (or zero) margin suffices.
    got = float(required_margin.evaluate(dps=30, N=N, delta=delta))
    ref = float_required_margin(N, Fraction(delta))
    assert got <= 0 and abs(got - ref) <= 1e-10


def test_gaussian_moment_by_gauss_legendre() -> None:
    # The Integrate step's value E[e^{τξ}] = e^{τ²/2}, by a different quadrature rule.
    with mpmath.workdps(30):
        for tau in (mpmath.mpf("0.3"), mpmath.mpf(2), mpmath.mpf(5)):
            q = mpmath.quad(lambda x: mpmath.exp(tau * x) * mpmath.npdf(x),
                            mpmath.linspace(tau - 16, tau + 16, 9), method="gauss-legendre")
            assert mpmath.almosteq(q, mpmath.exp(tau**2 / 2), 1e-25)


@pytest.mark.parametrize("N, delta, tau", [(10, "1/100", "1/2"), (1000, "1/10", 2), (7, "3/5", 1)])
def test_crowding_margin_by_sampling(N: int, delta: str, tau) -> None:
    """Sampling measurement (fixed seed): the mean partition sum of N Gaussian scores is
    N e^{s + τ²/2} within 4 standard errors, and at the crowding margin the mean weight is at
    least 1 − δ (Jensen), minus 4 standard errors."""
    rng = np.random.default_rng(20251122)
    tau_f, delta_f, s = float(Fraction(tau)), float(Fraction(delta)), -0.4
    margin = float(crowding.evaluate(dps=30, N=N, delta=delta, tau=tau))
    trials = 4000
    scores = s + tau_f * rng.standard_normal((trials, N))
    Z = np.exp(scores).sum(axis=1)
    mean_z, se_z = Z.mean(), Z.std(ddof=1) / math.sqrt(trials)
    assert abs(mean_z - N * math.exp(s + tau_f**2 / 2)) <= 4 * se_z
    w = np.exp(s + margin) / (np.exp(s + margin) + Z)
    assert w.mean() >= (1 - delta_f) - 4 * w.std(ddof=1) / math.sqrt(trials)


@pytest.mark.parametrize("delta, tau", [("1/10", "5/2"), ("1/1000000", 6), ("3/5", 1), ("1/2", "1/100")])
def test_jensen_expected_weight_for_one_distractor(delta: str, tau) -> None:
    """N = 1: E[1 − w] over ξ ~ N(0, 1) by Gauss–Legendre panels (not the module's quadrature)
    is at most δ at the crowding margin."""
    with mpmath.workdps(30):
        d, t = (mpmath.mpf(Fraction(v).numerator) / Fraction(v).denominator for v in (delta, tau))

        def expected_leak(margin):
            return mpmath.quad(lambda x: mpmath.npdf(x) / (1 + mpmath.exp(margin - t * x)),
                               mpmath.linspace(-14, 14, 57), method="gauss-legendre")

        noisy = crowding.evaluate(dps=30, N=1, delta=delta, tau=tau)
        assert expected_leak(noisy) <= d
        # The module's own check agrees.
        prop = next(p for p in crowding.properties if p.id == "softmax.crowding.jensen")
        assert prop.holds(delta=d, tau=t) is True


def test_jensen_check_can_fail() -> None:
    """Below the margin (by 1) the expected weight falls short of 1 − δ."""
    from derivations import softmax
    with mpmath.workdps(30):
        margin = crowding.evaluate(dps=30, N=1, delta="1/10", tau=2)
        assert softmax._expected_leak_one_distractor(margin - 1, mpmath.mpf(2)) > mpmath.mpf("0.1")


def test_convexity_is_derived_and_positive() -> None:
    """The second derivative of w in Z is derived by the Differentiate rule, and SymPy decides
    its sign from the domains (Z > 0): w is convex in Z, which is what Jensen needs."""
    import sympy as sp
    from derivations import softmax
    convexity = crowding.derived("convexity")
    assert convexity.lhs == sp.Derivative(softmax.w_Z, (softmax.Z, 2))
    assert convexity.rhs.is_positive is True
    assert sp.simplify(convexity.rhs - 2 * sp.exp(softmax.s + softmax.Delta)
                       / (sp.exp(softmax.s + softmax.Delta) + softmax.Z) ** 3) == 0


# -- limits and claims ---------------------------------------------------------------------------

def test_weight_falls_like_exp_delta_over_N() -> None:
    with mpmath.workdps(40):
        for Delta in (0, 3, -2):
            for N in (10**6, 10**12):
                w = attention_weight.evaluate(dps=40, Delta=Delta, N=N)
                ratio = w * N / mpmath.exp(Delta)
                assert abs(ratio - 1) <= 2 * mpmath.exp(Delta) / N


def test_margin_over_ln_N_tends_to_one() -> None:
    with mpmath.workdps(40):
        prev = None
        for e in (10, 100, 1000):
            N = 10**e
            ratio = required_margin.evaluate(dps=40, N=N, delta="1/100") / mpmath.log(N)
            assert abs(ratio - 1 - mpmath.log(99) / mpmath.log(N)) < mpmath.mpf(10) ** -30
            assert prev is None or abs(ratio - 1) < abs(prev - 1)
            prev = ratio


def test_claims_verified() -> None:
    claims = {c.id: c for d in DERIVATIONS for c in d.claims}
    assert set(claims) == {"softmax.attention_weight.vanishes", "softmax.required_margin.theta_ln_N"}
    for c in claims.values():
        assert c.printed == "true" and c.erratum is None
        assert c.compute() is True


# -- properties ------------------------------------------------------------------------------------

@given(margins, st.integers(1, 10**6))
def test_weight_in_unit_interval_and_monotone(Delta: Fraction, N: int) -> None:
    with mpmath.workdps(30):
        w = attention_weight.evaluate(dps=30, Delta=Delta, N=N)
        assert 0 < w < 1
        assert attention_weight.evaluate(dps=30, Delta=Delta, N=2 * N) < w
        assert attention_weight.evaluate(dps=30, Delta=Delta + 1, N=N) > w


@given(deltas, st.integers(1, 10**6))
def test_weight_at_required_margin_is_one_minus_delta(delta: Fraction, N: int) -> None:
    with mpmath.workdps(40):
        margin = required_margin.evaluate(dps=40, N=N, delta=delta)
        w = attention_weight.evaluate(dps=30, Delta=exact(margin), N=N)
        target = 1 - mpmath.mpf(delta.numerator) / delta.denominator
        assert abs(w - target) <= mpmath.mpf(10) ** -25


@given(deltas, st.integers(1, 10**6), st.fractions(Fraction(1, 100), 8, max_denominator=100))
def test_gaussian_correction_is_half_tau_squared(delta: Fraction, N: int, tau: Fraction) -> None:
    with mpmath.workdps(40):
        plain = required_margin.evaluate(dps=40, N=N, delta=delta)
        noisy = crowding.evaluate(dps=40, N=N, delta=delta, tau=tau)
        t = mpmath.mpf(tau.numerator) / tau.denominator
        assert abs(noisy - plain - t**2 / 2) <= mpmath.mpf(10) ** -30 * (1 + abs(plain) + t**2)


# -- bad input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("derivation, params, name", [
    (attention_weight, {"Delta": float("nan"), "N": 3}, "Delta"),
    (attention_weight, {"Delta": float("inf"), "N": 3}, "Delta"),
    (attention_weight, {"Delta": "big", "N": 3}, "Delta"),
    (attention_weight, {"Delta": 1 + 2j, "N": 3}, "Delta"),
    (attention_weight, {"Delta": 1, "N": 0}, "N"),
    (attention_weight, {"Delta": 1, "N": -5}, "N"),
    (attention_weight, {"Delta": 1, "N": 2.5}, "N"),
    (attention_weight, {"Delta": 1, "N": True}, "N"),
    (attention_weight, {"Delta": 1}, "N"),
    (required_margin, {"N": 3, "delta": 0}, "delta"),
    (required_margin, {"N": 3, "delta": 1}, "delta"),
    (required_margin, {"N": 3, "delta": 1.5}, "delta"),
    (required_margin, {"N": 3, "delta": -0.1}, "delta"),
    (required_margin, {"N": 3, "delta": None}, "delta"),
    (required_margin, {"N": "many", "delta": "1/2"}, "N"),
    (required_margin, {"N": 3, "delta": "1/2", "Delta": 1}, "Delta"),
    (crowding, {"N": 3, "delta": "1/2", "tau": 0}, "tau"),
    (crowding, {"N": 3, "delta": "1/2", "tau": -1}, "tau"),
    (crowding, {"N": 3, "delta": "1/2", "tau": float("nan")}, "tau"),
])
def test_bad_input_names_the_parameter(derivation, params: dict, name: str) -> None:
    with pytest.raises(DomainError) as info:
        derivation.evaluate(**params)
    assert isinstance(info.value, ValueError)
    assert info.value.name == name and name in str(info.value)


def test_integral_values_of_other_types_are_accepted() -> None:
    a = attention_weight.evaluate(dps=30, Delta=2, N=7)
    assert attention_weight.evaluate(dps=30, Delta="2", N=7.0) == a
    assert attention_weight.evaluate(dps=30, Delta=2, N=np.int64(7)) == a


# -- the checker -------------------------------------------------------------------------------


def test_checker_proves_every_step_and_verifies_the_claims(full_entry) -> None:
    for d in DERIVATIONS:
        r = full_entry(d.id)  # the session's full run, at these 50 digits (tests/conftest.py)
        assert r["verdict"] == "proved", r
        assert all(s["verdict"] == "proved" for s in r["steps"]), r["steps"]
        assert r["numeric"]["verdict"] == "confirmed", r["numeric"]
        # crowding's route samples (about 3 digits); the others agree to the working precision
        assert r["numeric"]["digits"] >= (2 if d.id == "softmax.crowding" else 45), r["numeric"]
        assert all(c["status"] == "verified" for c in r["claims"]), r["claims"]
    assert [d.id for d in DERIVATIONS] == ["softmax.crowding", "softmax.attention_weight",
                                           "softmax.required_margin"]


def test_every_premise_and_form_is_a_relation() -> None:
    import sympy as sp
    for d in DERIVATIONS:
        assert all(isinstance(p.expr, sp.core.relational.Relational) for p in d.premises)
        assert all(isinstance(o.expect, sp.core.relational.Relational) for o in d.replay())


def test_noise_costs_exactly_half_tau_squared() -> None:
    """The excess over the plain margin is derived, not typed: the rule's output is τ²/2."""
    import sympy as sp
    from derivations import softmax
    excess = crowding.derived("excess")
    assert excess.lhs == softmax.Delta_excess
    assert sp.simplify(excess.rhs - softmax.tau**2 / 2) == 0


@pytest.mark.parametrize("step_name, wrong", [
    ("margin", "log(N) + log((1 - delta)/delta)"),          # noise dropped from the crowding margin
    ("mgf", "exp(tau**2)"),                                  # wrong Gaussian moment
])
def test_a_wrong_step_is_refuted(step_name: str, wrong: str) -> None:
    import dataclasses
    import sympy as sp
    from derivations import softmax
    from verify.checker import check_derivation
    ns = {"N": softmax.N, "delta": softmax.delta, "tau": softmax.tau}
    value = sp.sympify(wrong, locals=ns)
    steps = tuple(dataclasses.replace(s, expect=(sp.Eq(s.expect.lhs, value) if isinstance(s.expect, sp.Eq)
                                                 else value))
                  if s.name == step_name else s for s in crowding.steps)
    bad = dataclasses.replace(crowding, steps=steps, claims=(), properties=())
    assert check_derivation(bad, 30)["verdict"] == "failed"


def test_a_wrong_margin_in_required_margin_is_refuted() -> None:
    import dataclasses
    import sympy as sp
    from derivations import softmax
    from verify.checker import check_derivation
    wrong = sp.Eq(softmax.Delta, sp.log(softmax.N) + sp.log(softmax.delta / (1 - softmax.delta)))
    steps = tuple(dataclasses.replace(s, expect=wrong) if s.name == "margin" else s
                  for s in required_margin.steps)
    bad = dataclasses.replace(required_margin, steps=steps, claims=(), properties=())
    assert check_derivation(bad, 30)["verdict"] == "failed"
