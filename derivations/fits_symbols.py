"""The symbols of catalogue section 12 (published scaling-law fits), the forms the author writes, the independent numeric routes and the ranges and points the properties and routes sample.

The two-term fit ``L(N, D) = E + A/N^α + B/D^β`` (Hoffmann et al. 2022, eq. 2) under the
budget ``C = 6ND``; every numeric route minimizes, differentiates or solves numerically and
never evaluates a closed form.
"""

from __future__ import annotations

from typing import Any, Callable

import mpmath
import sympy as sp

from ._domains import DomainError, Positive, Real
from ._model import Derivation, Param
from ._precision import PROPERTY_DPS

__all__ = [
    "A",
    "ALPHA_C",
    "ALPHA_EFF",
    "A_",
    "B",
    "BESIROGLU_POINT",
    "BUDGET_RANGE",
    "B_",
    "C",
    "CHINCHILLA",
    "CHIN_POINT",
    "COEF_RANGE",
    "CROSSING",
    "C_",
    "D",
    "D_",
    "D_OPT",
    "D_opt",
    "E",
    "EXP_RANGE",
    "E_",
    "G",
    "GOPHER_BUDGET",
    "K",
    "L",
    "L_OPT",
    "L_opt_name",
    "N",
    "N_",
    "N_OPT",
    "N_c",
    "N_opt",
    "Nc_",
    "ON_BUDGET",
    "R_opt",
    "S",
    "SLOPE",
    "a_exp",
    "alpha",
    "alpha_",
    "alpha_C_name",
    "alpha_eff_name",
    "b_exp",
    "beta",
    "beta_",
    "gamma",
    "k",
    "k_",
    "level",
    "level_",
    "numeric_crossing",
    "numeric_log_slope",
    "numeric_min_loss",
    "numeric_optimum",
    "p_N",
]


# -- symbols -------------------------------------------------------------------------------
alpha_ = Param("alpha", Positive(sample=("1/50", 2)), latex=r"\alpha", doc="exponent of the parameter term")
beta_ = Param("beta", Positive(sample=("1/50", 2)), latex=r"\beta", doc="exponent of the data term")
A_ = Param("A", Positive(sample=(1, 10**4), log=True), doc="coefficient of the parameter term")
B_ = Param("B", Positive(sample=(1, 10**4), log=True), doc="coefficient of the data term")
E_ = Param("E", Positive(sample=("1/10", 10), log=True), doc="irreducible loss (the pedestal)")
C_ = Param("C", Positive(sample=(1, 10**30), log=True), doc="training compute in FLOPs")
N_ = Param("N", Positive(sample=(1, 10**14), log=True), doc="number of parameters")
D_ = Param("D", Positive(sample=(1, 10**14), log=True), doc="number of training tokens")
level_ = Param("level", Positive(sample=("1/1000", "1/50")), latex=r"a_*",
               doc=r"a value of the effective exponent (0.1, 0.05: S's A band), below $\alpha$")
k_ = Param("k", Positive(sample=("1/100", 10**6), log=True), doc=r"growth factor of the size, $N \to kN$")
Nc_ = Param("N_c", Positive(sample=(1, 10**14), log=True), latex="N_c", doc="scale of a one-term law")

alpha, beta, A, B, E, C, N, D = (p.symbol for p in (alpha_, beta_, A_, B_, E_, C_, N_, D_))
level, k, N_c = level_.symbol, k_.symbol, Nc_.symbol

L = sp.Function("L")                          # the fitted loss, a name
L_opt_name = sp.Function("L_opt")(C)          # the loss along the compute-optimal path
alpha_C_name = sp.Function("alpha_C")(C)      # its effective exponent in C
alpha_eff_name = sp.Function("alpha_eff")(N)  # the effective exponent in N (pedestal.effective_exponent)
N_opt, D_opt, R_opt = sp.symbols("N_opt D_opt R_opt", positive=True)
p_N = sp.Function("p")(N)                     # the pedestal ratio at size N

#: Chinchilla's fit as printed, Hoffmann et al. 2022, eq. (10).
CHINCHILLA = {"E": "1.69", "A": "406.4", "B": "410.7", "alpha": "0.34", "beta": "0.28"}
#: Gopher's training budget in FLOPs (Hoffmann et al. 2022, Table 3).
GOPHER_BUDGET = "5.76e23"

# -- the forms the author writes (each checked against what SymPy derives) -----------------
S = alpha + beta
G = (alpha * A / (beta * B)) ** (1 / S)
a_exp = beta / S
b_exp = alpha / S
gamma = alpha * beta / S
N_OPT = G * (C / 6) ** a_exp
D_OPT = G**-1 * (C / 6) ** b_exp
ON_BUDGET = L(N, C / (6 * N))
SLOPE = -alpha * A * N**(-alpha - 1) + beta * B * (6 / C)**beta * N**(beta - 1)
K = S / alpha * B * G**beta                  # amplitude of the optimal-path loss
L_OPT = E + K * (C / 6) ** -gamma
ALPHA_C = gamma * K * (C / 6) ** -gamma / (E + K * (C / 6) ** -gamma)
ALPHA_EFF = alpha * A * N**-alpha / (E + A * N**-alpha)
CROSSING = (A * (alpha - level) / (level * E)) ** (1 / alpha)


def _level_below_alpha(values: dict[str, Any]) -> None:
    if not values["level"] < values["alpha"]:
        raise DomainError("level", values["level"], f"a value below alpha={values['alpha']}",
                          "the effective exponent lies between 0 and α, so it reaches only levels below α")


# -- independent numeric routes (none evaluates a closed form) -----------------------------

def _exp_root(g: Callable[[Any], Any], lo: Any, hi: Any, *, rising: bool) -> mpmath.mpf:
    """``exp(t)`` at the root ``t`` of ``g``, which rises (or falls) through it: the bracket
    ``[lo, hi]`` is widened outwards until ``g`` changes sign across it, then Anderson's method."""
    lo, hi = mpmath.mpf(lo), mpmath.mpf(hi)
    while (g(lo) > 0) if rising else (g(lo) < 0):
        lo -= 2 * (hi - lo)
    while (g(hi) < 0) if rising else (g(hi) > 0):
        hi += 2 * (hi - lo)
    return mpmath.exp(mpmath.findroot(g, (lo, hi), solver="anderson"))


def _budget_loss(E, A, B, alpha, beta, C) -> Callable[[Any], Any]:
    """The loss along the budget as a function of t = ln N (the law itself, D = C/(6N))."""
    return lambda t: E + A * mpmath.exp(-alpha * t) + B * (6 * mpmath.exp(t) / C) ** beta


def numeric_optimum(C, A, B, alpha, beta, E=1) -> mpmath.mpf:
    """The N minimizing the loss at budget ``C``: root of a numeric derivative in ln N (findroot).

    >>> import mpmath
    >>> with mpmath.workdps(20):
    ...     n = numeric_optimum(6, 1, 1, mpmath.mpf(1)/2, mpmath.mpf(1)/2)
    >>> mpmath.nstr(n, 10)
    '1.0'
    """
    f = _budget_loss(E, A, B, alpha, beta, C)
    return _exp_root(lambda t: mpmath.diff(f, t), -1, 1, rising=True)


def numeric_min_loss(C, E, A, B, alpha, beta) -> mpmath.mpf:
    """The smallest loss along the budget ``C``: the law at the numeric minimizer."""
    with mpmath.workdps(mpmath.mp.dps + 10):
        t = mpmath.log(numeric_optimum(C, A, B, alpha, beta, E))
        out = _budget_loss(E, A, B, alpha, beta, C)(t)
    return +out


def numeric_log_slope(f: Callable[[Any], Any], x: Any) -> mpmath.mpf:
    """−d ln f / d ln x by mpmath numeric differentiation in ln x."""
    return -mpmath.diff(lambda s: mpmath.log(f(mpmath.exp(s))), mpmath.log(x))


def numeric_crossing(E, A, alpha, level) -> mpmath.mpf:
    """The N at which −d ln(E + A N^{−α})/d ln N equals ``level``: findroot on a numeric derivative."""
    g = lambda s: numeric_log_slope(lambda n: E + A * n ** -alpha, mpmath.exp(s)) - level  # noqa: E731
    return _exp_root(g, 0, 1, rising=False)


def _numeric_d_opt(C, A, B, alpha, beta):
    """D minimizing the loss at budget C, by minimizing in ln D (N = C/(6D))."""
    f = lambda u: A * (C / (6 * mpmath.exp(u))) ** -alpha + B * mpmath.exp(-beta * u)  # noqa: E731
    return _exp_root(lambda u: mpmath.diff(f, u), -1, 1, rising=True)


def _numeric_ratio(C, A, B, alpha, beta):
    n = numeric_optimum(C, A, B, alpha, beta)
    return C / (6 * n) / n


def _numeric_compute_exponent(C, E, A, B, alpha, beta):
    """−d ln L_min / d ln C with L_min the numerically minimized loss (nested numeric derivative)."""
    return numeric_log_slope(lambda c: numeric_min_loss(c, E, A, B, alpha, beta), C)


def _numeric_ratio_p(N, E, A, alpha):
    """1 − α_eff/α with α_eff the numeric log-slope of E + A N^{−α} (S eq 5 at x = 1 read backwards)."""
    return 1 - numeric_log_slope(lambda n: E + A * n ** -alpha, N) / alpha


def _numeric_halving(N, E, A, alpha):
    """k with L(kN) = L(N)/2, by findroot in ln k on the law itself."""
    law = lambda n: E + A * n ** -alpha  # noqa: E731
    target = law(N) / 2
    g = lambda u: law(N * mpmath.exp(u)) - target  # noqa: E731
    lo, hi = mpmath.mpf(0), mpmath.mpf(1)
    while g(hi) > 0:
        hi *= 2
    return mpmath.exp(mpmath.findroot(g, (lo, hi), solver="anderson"))


CHIN_POINT = {k_: v for k_, v in CHINCHILLA.items() if k_ != "E"}

# -- properties (hypothesis, over published-fit-like ranges) --------------------------------
EXP_RANGE = Real("0.02", 2)
COEF_RANGE = Real("0.1", "1e5")
BUDGET_RANGE = Real(1, "1e30")


def _val(entry: Derivation, **params: Any) -> mpmath.mpf:
    return entry.evaluate(dps=PROPERTY_DPS, **params)


BESIROGLU_POINT = {"A": "482.01", "B": "2085.43", "alpha": "0.3478", "beta": "0.3658"}


#: Why the routes of the allocation entries are consistency checks (``kind="consistency"``).
_FITTED_LAW_ONLY = ("; consistency check: it minimizes the premised fitted law numerically, so it catches slips "
                    "in the steps, not a wrong premise; no measurement exists: the fitted law is the premise, "
                    "and measuring its consequence would mean training the models it was fitted to")

#: Route points of the allocation entries: two published fits at real budgets and two plain cases.
_BUDGET_POINTS = ({**CHIN_POINT, "C": GOPHER_BUDGET}, {**BESIROGLU_POINT, "C": "1e21"},
                  {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "C": 6},
                  {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"})
