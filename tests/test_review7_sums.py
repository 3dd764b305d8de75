"""Infinite series (review 7): the counting side condition holds for a series (terms at a, a + 1, …),
and a point where SymPy's evaluation of a series runs away is no point, never a counterexample
nor a hang. The corpus files ``tests/attacks/r7_sum_*.py`` run through the CLI in
``tests/test_attacks.py``."""

from __future__ import annotations

import time

import sympy as sp

from derivations._budget import TACTIC_SECONDS
from derivations._rules_base import bounds_differ_by_integer, sum_conditions
from verify.confirm import _value

k = sp.Symbol("k", integer=True, positive=True)
a = sp.Symbol("a", positive=True)


def test_a_series_has_no_counting_condition_but_a_finite_range_keeps_it():
    assert bounds_differ_by_integer(1, sp.oo) == (True, None)
    assert bounds_differ_by_integer(-sp.oo, 0) == (True, None)
    assert not [o for o in sum_conditions(sp.Sum(a / k**2, (k, 1, sp.oo))) if "integer" in o.text]
    assert bounds_differ_by_integer(1, sp.Rational(5, 2))[0] is False  # Σ_{k=1}^{5/2}: no count of terms


def test_a_series_sympy_cannot_evaluate_in_time_gives_no_value():
    # SymPy's Euler–Maclaurin evaluation of Σ (−1)^{k+1}/k^{1/2} does not finish; it once hung the run.
    started = time.perf_counter()
    value = _value(sp.Sum((-1)**(k + 1) / k**a, (k, 1, sp.oo)), {a: sp.Rational(1, 2)}, 30)
    assert value is None
    assert time.perf_counter() - started < 4 * TACTIC_SECONDS
    assert _value(sp.Sum(1 / k**2, (k, 1, sp.oo)), {}, 30) is not None  # an ordinary series still has one


def test_cancellation_at_an_extreme_point_is_no_counterexample_but_a_real_difference_is():
    # e^Δ/(N + e^Δ) − e^{2Δ}/(N + e^Δ)² = N e^Δ/(N + e^Δ)² exactly; at Δ = 10^5 the left side cancels to 0.0
    # in floating point (the right is 10^-43000): the balls see no difference, so no counterexample.
    from derivations import Positive, Real
    from verify.confirm import confirm_identity
    D, N = sp.Symbol("Delta", positive=True), sp.Symbol("N", positive=True)
    left = sp.exp(D) / (N + sp.exp(D)) - sp.exp(2 * D) / (N + sp.exp(D))**2
    right = N * sp.exp(D) / (N + sp.exp(D))**2
    domains = {D: Real(0, 10**6), N: Positive()}
    assert confirm_identity((left, right), domains, "cancel", 30).verdict != "failed"
    assert confirm_identity((left, right * (1 + sp.exp(-D - 10))), domains, "cancel", 30).verdict == "failed"
