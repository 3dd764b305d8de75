"""Review 7: oscillating integrals on an infinite range (``verify/certify_oscillatory.py``).

The Dirichlet integral ``∫_0^∞ sin(ax)/x dx = π/2`` was inconclusive (tanh-sinh cannot integrate a
slowly decaying oscillation). The certificate now reads the period from the integrand, checks that the
periods decay (the integral converges) and sums them; a divergent integral is never given a value (the
Abel value ``1/a`` of ``∫_0^∞ sin(ax) dx`` is what an accelerated sum of its half periods returns), and a
refutation needs a second, independent sum. Attacks and controls: ``tests/attacks/r7_osc_*.py``.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from derivations import Param, Positive, Real
from derivations._rules import Obligation
from verify import certify_integrals
from verify.certify_ops import discharge
from verify.certify_oscillatory import base_frequency, oscillatory_second_opinion, oscillatory_value
from verify.verdicts import FAILED, INCONCLUSIVE, PROVED

DPS = 30
x_, a_, s_ = Param("x", Real(0, None)), Param("a", Positive()), Param("s", Real(-1, 1))
x, a, s = x_.symbol, a_.symbol, s_.symbol
DOMAINS = {x: x_.domain, a: a_.domain, s: s_.domain}


def integral(f, value, lo=0, hi=sp.oo):
    return Obligation("integral_value", sp.Tuple(f, x, sp.sympify(lo), sp.sympify(hi), value),
                      f"∫_{lo}^{hi} {f} = {value}", symbol=x)


def test_the_period_is_read_from_linear_arguments_only():
    assert base_frequency(sp.sin(3 * x) / x, x) == 3
    assert base_frequency(sp.sin(x) * sp.sin(2 * x) / x, x) == 1
    assert base_frequency(sp.sin(x) * sp.cos(sp.Rational(3, 2) * x + 1), x) == sp.Rational(1, 2)
    assert base_frequency(sp.exp(-x) * sp.sin(2), x) is None               # nothing oscillates in x
    assert isinstance(base_frequency(sp.sin(x) * sp.sin(sp.sqrt(2) * x), x), str)  # incommensurate
    assert isinstance(base_frequency(sp.sin(x**2), x), str)                # not linear: no period


@pytest.mark.parametrize("f, lo, hi, exact", [
    (sp.sin(x) / x, 0, sp.oo, sp.pi / 2),
    (sp.sin(x) / x, -sp.oo, sp.oo, sp.pi),                     # the whole line: each half converges
    (sp.sin(x) / x, -sp.oo, 0, sp.pi / 2),
    (sp.sin(x) / sp.sqrt(x), 0, sp.oo, sp.sqrt(sp.pi / 2)),    # half periods decay like k^(-1/2)
    (sp.sin(x) * sp.sin(2 * x) / x, 0, sp.oo, sp.log(3) / 2),  # two frequencies, one period
])
def test_convergent_oscillations_are_summed(f, lo, hi, exact):
    omega = base_frequency(f, x)
    got = oscillatory_value(f, x, sp.sympify(lo), sp.sympify(hi), omega, 15)
    assert not isinstance(got, str), got
    value, err = got
    assert abs(value - mpmath.mpf(sp.N(exact, 30))) < mpmath.mpf(10) ** -14 and err < mpmath.mpf(10) ** -14
    assert oscillatory_second_opinion(f, x, sp.sympify(lo), sp.sympify(hi), omega, value, mpmath.mpf(10) ** -6)


@pytest.mark.parametrize("f, why", [
    (sp.sin(x), "does not fall"),                   # the half periods alternate ±2: Abel value 1
    (sp.sqrt(x) * sp.sin(x), "does not fall"),      # a growing envelope
    ((1 + 1 / x) * sp.sin(x), "does not fall"),     # whole periods → 0, but the swing within one stays 4
    (sp.sin(x)**2 / x, "too slowly"),               # positive periods ~ 1/(2k): the sum diverges like log
])
def test_divergent_oscillations_are_never_given_a_value(f, why):
    got = oscillatory_value(f, x, sp.Integer(1), sp.oo, base_frequency(f, x), 15)
    assert isinstance(got, str) and why in got


def test_the_dirichlet_integral_is_certified():
    assert discharge(integral(sp.sin(a * x) / x, sp.pi / 2), DOMAINS, key="t", dps=DPS).verdict == PROVED
    lorentz = integral(sp.cos(a * x) / (1 + x**2), sp.pi * sp.exp(-a) / 2)
    assert discharge(lorentz, DOMAINS, key="t", dps=DPS).verdict == PROVED


def test_a_wrong_value_is_refuted_with_the_point():
    v = discharge(integral(sp.sin(a * x) / x, sp.pi / (2 * a)), DOMAINS, key="t", dps=DPS)
    assert v.verdict == FAILED and "quadrature" in v.counterexample and "a" in v.counterexample
    # the sign of the frequency: −π/2 for s < 0, whatever SymPy's condition says
    v = discharge(integral(sp.sin(s * x) / x, sp.pi / 2), DOMAINS, key="t", dps=DPS)
    assert v.verdict == FAILED and sp.Rational(v.counterexample["s"]) < 0


def test_the_abel_value_of_a_divergent_integral_is_refused():
    for f, value in ((sp.sin(a * x), 1 / a), (sp.cos(x), sp.Integer(0)), (sp.sqrt(x) * sp.sin(x), sp.sqrt(2 * sp.pi) / 4)):
        v = discharge(integral(f, value), DOMAINS, key="t", dps=DPS)
        assert v.verdict == INCONCLUSIVE and "does not fall towards 0" in v.method, v.method


def test_a_refutation_needs_the_second_sum(monkeypatch):
    monkeypatch.setattr(certify_integrals, "oscillatory_second_opinion", lambda *args: False)
    v = discharge(integral(sp.sin(a * x) / x, sp.pi / (2 * a)), DOMAINS, key="t", dps=DPS)
    assert v.verdict == INCONCLUSIVE


def test_a_divergence_at_the_finite_end_is_not_called_finite():
    # ∫_0^∞ sin(x)/x² diverges at 0: SymPy's ∞ is right, and the sum of the periods is no finite value
    v = discharge(integral(sp.sin(x) / x**2, sp.oo), DOMAINS, key="t", dps=DPS)
    assert v.verdict != FAILED, v.method
