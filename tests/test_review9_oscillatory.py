"""Review 9: an oscillating integrand with several frequencies, and a time budget on every sum.

``∫_0^∞ sin x · cos(ax)/x dx`` (π/2 for a ∈ (0, 1), 0 for a > 1) oscillates at ``1 ± a``; their common
period (``2π·241`` at ``a = 239/241``, none for an irrational ``a``) made the period-by-period sum run for
minutes. The integrand is now split into single-frequency parts (``verify/certify_frequencies.py``),
each summed with its own period, and every certificate of ``verify/certify_oscillatory.py`` runs under
``OSC_SECONDS``: a point it cannot evaluate in time is undecided, never a pass. Corpus files:
``tests/attacks/r9_osc_sin_cos_ok.py`` (control) and ``r9_osc_sin_cos_wide.py`` (attack).
"""

from __future__ import annotations

import time

import mpmath
import sympy as sp

from derivations import Param, Real
from derivations._rules import Obligation
from verify import certify_frequencies, certify_oscillatory
from verify.certify_frequencies import frequency_groups, tail_start
from verify.certify_ops import discharge
from verify.certify_oscillatory import TIMED_OUT, oscillatory_second_opinion, oscillatory_value, summation_frequency
from verify.verdicts import FAILED, INCONCLUSIVE

x = Param("x", Real(0, None)).symbol
ZERO, OO = sp.Integer(0), sp.oo


def band(a):
    return sp.sin(x) * sp.cos(a * x) / x


def test_a_product_is_split_into_single_frequencies_that_add_up():
    parts = frequency_groups(band(sp.Rational(239, 241)), x)
    assert [w for _, w in parts] == [sp.Rational(2, 241), sp.Rational(480, 241)]
    gap = sp.lambdify(x, sum(p for p, _ in parts) - band(sp.Rational(239, 241)), "mpmath")
    assert all(abs(gap(mpmath.mpf(t))) < 1e-12 for t in ("0.5", "3", "77.7"))
    # the non-oscillating part joins the slowest group, whose convergence check then judges it
    parts = frequency_groups(sp.sin(x)**2 / x**2 + sp.cos(sp.sqrt(2) * x) / x, x)
    assert [w for _, w in parts] == [sp.sqrt(2), 2] and parts[0][0].has(sp.cos(sp.sqrt(2) * x))
    assert sp.simplify(parts[0][0] - sp.cos(sp.sqrt(2) * x) / x - 1 / (2 * x**2)) == 0


def test_a_split_that_does_not_add_up_is_refused(monkeypatch):
    monkeypatch.setattr(certify_frequencies, "TR8", lambda f: sp.sin(2 * x) / x)
    assert isinstance(frequency_groups(band(sp.Rational(1, 3)), x), str)
    monkeypatch.undo()
    assert isinstance(frequency_groups(sp.sin(x**2) * sp.cos(x), x), str)  # not linear: no period
    assert isinstance(frequency_groups(sp.sin(x) / (2 + sp.cos(x)), x), str)  # not a sum of single frequencies


def test_the_parts_are_summed_only_beyond_their_poles():
    parts = frequency_groups(sp.sin(x) * sp.cos(3 * x) / (x**2 - 30), x)
    start = tail_start(parts, x, ZERO)
    assert sp.sqrt(30) + 1 <= start <= sp.sqrt(30) + 2
    assert tail_start(frequency_groups(band(sp.Rational(1, 3)), x), x, ZERO) == 1
    assert isinstance(tail_start([(sp.sin(x) / (sp.exp(x) - 5), 1)], x, ZERO), str)  # not polynomial


def test_the_period_is_common_only_when_it_is_short():
    assert summation_frequency(band(sp.Rational(1, 4)), x) == (True, sp.Rational(1, 4))
    assert summation_frequency(band(sp.Rational(239, 241)), x) == (True, None)   # 241 fast periods in one
    assert summation_frequency(band(sp.sqrt(2) / 2), x) == (True, None)           # no common period
    assert summation_frequency(sp.sin(x**2) / x, x) == (False, None)             # tanh-sinh, as before
    assert summation_frequency(sp.exp(-x), x) == (False, None)


def test_two_frequencies_are_summed_each_with_its_own_period():
    start = time.monotonic()
    got = oscillatory_value(band(sp.Rational(239, 241)), x, ZERO, OO, None, 8)
    assert not isinstance(got, str), got
    assert abs(got[0] - mpmath.pi / 2) < mpmath.mpf(10) ** -8 and got[1] < mpmath.mpf(10) ** -8
    assert time.monotonic() - start < 20
    # beyond a = 1 the value is 0; the second opinion (a head by Gauss–Legendre, tails by Levin)
    # agrees on the true value only
    f = band(sp.Rational(5, 3) + sp.sqrt(3) / 100)
    assert oscillatory_second_opinion(f, x, ZERO, OO, None, mpmath.mpf(0), mpmath.mpf(10) ** -6, digits=12)
    assert not oscillatory_second_opinion(f, x, ZERO, OO, None, mpmath.pi / 2, mpmath.mpf(10) ** -6, digits=12)


def test_a_divergent_part_is_never_given_a_value():
    # sin²x/x = 1/(2x) − cos(2x)/(2x): the non-oscillating 1/(2x) diverges
    got = oscillatory_value(sp.sin(x)**2 / x + sp.cos(sp.sqrt(2) * x) / x, x, ZERO, OO, None, 8)
    assert isinstance(got, str) and "falls too slowly" in got


def test_a_sum_that_does_not_finish_in_time_is_no_evidence(monkeypatch):
    monkeypatch.setattr(certify_oscillatory, "OSC_SECONDS", 0.2)
    start = time.monotonic()
    got = oscillatory_value(band(sp.Rational(239, 241)), x, ZERO, OO, sp.Rational(1, 241), 15)  # the old, long period
    assert isinstance(got, str) and TIMED_OUT in got
    assert not oscillatory_second_opinion(band(sp.Rational(239, 241)), x, ZERO, OO, sp.Rational(1, 241),
                                          mpmath.pi / 2, mpmath.mpf(10) ** -6)
    assert time.monotonic() - start < 5


def test_pi_over_two_beyond_a_equals_one_is_refuted_by_the_sum_alone():
    # the certificate never reads SymPy's Piecewise: π/2 as the value on a ∈ (1, 2) fails at a point
    a_ = Param("a", Real(1, 2))
    a = a_.symbol
    ob = Obligation("integral_value", sp.Tuple(band(a), x, ZERO, OO, sp.pi / 2), "∫ sin x cos(ax)/x = π/2", symbol=x)
    verdict = discharge(ob, {x: Param("x", Real(0, None)).domain, a: a_.domain}, key="r9.osc", dps=30)
    assert verdict.verdict == FAILED and 1 < sp.Rational(verdict.counterexample["a"]) < 2
    assert abs(mpmath.mpf(verdict.counterexample["quadrature"])) < 1e-10


def test_a_step_whose_sums_run_out_of_time_is_inconclusive_and_quick(monkeypatch):
    monkeypatch.setattr(certify_oscillatory, "OSC_SECONDS", 0.2)
    a_ = Param("a", Real(0, 1))
    a = a_.symbol
    ob = Obligation("integral_value", sp.Tuple(band(a), x, ZERO, OO, sp.pi / 2), "∫ sin x cos(ax)/x = π/2", symbol=x)
    start = time.monotonic()
    verdict = discharge(ob, {x: Param("x", Real(0, None)).domain, a: a_.domain}, key="r9.osc", dps=30)
    assert verdict.verdict == INCONCLUSIVE and TIMED_OUT in verdict.method
    assert time.monotonic() - start < 10  # one point out of time ends the sampling
