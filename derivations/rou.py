"""Resilience of uncertainty: amplification of higher-order deviations (W Appendix I, eqs 13–15).

Catalogue section 7. ``rou.central_moments`` (the order-``p`` standard deviation
``σ_p = μ_p^{1/p}`` and the amplification ``A_p = σ_p/σ``, a scale-free number, worked
out for a skewed three-point law and its rescalings),
``rou.gaussian`` (``A_p = ((p − 1)!!)^{1/p}`` from the Gaussian integral for a symbolic
even ``p``, with its Stirling asymptotics ``√(p/e)·2^{1/(2p)}``), ``rou.cauchy_truncated``
(exact ``A_p(Λ)`` of the Lorentz–Cauchy density cut at ``|x| ≤ Λγ``, for every even
``p``, through the polynomial division of ``x^p`` by ``1 + x²``),
``rou.cauchy_asymptotic`` (its leading behaviour ``c_p Λ^{1/2 − 1/p}``) and
``rou.sample_size`` (a ``k`` times larger ``σ`` needs ``k²`` times more samples).

Every step is an inference of :mod:`derivations._rules`. What the rules cannot derive is a
premise in plain sight, with its justification: the linearity of an integral over a finite
sum (``rou.cauchy_truncated``), the change of variables ``x = Λt`` and the exchange of the
limit ``Λ → ∞`` with the integral by dominated convergence (``rou.cauchy_asymptotic``), the
continuation of the Gaussian moments to real orders by the absolute moment and the real
branch of ``ln Γ`` (``rou.gaussian``).

The section's subsections are modules of their own: :mod:`derivations.rou_moments` (the
symbols and ``rou.central_moments``), :mod:`derivations.rou_gaussian`,
:mod:`derivations.rou_cauchy` (``rou.cauchy_truncated``) and
:mod:`derivations.rou_asymptotic` (``rou.cauchy_asymptotic``). This module holds
``rou.sample_size``, re-exports the others' entries and symbols, and lists the section's
entries (``DERIVATIONS``) for the registry.
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import sympy as sp

from ._model import Agreement, Claim, Derivation, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import DivideBoth, Ref, SolveFor, Substitute
from .rou_asymptotic import cauchy_asymptotic
from .rou_cauchy import _A_cauchy, _LAMBDA_50, _sci, cauchy_truncated
from .rou_gaussian import f_moment, gaussian
from .rou_moments import (_MOMENT_1, _skewed_amplification, A, C, c, central_moments, k, k_, kh, Lam, M, M_, p,
                          s_real, sigma, sigma_, x)

__all__ = [
    "DERIVATIONS",
    "cauchy_asymptotic",
    "cauchy_truncated",
    "central_moments",
    "gaussian",
    "sample_size",
]


# -- rou.sample_size ---------------------------------------------------------------------------
#: A skewed two-point law for the sample-size route: P(X = 0) = 2/3, P(X = 3) = 1/3.
_TWO_POINT = ((Fraction(0), Fraction(2, 3)), (Fraction(3), Fraction(1, 3)))


def _variance_of_mean(draws: int, scale: Fraction) -> Fraction:
    """Exact variance of the mean of ``draws`` independent copies of scale·X, summed over the
    outcomes: the mean is scale·(3b/draws) when b of the draws are 3, with binomial weight."""
    (low, q_low), (high, q_high) = _TWO_POINT
    outcomes = [(math.comb(draws, b) * q_high**b * q_low ** (draws - b),
                 scale * (b * high + (draws - b) * low) / draws) for b in range(draws + 1)]
    mean = sum(w * m for w, m in outcomes)
    return sum(w * (m - mean) ** 2 for w, m in outcomes)


def _samples_by_root(k: mpmath.mpf) -> mpmath.mpf:
    """M_k/M from the standard errors themselves: with M = b² draws of X (k = a/b), the sample
    size M_k at which the mean of scale-k draws has the same standard error, found by a root
    search (doubling, then bisection over the integers) on the exact variances of the means.
    No σ/√M law is used; the route needs a rational k with a small denominator."""
    ratio = Fraction(mpmath.nstr(k, mpmath.mp.dps)).limit_denominator(100)
    if abs(k - mpmath.mpf(ratio.numerator) / ratio.denominator) > abs(k) * mpmath.mpf(10) ** (10 - mpmath.mp.dps):
        raise ArithmeticError(f"the route needs a rational k with a denominator ≤ 100, not {k}")
    base = ratio.denominator**2
    target = _variance_of_mean(base, Fraction(1))
    def excess(draws: int) -> Fraction:  # decreasing in the number of draws
        return _variance_of_mean(draws, ratio) - target

    lo, hi = 0, 1
    while excess(hi) > 0:
        lo, hi = hi, 2 * hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if excess(mid) > 0 else (lo, mid)
    if excess(hi) != 0:
        raise ArithmeticError(f"no integer sample size gives the same standard error at k = {ratio}")
    return mpmath.mpf(hi) / base


Err = sp.Function("E", positive=True)           # E(σ, M): error of a mean of M samples
M_k = sp.Symbol("M_k", positive=True)            # samples needed with standard deviation kσ

sample_size = Derivation(
    id="rou.sample_size",
    names=('C', 'M_k'),
    title="A $k$ times larger standard deviation needs $k^2$ times more samples",
    source="W Appendix I, last paragraph",
    summary=r"The error of a mean estimate is $C \sigma/\sqrt{M}$; matching the Gaussian accuracy with a "
            r"standard deviation $k\sigma$ needs $M_k = k^2 M$ samples.",
    symbols=(k_, M_, sigma_),
    parameters=("k",),
    result_step="ratio",
    premises=(
        Premise("error_law", sp.Eq(Err(sigma, M), C * sigma / sp.sqrt(M)),
                r"error of a mean of $M$ samples of standard deviation $\sigma$: $C \sigma/\sqrt{M}$ "
                r"(mc.error_law), for every $\sigma > 0$ and $M > 0$"),
        Premise("same_accuracy", sp.Eq(Err(k * sigma, M_k), Err(sigma, M)),
                r"the fat-tailed estimate (standard deviation $k\sigma$, $M_k$ samples) must be as accurate as "
                r"the Gaussian one ($\sigma, M$ samples)"),
    ),
    steps=(
        Substitute({sigma: k * sigma, M: M_k}, on="error_law", expect=C * k * sigma / sp.sqrt(M_k),
                   name="fat_error", note=r"standard deviation $k\sigma$, $M_k$ samples"),
        Substitute({Err(k * sigma, M_k): Ref("fat_error"), Err(sigma, M): Ref("error_law")},
                   on="same_accuracy", expect=sp.Eq(C * k * sigma / sp.sqrt(M_k), C * sigma / sp.sqrt(M))),
        SolveFor(M_k, expect=sp.Eq(M_k, k**2 * M), name="samples"),
        DivideBoth(divisor=M, expect=sp.Eq(M_k / M, k**2), name="ratio",
                   note="divide by the Gaussian sample size"),
    ),
    route=Agreement(
        "exact standard errors of the mean of $M$ draws of a skewed two-point law and of $M_k$ draws of the law "
        "scaled by $k$ (summation over the binomial outcomes, in fractions); $M_k$ by a root search over the "
        r"integers (doubling, then bisection) with $M = (\text{denominator of } k)^2$",
        _samples_by_root,
        points=({"k": 2}, {"k": "1/3"}, {"k": 10}, {"k": "7/5"}),
    ),
    properties=(
        Property("rou.sample_size.doubling", r"doubling $\sigma$ quadruples the samples",
                 lambda k: close(sample_size.evaluate(dps=PROPERTY_DPS, k=2 * k),
                                 4 * sample_size.evaluate(dps=PROPERTY_DPS, k=k)),
                 {"k": k_.domain}),
    ),
    claims=(
        Claim("rou.sample_size.more_samples",
              r"with $\sigma$ one hundred times larger, matching the Gaussian accuracy needs $10^4$ more samples",
              "W Appendix I", "10^4", lambda: sample_size.evaluate(dps=mpmath.mp.dps, k=100),
              restored=r"W's plain text lost the $10^4$ (its “one hundred times larger” stands); the value checked "
                       "is the catalogue's restoration",
              note=r"Heuristic: W puts $\sigma_p$ (the order-$p$ deviation) into the $\sigma/\sqrt{M}$ law of "
                   r"the mean, which governs $\sigma$, not $\sigma_p$; the sample factors the exact $A_4$ gives "
                   "are computed in the entry's notes."),
    ),
    notes=(
        lambda: (r"With $\sigma_p = A_4 \sigma$ put into the $\sigma/\sqrt{M}$ law, the sample factor is $A_4^2$. "
                 rf"With the exact $A_4(10^8) \approx {_sci(_A_cauchy(4, 10**8), 4)}$ (rou.cauchy_truncated) the "
                 rf"factor is $\approx {_sci(_A_cauchy(4, 10**8) ** 2)}$; at W's $50\sigma$ cutoff ($\Lambda "
                 rf"\approx {_sci(_LAMBDA_50)}$, $A_4 \approx {_sci(_A_cauchy(4, _LAMBDA_50))}$) it is "
                 rf"$\approx {_sci(_A_cauchy(4, _LAMBDA_50) ** 2)}$."),
    ),
)

DERIVATIONS = (central_moments, gaussian, cauchy_truncated, cauchy_asymptotic, sample_size)
