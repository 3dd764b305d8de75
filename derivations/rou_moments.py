"""Central moments and the amplification ``A_p = σ_p/σ`` (W Appendix I, eq. 13): ``rou.central_moments``.

The symbols of catalogue section 7 (shared by its other modules), and the order-``p``
standard deviation worked out for a skewed three-point law and its rescalings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from ._domains import Integer, Positive
from ._model import Agreement, Derivation, Param, Premise, Property
from ._precision import PROPERTY_DPS
from ._rules import DivideBoth, MultiplyBoth, PowerBoth, Ref, Rewrite, Simplify, Substitute

__all__ = [
    "A",
    "C",
    "HALF",
    "Lam",
    "Lambda_",
    "M",
    "M_",
    "P_law",
    "X_law",
    "c",
    "c_",
    "central_moments",
    "half_",
    "i_",
    "j",
    "k",
    "k_",
    "kh",
    "l_",
    "mu",
    "n_",
    "numer",
    "p",
    "p_",
    "s_real",
    "sigma",
    "sigma_",
    "sigma_p",
    "t",
    "x",
    "xbar",
]


# -- symbols ---------------------------------------------------------------------------------
p_ = Param("p", Integer(2, even=True, sample=(2, 40)), doc="order of the moment (even)")
sigma_ = Param("sigma", Positive(), doc="standard deviation (order 2)")
c_ = Param("c", Positive(), doc="rescaling factor of the variable")
Lambda_ = Param("Lambda", Positive(sample=(10, 10**8), log=True),
                doc=r"cutoff $\Lambda = X/\gamma$ of the truncated Lorentz–Cauchy density")
k_ = Param("k", Positive(sample=(1, 1000), log=True),
           doc="factor by which the standard deviation exceeds the Gaussian one")
M_ = Param("M", Positive(sample=(1, 10**6), log=True), doc="samples needed in the Gaussian case")
half_ = Param("k_half", Integer(1, sample=(1, 20)), latex="k",
              doc="half the order, $p = 2k$ (polynomial division)")
p, sigma, c, Lam, k, M, kh = (q.symbol for q in (p_, sigma_, c_, Lambda_, k_, M_, half_))

x = sp.Symbol("x", real=True)
s_real = sp.Symbol("s", positive=True)         # the order p continued to real values (Stirling)
xbar = sp.Symbol(r"\bar{x}", real=True)
t = sp.Symbol("t", positive=True)           # x = Λ t on the positive half (rou.cauchy_asymptotic)
j = sp.Symbol("j", integer=True, nonnegative=True)
mu = sp.Function("mu", positive=True)          # μ(p): central moment of order p
A = sp.Function("A", positive=True)            # A(p): amplification of order p
sigma_p = sp.Symbol("sigma_p", positive=True)  # order-p standard deviation
numer = sp.Symbol("I_p", positive=True)        # I_p: numerator of μ_p (truncated Cauchy)
C = sp.Symbol("C", positive=True)

HALF = sp.Rational(1, 2)


# -- rou.central_moments ---------------------------------------------------------------------
#: A skewed law (mean 7/6, third central moment ≠ 0): its values with their probabilities.
_SKEWED_LAW = ((0, sp.Rational(1, 2)), (1, sp.Rational(1, 3)), (5, sp.Rational(1, 6)))

# A general finite law of x: values X(i) with probabilities P(i), i = 1 … n.
i_ = sp.Symbol("i", integer=True, positive=True)
l_ = sp.Symbol("l", integer=True, positive=True)
n_ = sp.Symbol("n", integer=True, positive=True)
P_law = sp.Function("P", positive=True)
X_law = sp.Function("X", real=True)
#: ⟨x⟩ and μ_p(x) = ⟨(x − ⟨x⟩)^p⟩ of the general law (the moments of c·x at c = 1).
_MEAN_1 = sp.Sum(P_law(l_) * X_law(l_), (l_, 1, n_))
_MOMENT_1 = sp.Sum(P_law(i_) * (X_law(i_) - _MEAN_1) ** p, (i_, 1, n_))
_VARIANCE_1 = _MOMENT_1.subs(p, 2)


def _law_sum(term: Callable[[Any], Any]) -> sp.Expr:
    """Σ_i P_i g(x_i) over the skewed three-point law, written out term by term (unevaluated)."""
    return sp.Add(*[sp.Mul(weight, term(sp.Integer(value)), evaluate=False)
                    for value, weight in _SKEWED_LAW], evaluate=False)


def _skewed_amplification(p: int, c: mpmath.mpf) -> mpmath.mpf:
    """A_p = μ_p^{1/p}/μ_2^{1/2} of the law of c·x, x the skewed three-point law: the mean of
    c·x and its central moments of orders p and 2 by direct summation over the three values."""
    values = [c * v for v, _ in _SKEWED_LAW]
    weights = [mpmath.mpf(w.p) / w.q for _, w in _SKEWED_LAW]
    mean = mpmath.fsum(w * v for w, v in zip(weights, values))
    mu_p = mpmath.fsum(w * (v - mean) ** p for w, v in zip(weights, values))
    mu_2 = mpmath.fsum(w * (v - mean) ** 2 for w, v in zip(weights, values))
    return mu_p ** (mpmath.mpf(1) / p) / mpmath.sqrt(mu_2)


def _A_skewed(p: int, c: Any = 1) -> mpmath.mpf:
    return central_moments.evaluate(dps=PROPERTY_DPS, p=p, c=c)


#: Σ_i P_i (x_i − 7/6)^p for the skewed law (p even), as the averaging step produces it.
_SKEWED_SUM = (sp.Rational(7, 6) ** p / 2 + sp.Rational(1, 6) ** p / 3 + sp.Rational(23, 6) ** p / 6)

central_moments = Derivation(
    id="rou.central_moments",
    names=('\\bar{x}', 'n', 'sigma_p'),
    title="Order-p standard deviations and their amplification factors",
    source="W Appendix I, eqs (13)–(15)",
    summary=r"The central moments $\mu_p = \langle(x - \bar{x})^p\rangle$ define an order-$p$ standard "
            r"deviation $\sigma_p = \mu_p^{1/p}$ and its amplification $A_p = \sigma_p/\sigma = "
            r"\mu_p^{1/p}/\mu_2^{1/2}$, whose $p$-th power is the standardized moment ($A_4^4$ is the "
            r"kurtosis). Rescaling $x \to c x$ multiplies $\mu_p$ by $c^p$ (for any finite law: the factor "
            "comes out of the average), so $A_p$ does not change, and $A_2 = 1$. Worked out for a skewed "
            r"three-point law ($P = 1/2, 1/3, 1/6$ at $x = 0$, 1, 5; mean $7/6$, $\mu_2 = 113/36$), for every "
            "even $p$ and every scale $c$.",
    symbols=(p_, sigma_, c_),
    parameters=("p", "c"),
    result_step="law_amplification",
    premises=(
        Premise("order_p_deviation", sp.Eq(sigma_p, mu(p) ** (1 / p)),
                r"standard deviation of order $p$: $\sigma_p = \mu_p^{1/p}$ (W eq. 14)"),
        Premise("amplification", sp.Eq(A(p), sigma_p / sigma),
                r"amplification coefficient $A_p = \sigma_p/\sigma$ (W eq. 15)"),
        Premise("variance", sp.Eq(sigma, sp.sqrt(mu(2))), "the variance is the moment of order 2"),
        Premise("mean", sp.Eq(xbar, sp.Sum(P_law(l_) * c * X_law(l_), (l_, 1, n_))),
                r"the variable is $c\cdot x$, $x$ a draw of a finite law (values $X_i$ with probabilities "
                r"$P_i$, $i = 1$ … $n$); averages are $\langle g\rangle = \sum_i P_i g(X_i)$, so the mean of "
                r"$c\cdot x$ is $\sum_l P_l c X_l$"),
        Premise("moment", sp.Eq(mu(p), sp.Sum(P_law(i_) * (c * X_law(i_) - xbar) ** p, (i_, 1, n_))),
                r"$\mu_p = \langle(c x - \bar{x})^p\rangle$, the average of the $p$-th power of the deviation "
                "from the mean (W eq. 13)"),
        Premise("law_mean", sp.Eq(xbar, _law_sum(lambda v: sp.Mul(c, v, evaluate=False)), evaluate=False),
                "the skewed three-point law of $x$: $P(x = 0) = 1/2$, $P(x = 1) = 1/3$, $P(x = 5) = 1/6$ (the "
                r"finite law above with $n = 3$); the mean of $c\cdot x$ is $\sum_i P_i c x_i$"),
        Premise("law_moment", sp.Eq(mu(p), _law_sum(lambda v: (sp.Mul(c, v, evaluate=False) - xbar) ** p), evaluate=False),
                r"its central moments $\mu_p = \sum_i P_i (c x_i - \bar{x})^p$ (W eq. 13 for this law)"),
    ),
    steps=(
        Substitute({sigma_p: Ref("order_p_deviation"), sigma: Ref("variance")}, on="amplification",
                   expect=sp.Eq(A(p), mu(p) ** (1 / p) / sp.sqrt(mu(2))), name="amplification_moments"),
        Rewrite(expect=sp.Eq(A(p), (mu(p) / mu(2) ** (p / 2)) ** (1 / p)),
                note=r"$A_p^p = \mu_p/\sigma^p$ is the standardized moment of order $p$ (the kurtosis for $p = 4$)"),
        Substitute({p: 2}, on="amplification_moments", expect=sp.Eq(A(2), 1), name="A2",
                   note="the order-2 standard deviation is the usual one"),
        # Any finite law: the scale c comes out of the mean and of every central moment.
        Simplify(on="mean", expect=sp.Eq(xbar, c * _MEAN_1), name="rescaled_mean",
                 note="the constant factor $c$ comes out of the finite sum"),
        Substitute({xbar: Ref("rescaled_mean")}, on="moment",
                   expect=sp.Eq(mu(p), sp.Sum(P_law(i_) * (c * X_law(i_) - c * _MEAN_1) ** p, (i_, 1, n_)))),
        Rewrite(expect=sp.Eq(mu(p), sp.Sum(P_law(i_) * (c * (X_law(i_) - _MEAN_1)) ** p, (i_, 1, n_))),
                note=r"factor $c$ out of the deviation $c X_i - c\langle x\rangle$"),
        Rewrite(expect=sp.Eq(mu(p), sp.Sum(c**p * P_law(i_) * (X_law(i_) - _MEAN_1) ** p, (i_, 1, n_))),
                note="$(c y)^p = c^p y^p$ for an integer $p$"),
        Rewrite(expect=sp.Eq(mu(p), c**p * _MOMENT_1), name="rescaled_moment",
                note=r"$\mu_p \to c^p \mu_p$ under $x \to c x$: the constant $c^p$ comes out of the sum"),
        Substitute({p: 2}, expect=sp.Eq(mu(2), c**2 * _VARIANCE_1), name="rescaled_variance",
                   note=r"$\mu_2 \to c^2 \mu_2$"),
        Substitute({mu(p): Ref("rescaled_moment")}, on="order_p_deviation",
                   expect=sp.Eq(sigma_p, (c**p * _MOMENT_1) ** (1 / p))),
        Rewrite(expect=sp.Eq(sigma_p, c * _MOMENT_1 ** (1 / p)), name="rescaled_deviation",
                note=r"the $p$-th root of a product of nonnegative factors: $\sigma_p \to c \sigma_p$"),
        Substitute({mu(2): Ref("rescaled_variance")}, on="variance",
                   expect=sp.Eq(sigma, c * sp.sqrt(_VARIANCE_1)), name="rescaled_sigma", note=r"$\sigma \to c "
                                                                                              r"\sigma$"),
        Substitute({sigma_p: Ref("rescaled_deviation"), sigma: Ref("rescaled_sigma")}, on="amplification",
                   expect=sp.Eq(A(p), _MOMENT_1 ** (1 / p) / sp.sqrt(_VARIANCE_1)), name="scale_free",
                   note="$A_p$ is unchanged: it is a pure number, independent of the scale of $x$"),
        # The skewed three-point law.
        Simplify(on="law_mean", expect=sp.Eq(xbar, sp.Rational(7, 6) * c), name="law_mean_value"),
        Substitute({xbar: Ref("law_mean_value")}, on="law_moment",
                   expect=sp.Eq(mu(p), sp.Rational(1, 2) * (-sp.Rational(7, 6) * c) ** p
                                + sp.Rational(1, 3) * (-c / 6) ** p + sp.Rational(1, 6) * (sp.Rational(23, 6) * c) ** p),
                   note=r"the deviations $c x_i - \bar{x}$ of this law"),
        Rewrite(expect=sp.Eq(mu(p), c**p * _SKEWED_SUM), name="law_moment_value",
                note="$(-7c/6)^p = (7/6)^p c^p$ and $(-c/6)^p = (1/6)^p c^p$: $p$ is even"),
        Substitute({p: 2}, expect=sp.Eq(mu(2), sp.Rational(113, 36) * c**2), name="law_variance"),
        DivideBoth(divisor=c**p, on="law_moment_value", expect=sp.Eq(mu(p) / c**p, _SKEWED_SUM)),
        PowerBoth(exponent=1 / p, expect=sp.Eq((mu(p) / c**p) ** (1 / p), _SKEWED_SUM ** (1 / p)),
                  note="both sides are positive"),
        Rewrite(expect=sp.Eq(mu(p) ** (1 / p) / c, _SKEWED_SUM ** (1 / p)), note="$c > 0$"),
        MultiplyBoth(factor=c, expect=sp.Eq(mu(p) ** (1 / p), c * _SKEWED_SUM ** (1 / p)), name="law_root"),
        Substitute({mu(p) ** (1 / p): Ref("law_root"), mu(2): Ref("law_variance")}, on="amplification_moments",
                   expect=sp.Eq(A(p), 6 * _SKEWED_SUM ** (1 / p) / sp.sqrt(113)),
                   name="law_amplification", note=r"the scale $c$ cancels: $A_p$ of $c\cdot x$ is that of $x$"),
    ),
    route=Agreement(
        r"$A_p$ of the law of $c\cdot x$ by direct summation over its three values: mean, central moments "
        r"$\mu_p$ and $\mu_2$, then $\mu_p^{1/p}/\mu_2^{1/2}$ (at several scales $c$)",
        _skewed_amplification,
        points=({"p": 2, "c": 1}, {"p": 4, "c": "1/3"}, {"p": 6, "c": 1000}, {"p": 12, "c": "7/2"}),
    ),
    properties=(
        Property("rou.central_moments.lyapunov", r"$\sigma_p = \mu_p^{1/p}$ increases with the even order $p$ "
                                                 "(Lyapunov's inequality), so $A_{p+2} > A_p$ for the skewed law",
                 lambda p: _A_skewed(p + 2) > _A_skewed(p), {"p": p_.domain}),
    ),
)
