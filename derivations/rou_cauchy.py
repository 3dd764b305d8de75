"""The truncated Lorentz–Cauchy amplification ``A_p(Λ)`` (W Appendix I, eq. 15): ``rou.cauchy_truncated``.

Exact for every even ``p`` through the polynomial division of ``x^p`` by ``1 + x²``; also W's
"50 standard deviations" cutoff and the number formatting the section's notes share.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import flint
import mpmath
import sympy as sp

from ._model import Agreement, Claim, Derivation, Premise, Property, to_mpf
from ._precision import arb_compile, arb_exact, arb_quad, arb_to_mpf, PROPERTY_DPS
from ._rules import ApplyBoth, Integrate, Ref, Rewrite, Substitute
from .rou_moments import A, half_, j, kh, Lam, Lambda_, mu, numer, p, p_, x

__all__ = [
    "cauchy_truncated",
    "q_integrand",
    "u_term",
    "w_weight",
]


# -- rou.cauchy_truncated ----------------------------------------------------------------------
def _sum_evaluator(expr: sp.Expr, values: Mapping[str, Any]) -> mpmath.mpf:
    """The derived A_p(Λ) with its sum of p/2 terms added up at the working precision.

    The alternating terms cancel when Λ < 1 (μ_p ≈ Λ^p/(p + 1) while the terms are ≈ Λ),
    so the sum runs with p·log10(1/Λ) + 2·log10(p) + 10 extra digits.
    """
    order, lam = values["p"], values["Lambda"]
    outer, summand, (lo, hi) = _split_sum(expr)
    with mpmath.workdps(15):  # an estimate: a 10,000-digit logarithm would cost a third of a second
        decades = float(mpmath.log10(to_mpf(lam)))
    extra = int(order * max(0.0, -decades) + 2 * math.log10(order) + 10)
    with mpmath.workdps(mpmath.mp.dps + extra):
        L = to_mpf(lam)
        order_mp = mpmath.mpf(order)
        first, last = int(lo(order_mp)), int(hi(order_mp))
        total = mpmath.fsum(summand(mpmath.mpf(i), L, order_mp) for i in range(first, last + 1))
        # The rest (atan, the p-th root) in arb: mpmath's pure-Python log and atan take seconds at
        # 10,000 digits. The midpoint at the working precision is what the adaptive loop compares.
        old = flint.ctx.prec
        flint.ctx.prec = mpmath.mp.prec + 32
        try:
            exact_lam = lam if isinstance(lam, (int, Fraction, sp.Rational)) else L
            return arb_to_mpf(outer([arb_exact(total), arb_exact(exact_lam), flint.arb(order)]))
        finally:
            flint.ctx.prec = old


@functools.cache
def _split_sum(expr: sp.Expr) -> tuple[Callable[..., Any], Callable[..., Any],
                                       tuple[Callable[..., Any], ...]]:
    """Lambdify the derived expression with its (single) Sum replaced by a placeholder."""
    sums = list(expr.atoms(sp.Sum))
    if len(sums) != 1:
        raise ValueError(f"expected one finite sum in the derived A_p, found {len(sums)}")
    (s,) = sums
    (var, lo, hi) = s.limits[0]
    S = sp.Dummy("S")
    outer = arb_compile(expr.xreplace({s: S}), [S, Lam, p])
    summand = sp.lambdify([var, Lam, p], s.function, modules="mpmath")
    limits = (sp.lambdify([p], lo, modules="mpmath"), sp.lambdify([p], hi, modules="mpmath"))
    return outer, summand, limits


def _truncated_amplification_quad(p: int, Lambda: mpmath.mpf) -> mpmath.mpf:
    """A_p(Λ) = μ_p^{1/p}/μ_2^{1/2} of the density ∝ 1/(1 + x²) on |x| ≤ Λ, every integral by
    arb's rigorous quadrature over (0, Λ) (the density is even and its mean is 0).

    For Λ ≤ 1 the integrals run in t = x/Λ ∈ (0, 1), μ_q = Λ^q ∫ t^q w / ∫ w with
    w = 1/(1 + Λ²t²), so that the quadrature never sees the tiny values of x^q.
    """
    if Lambda > 1:
        # Pieces [2^k, 2^{k+1}]: each stays a fixed ratio away from the poles at ±i.
        nodes, scale = [mpmath.mpf(0), mpmath.mpf(1)], mpmath.mpf(1)
        while nodes[-1] * 2 < Lambda:
            nodes.append(nodes[-1] * 2)
        nodes.append(Lambda)
        lam2 = arb_exact(mpmath.mpf(1))
    else:
        nodes, scale = [0, 1], Lambda
        lam2 = arb_exact(Lambda * Lambda)
    # arb's rigorous integration (acb.integral) of the meromorphic integrands.
    mass = arb_quad(lambda y: 1 / (1 + lam2 * y * y), nodes)
    mu_p = scale**p * arb_quad(lambda y: y**p / (1 + lam2 * y * y), nodes) / mass
    mu_2 = scale**2 * arb_quad(lambda y: y * y / (1 + lam2 * y * y), nodes) / mass
    return mu_p ** (mpmath.mpf(1) / p) / mpmath.sqrt(mu_2)


def _A_cauchy(p: int, Lambda: Any, dps: int = PROPERTY_DPS) -> mpmath.mpf:
    return cauchy_truncated.evaluate(dps=dps, p=p, Lambda=Lambda)


#: W's "50 standard deviations" cutoff: Λ = 50σ with σ² ≈ 2Λ/π, i.e. Λ = 5000/π.
_LAMBDA_50 = mpmath.mpf(5000) / mpmath.pi


def _sci(x: Any, digits: int = 2) -> str:
    """``x`` to ``digits`` significant digits as LaTeX math: ``5.4``, ``1.6\\cdot10^{3}``.

    >>> print(_sci(1591.5), _sci(5.375), _sci(85.0648, 4), _sci(28.89))
    1.6\\cdot10^{3} 5.4 85.06 29
    """
    x = float(x)
    exponent = math.floor(math.log10(abs(x))) if x else 0
    if -2 <= exponent < 3:
        decimals = max(digits - 1 - exponent, 0)
        return f"{x:.{decimals}f}"
    mantissa = round(x / 10.0 ** exponent, digits - 1)
    if mantissa >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    return f"{mantissa:.{digits - 1}f}\\cdot10^{{{exponent}}}"


q_integrand = sp.Function("q")                  # q(x) = x^{2k}/(1 + x²): integrand of I_p
u_term = sp.Function("u")                       # u(x, j): the j-th term of the quotient
w_weight = sp.Function("w")                     # w(x) = 1/(1 + x²): the (unnormalized) density
_TERM = (-1) ** (kh - 1 - j) * x ** (2 * j)
_QUOTIENT = sp.Sum(_TERM, (j, 0, kh - 1))
_REMAINDER = (-1) ** kh / (1 + x**2)
_TERM_INTEGRAL = 2 * (-1) ** (kh - 1 - j) * Lam ** (2 * j + 1) / (2 * j + 1)
_SUMMED = sp.Sum(_TERM_INTEGRAL, (j, 0, kh - 1))
_NORMALIZATION = sp.Integral(1 / (1 + x**2), (x, -Lam, Lam))
_MU_K = (sp.Sum((-1) ** (kh - 1 - j) * Lam ** (2 * j + 1) / (2 * j + 1), (j, 0, kh - 1)) / sp.atan(Lam)
         + (-1) ** kh)
_MU_P = (sp.Sum((-1) ** (p / 2 - 1 - j) * Lam ** (2 * j + 1) / (2 * j + 1), (j, 0, p / 2 - 1)) / sp.atan(Lam)
         + (-1) ** (p / 2))
_y = sp.Dummy("y")

cauchy_truncated = Derivation(
    id="rou.cauchy_truncated",
    names=('I_p', 'j', 'x'),
    title="Exact amplification factors of the truncated Lorentz–Cauchy density",
    source="W Appendix I, Lorentz–Cauchy example",
    summary=r"Dividing $x^p$ by $1 + x^2$ ($p = 2k$) leaves the quotient $\sum_{j<k} (-1)^{k-1-j} x^{2j}$ and "
            r"the remainder $(-1)^{p/2}$; integrating over $|x| \le \Lambda$ ($\gamma = 1$) term by term gives, for "
            r"every even $p$, $\mu_p = [\sum_{j=0}^{p/2-1} (-1)^{p/2-1-j} \Lambda^{2j+1}/(2j + "
            r"1)]/\operatorname{atan} \Lambda + (-1)^{p/2}$ (the paper's sum over $p/2 - 1 - j$), so $\mu_2 = \Lambda/\operatorname{atan} \Lambda - "
            r"1$, $\mu_4 = (\Lambda^3/3 - \Lambda + \operatorname{atan} \Lambda)/\operatorname{atan} \Lambda$ "
            r"and $A_p = \mu_p^{1/p}/\mu_2^{1/2}$.",
    symbols=(p_, Lambda_, half_),
    parameters=("p", "Lambda"),
    result_step="amplification",
    evaluator=_sum_evaluator,
    premises=(
        Premise("integrand", sp.Eq(q_integrand(x), x ** (2 * kh) / (1 + x**2)),
                r"the integrand $x^p/(1 + x^2)$ of the numerator of $\mu_p$, with $p = 2k$"),
        Premise("numerator", sp.Eq(numer, sp.Integral(q_integrand(x), (x, -Lam, Lam))),
                r"$I_p = \int_{-\Lambda}^{\Lambda} x^p/(1 + x^2) dx$: the Lorentz–Cauchy density "
                r"$\gamma/(\pi(\gamma^2 + x^2))$ with $\gamma = 1$ ($A_p$ is scale-free, rou.central_moments) "
                r"restricted to $|x| \le \Lambda = X/\gamma$"),
        Premise("linearity", sp.Eq(sp.Integral(_QUOTIENT + _REMAINDER, (x, -Lam, Lam)),
                                   sp.Sum(sp.Integral(_TERM, (x, -Lam, Lam)), (j, 0, kh - 1))
                                   + (-1) ** kh * _NORMALIZATION),
                r"the integral over $(-\Lambda, \Lambda)$ is linear: the integral of a finite sum of $k + 1$ "
                "continuous functions is the sum of their integrals"),
        Premise("term", sp.Eq(u_term(x, j), _TERM), "the $j$-th term of the quotient, $j = 0$ … $k - 1$"),
        Premise("weight", sp.Eq(w_weight(x), 1 / (1 + x**2)),
                r"the density up to the factor $1/\pi$ that cancels in $\mu_p$"),
        Premise("moment_ratio", sp.Eq(mu(2 * kh), numer / _NORMALIZATION),
                r"the density restricted to $|x| \le \Lambda$ and renormalized: $\mu_p = I_p/Z$ with $Z = "
                r"\int_{-\Lambda}^{\Lambda} dx/(1 + x^2)$; the mean is 0 by symmetry"),
        Premise("half", sp.Eq(kh, p / 2), "$k$ is half the even order $p$"),
        Premise("amplification", sp.Eq(A(p), mu(p) ** (1 / p) / sp.sqrt(mu(2))),
                r"$A_p = \mu_p^{1/p}/\mu_2^{1/2}$ (rou.central_moments)"),
    ),
    steps=(
        Rewrite(on="integrand", expect=sp.Eq(q_integrand(x), _QUOTIENT + _REMAINDER), name="division",
                note=r"polynomial division of $x^{2k}$ by $1 + x^2$: quotient $\sum_{j<k} (-1)^{k-1-j} x^{2j}$, "
                     "remainder $(-1)^k$ (a geometric sum of ratio $-1/x^2$, for every $k$)"),
        Substitute({q_integrand(x): Ref("division")}, on="numerator",
                   expect=sp.Eq(numer, sp.Integral(_QUOTIENT + _REMAINDER, (x, -Lam, Lam)))),
        Substitute(using="linearity", name="termwise",
                   expect=sp.Eq(numer, sp.Sum(sp.Integral(_TERM, (x, -Lam, Lam)), (j, 0, kh - 1))
                                + (-1) ** kh * _NORMALIZATION),
                   note="integrate quotient and remainder term by term"),
        Integrate(x, -Lam, Lam, on="term", expect=_TERM_INTEGRAL,
                  note=r"$(-\Lambda)^{2j+1} = -\Lambda^{2j+1}$: the exponent is odd; the powers are those of "
                       r"the quotient, $x^{2j}$ with $j \ge 0$, so the term integral holds for every $j$ and "
                       r"not only inside the sum"),
        Substitute({u_term(x, j): Ref("term")},
                   expect=sp.Eq(sp.Integral(_TERM, (x, -Lam, Lam)), _TERM_INTEGRAL), name="term_integral"),
        ApplyBoth(fn=sp.Lambda(_y, sp.Sum(_y, (j, 0, kh - 1))), text=r"sum both sides over $j = 0, \dots, k - 1$",
                  expect=sp.Eq(sp.Sum(sp.Integral(_TERM, (x, -Lam, Lam)), (j, 0, kh - 1)), _SUMMED),
                  name="summed_terms"),
        Integrate(x, -Lam, Lam, on="weight", expect=2 * sp.atan(Lam)),
        Substitute({w_weight(x): Ref("weight")}, expect=sp.Eq(_NORMALIZATION, 2 * sp.atan(Lam)),
                   name="normalization"),
        Substitute({sp.Sum(sp.Integral(_TERM, (x, -Lam, Lam)), (j, 0, kh - 1)): Ref("summed_terms"),
                    _NORMALIZATION: Ref("normalization")}, on="termwise",
                   expect=sp.Eq(numer, _SUMMED + 2 * (-1) ** kh * sp.atan(Lam)), name="numerator_value"),
        Substitute({numer: Ref("numerator_value"), _NORMALIZATION: Ref("normalization")}, on="moment_ratio",
                   expect=sp.Eq(mu(2 * kh), (_SUMMED + 2 * (-1) ** kh * sp.atan(Lam)) / (2 * sp.atan(Lam)))),
        Rewrite(expect=sp.Eq(mu(2 * kh), _MU_K), note="the factor 2 cancels"),
        Substitute({kh: Ref("half")}, expect=sp.Eq(mu(p), _MU_P), name="mu_p", note="$k = p/2$"),
        Substitute({p: 2}, on="mu_p", expect=sp.Eq(mu(2), Lam / sp.atan(Lam) - 1), name="mu_2"),
        Substitute({p: 4}, on="mu_p", expect=sp.Eq(mu(4), (Lam**3 / 3 - Lam + sp.atan(Lam)) / sp.atan(Lam)),
                   name="mu_4"),
        Substitute({mu(p): Ref("mu_p"), mu(2): Ref("mu_2")}, on="amplification",
                   expect=sp.Eq(A(p), _MU_P ** (1 / p) / sp.sqrt(Lam / sp.atan(Lam) - 1)),
                   name="amplification",
                   note="evaluated by adding up the $p/2$ terms of the sum at the working precision"),
    ),
    route=Agreement(
        "arb's rigorous quadrature (acb.integral) of $x^p/(1 + x^2)$, $x^2/(1 + x^2)$ and $1/(1 + x^2)$ over "
        r"(0, $\Lambda$) (breakpoints at 1 and the powers of 2)",
        _truncated_amplification_quad,
        points=({"p": 2, "Lambda": "1/2"}, {"p": 4, "Lambda": 10**8}, {"p": 6, "Lambda": 30},
                {"p": 20, "Lambda": "7/10"}),
    ),
    properties=(
        Property("rou.cauchy_truncated.increasing", r"$A_p(\Lambda)$ increases with the cutoff $\Lambda$ ($p "
                                                    r"\ge 4$)",
                 lambda p, Lambda: (p == 2
                                    or _A_cauchy(p, Lambda * mpmath.mpf("1.01")) > _A_cauchy(p, Lambda)),
                 {"p": p_.domain, "Lambda": Lambda_.domain}),
    ),
    claims=(
        Claim("rou.cauchy_truncated.variance_coefficient",
              r"W Appendix I: “the variance is readily estimated to scale like $(2/\pi)\gamma X$”: "
              r"$\mu_2/\Lambda$ at $\Lambda = 10^8$ ($\gamma = 1$), by quadrature of the truncated density",
              "W Appendix I", "0.6366", lambda: _moment_by_quadrature(2, 10**8) / 10**8, relation="≈",
              note=r"printed $2/\pi$; written as a decimal so that the digits shown set the tolerance"),
        Claim("rou.cauchy_truncated.mu4_coefficient",
              r"W Appendix I: $\mu_4 \approx (2/(3\pi))\gamma X^3$: $\mu_4/\Lambda^3$ at $\Lambda = 10^8$, by "
              "quadrature of the truncated density",
              "W Appendix I", "0.2122", lambda: _moment_by_quadrature(4, 10**8) / mpmath.mpf(10) ** 24,
              relation="≈", note=r"printed $2/(3\pi)$ (as restated by the catalogue); written as a decimal"),
        Claim("rou.cauchy_truncated.A4_exponent",
              r"W Appendix I: “$A_4 \propto \Lambda^{1/4}$”: the log–log slope of the exact $A_4$ between "
              r"$\Lambda = 10^6$ and $10^8$", "W Appendix I", "1/4", lambda: _cutoff_slope(4), relation="≈"),
        Claim("rou.cauchy_truncated.A6_exponent",
              r"W Appendix I: “$A_6 \propto \Lambda^{1/3}$”: the log–log slope of the exact $A_6$ between "
              r"$\Lambda = 10^6$ and $10^8$", "W Appendix I", "1/3", lambda: _cutoff_slope(6), relation="≈"),
    ),
)


def _moment_by_quadrature(p: int, Lambda: int) -> mpmath.mpf:
    """μ_p of the density ∝ 1/(1 + x²) on |x| ≤ Λ by mpmath quadrature over (0, Λ), split at 1, 10, 100, …"""
    nodes = [mpmath.mpf(0)] + [mpmath.mpf(10) ** k for k in range(len(str(Lambda)))]
    return mpmath.quad(lambda x: x**p / (1 + x**2), nodes) / mpmath.quad(lambda x: 1 / (1 + x**2), nodes)


def _cutoff_slope(p: int) -> mpmath.mpf:
    """d ln A_p / d ln Λ of the exact truncated-Cauchy amplification, as a secant over 10^6 … 10^8."""
    return (mpmath.log(_A_cauchy(p, 10**8, mpmath.mp.dps) / _A_cauchy(p, 10**6, mpmath.mp.dps))
            / mpmath.log(100))
