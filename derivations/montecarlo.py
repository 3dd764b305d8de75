"""Monte Carlo error law and its crossover with grid methods (W §2, eqs 5–6).

Catalogue section 2: ``mc.error_law`` (the CLT standard error ``σ/√M``, exponent
``-1/2``) and ``mc.crossover`` (Monte Carlo beats a grid of order ``a`` exactly
when the dimension exceeds ``2a``).
"""

from __future__ import annotations

import math

import mpmath
import sympy as sp

from ._domains import Integer, Positive
from ._precision import PROPERTY_DPS, close
from ._measure import CROSSOVER_TOLERANCE, RULE_ORDERS, crossover_dimension
from ._model import Agreement, Claim, Derivation, Measurement, Param, Premise, Property
from ._rules import Differentiate, LogDerivative, Rewrite, SolveFor, SolveInequality, Substitute, Ref

__all__ = ["DERIVATIONS", "error_law", "crossover"]

M_ = Param("M", Integer(1, sample=(1, 10**6)), doc="number of samples")
sigma_ = Param("sigma", Positive(), doc="standard deviation of one sample")
a_ = Param("a", Positive(sample=(1 / 4, 8)), doc="order of accuracy of the grid method")
d_ = Param("d", Positive(sample=(1, 1000), log=True), doc="dimension of the problem")
M, sigma, a, d = M_.symbol, sigma_.symbol, a_.symbol, d_.symbol
E = sp.Symbol("E", positive=True)
i = sp.Symbol("i", integer=True, positive=True)
var_mean = sp.Symbol("Var_xbar", positive=True)  # the variance of the mean, a name


def _binomial_standard_error(M: int, sigma: mpmath.mpf) -> mpmath.mpf:
    """Standard deviation of the mean of M Bernoulli(q) draws with σ² = q(1 − q),
    by direct summation over the binomial distribution (never uses σ/√M)."""
    q = (1 - mpmath.sqrt(1 - 4 * sigma**2)) / 2
    var = mpmath.fsum(mpmath.binomial(M, k) * q**k * (1 - q) ** (M - k) * (mpmath.mpf(k) / M - q) ** 2
                      for k in range(M + 1))
    return mpmath.sqrt(var)


error_law = Derivation(
    id="mc.error_law",
    names=('E', 'Var_xbar'),
    title="Monte Carlo error falls as the inverse square root of the samples",
    source="W §2, eq. (5)",
    summary=r"The mean of $M$ independent samples of variance $\sigma^2$ has variance $\sigma^2/M$, so its "
            r"standard error is $\sigma/\sqrt{M}$: an error exponent of $1/2$ in any dimension.",
    symbols=(M_, sigma_),
    parameters=("M", "sigma"),
    result_step="standard_error",
    premises=(
        Premise("variance_of_mean", sp.Eq(var_mean, sp.Sum(sigma**2, (i, 1, M)) / M**2),
                r"$\operatorname{Var}(\bar{x}) = (1/M^2) \sum_i \operatorname{Var}(x_i)$ for $M$ independent "
                r"samples of variance $\sigma^2$."),
        Premise("standard_error_definition", sp.Eq(E**2, var_mean),
                r"the standard error $E > 0$ of the mean is defined by $E^2 = \operatorname{Var}(\bar{x})$."),
    ),
    steps=(
        Rewrite(expect=sp.Eq(var_mean, sigma**2 / M), name="variance",
                note=r"the sum of $M$ equal terms $\sigma^2$ is $M \sigma^2$"),
        Substitute({var_mean: Ref("variance")}, on="standard_error_definition",
                   expect=sp.Eq(E**2, sigma**2 / M)),
        SolveFor(E, expect=sp.Eq(E, sigma / sp.sqrt(M)), name="standard_error"),
        LogDerivative(M, expect=sp.Rational(-1, 2), note="the error exponent is $1/2$"),
    ),
    route=Agreement(
        "exact standard deviation of the mean of $M$ Bernoulli draws, summed over the binomial law",
        _binomial_standard_error,
        points=({"M": 1, "sigma": "1/2"}, {"M": 7, "sigma": "1/2"},
                {"M": 40, "sigma": "3/10"}, {"M": 200, "sigma": "2/5"}),
    ),
    properties=(
        Property("mc.error_law.halving", "four times the samples halve the error",
                 lambda M, sigma: close(2 * error_law.evaluate(dps=PROPERTY_DPS, M=4 * M, sigma=sigma),
                                        error_law.evaluate(dps=PROPERTY_DPS, M=M, sigma=sigma)),
                 {"M": M_.domain, "sigma": sigma_.domain}),
    ),
    claims=(
        Claim("mc.error_law.exponent",
              "W §2: the error of Monte Carlo \"scales as the inverse square root of the sample size\" "
              "(eq. (5)); S §2: Monte Carlo features $a \\sim 1/2$. The exponent is the slope of "
              "$-\\ln E$ against $\\ln M$ between $M = 1$ and $M = 10^6$",
              "W §2, eq. (5); S §2", "1/2",
              lambda: -mpmath.log(error_law.evaluate(dps=mpmath.mp.dps, M=10**6, sigma=1)
                                  / error_law.evaluate(dps=mpmath.mp.dps, M=1, sigma=1)) / mpmath.log(10**6)),
    ),
)


#: The grid rules measured against Monte Carlo, their order a and the dimensions measured.
_MEASURED_RULES = tuple((rule, RULE_ORDERS[rule], dims)  # the order is the rule's, stated with its code
                        for rule, dims in (("midpoint", tuple(range(1, 8))), ("simpson", tuple(range(5, 12)))))


def _crossover_measurement() -> tuple[bool, float | None, str]:
    """Measured crossover dimensions of the midpoint and Simpson rules against the closed form."""
    ok, worst, parts = True, 0.0, []
    for rule, order, dims in _MEASURED_RULES:
        measured, rows = crossover_dimension(rule, dims)
        expected = float(crossover.evaluate(dps=15, a=order))
        dev = abs(measured - expected) / expected
        ok, worst = ok and dev <= CROSSOVER_TOLERANCE, max(worst, dev)
        exps = ", ".join(f"d = {d}: grid {g.slope:.3f}, Monte Carlo {m.slope:.3f}" for d, g, m in rows)
        parts.append(f"{rule} (a = {order}): Monte Carlo overtakes at d = {measured:.2f}, closed form "
                     f"{expected:g} (measured exponents {exps})")
    detail = "; ".join(parts) + f" (tolerance ±{CROSSOVER_TOLERANCE:.0%} relative)"
    return ok, None if worst == 0 else round(-math.log10(worst), 1), detail


crossover = Derivation(
    id="mc.crossover",
    names=('a_grid',),
    title="Monte Carlo beats a grid above twice the order",
    source="W §2, eq. (6)",
    summary="A grid of order $a$ in $d$ dimensions has error exponent $a/d$ in the number of nodes; Monte Carlo "
            "has $1/2$. Monte Carlo's error falls faster exactly when $1/2 > a/d$, i.e. $d > 2a$.",
    symbols=(a_, d_),
    parameters=("a",),
    result_step="threshold",
    premises=(
        Premise("grid_exponent", sp.Eq(sp.Symbol("a_grid", positive=True), a / d),
                r"grid: $E \propto N^{-a/d}$ (eq. 1 with $h \propto N^{-1/d}$): its error exponent is $a/d$"),
        Premise("mc_wins", sp.Gt(sp.Rational(1, 2), a / d),
                "Monte Carlo wins when its exponent $1/2$ exceeds the grid's $a/d$"),
    ),
    steps=(
        Differentiate(d, expect=-a / d**2, note="the grid exponent falls as $d$ grows"),
        SolveInequality(d, on="mc_wins", expect=sp.Gt(d, 2 * a), name="threshold",
                        note="$a, d > 0$"),
    ),
    route=Measurement(
        "measured (numpy, fixed seeds): the error of the tensor-product midpoint rule (order 2) "
        "and Simpson rule (order 4) on $N = n^d$ nodes and of Monte Carlo with $N$ points, for "
        "$\\exp(x_1 + \\dots + x_d)$ over the unit cube in $d = 1, \\dots, 7$ (midpoint) and "
        "$d = 5, \\dots, 11$ (Simpson); in each $d$ both error exponents are fitted, and the "
        "dimension where Monte Carlo's overtakes the grid's (the root of the least-squares line through "
        "$1/k_{\\mathrm{grid}} - 1/k_{\\mathrm{MC}}$ over the measured dimensions, which must change sign) "
        f"must be within {CROSSOVER_TOLERANCE:.0%} (relative) of the closed form at "
        "$a = 2$ and $a = 4$. Other orders are not measured",
        lambda dps: _crossover_measurement(),
    ),
    properties=(
        Property("mc.crossover.sides", "just above $2a$ Monte Carlo's exponent is larger, just below smaller",
                 lambda a: (a / (crossover.evaluate(dps=PROPERTY_DPS, a=a) * mpmath.mpf("1.001")) < 0.5
                            < a / (crossover.evaluate(dps=PROPERTY_DPS, a=a) * mpmath.mpf("0.999"))),
                 {"a": a_.domain}),
    ),
    claims=(
        Claim("mc.crossover.a2", "for $a = 2$, Monte Carlo wins for $d > 4$, which matches common practice",
              "W §2", "4", lambda: crossover.evaluate(dps=mpmath.mp.dps, a=2)),
    ),
)

DERIVATIONS = (error_law, crossover)
