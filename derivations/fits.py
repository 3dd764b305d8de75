"""Published scaling-law fits: compute-optimal allocation, pedestal, effective exponents.

Catalogue section 12 (beyond W and S; they argue from these fits in W §3 and S §1–3). A two-term fit ``L(N, D) = E + A/N^α + B/D^β``
(Hoffmann et al. 2022, eq. 2) under the training budget ``C = 6ND`` has its loss smallest
at ``N_opt = G (C/6)^a``, ``D_opt = G^{−1} (C/6)^b`` with ``a = β/(α+β)``, ``b = α/(α+β)``,
``G = (αA/(βB))^{1/(α+β)}``; along that path the loss falls as ``E + K (C/6)^{−γ}``,
``γ = αβ/(α+β)``, whose effective exponent in ``C`` is S eq (5) again. The pedestal ratio
``p(N) = E/(E + A N^{−α})`` puts the fit on S eq (4), and the sizes where the effective
exponent ``pedestal.effective_exponent`` falls to 0.1 and 0.05 (S's A band) are solved for.
A one-term law ``L = (N_c/N)^α`` (Kaplan et al. 2020) has a constant exponent and no
pedestal. :mod:`verify.fits` applies these entries to fits read from TOML files.

Entries: ``fits.n_opt``, ``fits.d_opt``, ``fits.tokens_per_parameter``,
``fits.loss_at_optimum``, ``fits.compute_exponent``, ``fits.pedestal_ratio``,
``fits.crossing_size``, ``fits.halving_factor``, ``fits.one_term``.
"""

from __future__ import annotations

from typing import Any, Callable

import mpmath
import sympy as sp

from ._domains import DomainError, Positive, Real, UnitInterval
from ._model import Agreement, Derivation, Param, Premise, Property, to_mpf
from ._precision import PROPERTY_DPS, close
from ._rules import (AddBoth, Differentiate, DivideBoth, Limit, LogDerivative, MultiplyBoth, PowerBoth, Ref, Rewrite,
                     Simplify, SolveFor, Substitute)
from . import pedestal

__all__ = [
    "DERIVATIONS",
    "n_opt",
    "d_opt",
    "tokens_per_parameter",
    "loss_at_optimum",
    "compute_exponent",
    "pedestal_ratio",
    "crossing_size",
    "halving_factor",
    "one_term",
    "numeric_optimum",
    "numeric_min_loss",
    "numeric_log_slope",
    "numeric_crossing",
    "CHINCHILLA",
    "GOPHER_BUDGET",
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
    slope = lambda t: mpmath.diff(f, t)  # noqa: E731
    lo, hi = mpmath.mpf(-1), mpmath.mpf(1)
    while slope(lo) > 0:
        lo -= 2 * (hi - lo)
    while slope(hi) < 0:
        hi += 2 * (hi - lo)
    return mpmath.exp(mpmath.findroot(slope, (lo, hi), solver="anderson"))


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
    lo, hi = mpmath.mpf(0), mpmath.mpf(1)
    while g(lo) < 0:
        lo -= 2 * (hi - lo)
    while g(hi) > 0:
        hi += 2 * (hi - lo)
    return mpmath.exp(mpmath.findroot(g, (lo, hi), solver="anderson"))


def _numeric_d_opt(C, A, B, alpha, beta):
    """D minimizing the loss at budget C, by minimizing in ln D (N = C/(6D))."""
    f = lambda u: A * (C / (6 * mpmath.exp(u))) ** -alpha + B * mpmath.exp(-beta * u)  # noqa: E731
    slope = lambda u: mpmath.diff(f, u)  # noqa: E731
    lo, hi = mpmath.mpf(-1), mpmath.mpf(1)
    while slope(lo) > 0:
        lo -= 2 * (hi - lo)
    while slope(hi) < 0:
        hi += 2 * (hi - lo)
    return mpmath.exp(mpmath.findroot(slope, (lo, hi), solver="anderson"))


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


def _budget_spent(C, A, B, alpha, beta) -> bool:
    """6 N_opt D_opt = C: the optimum lies on the budget line."""
    p = dict(C=C, A=A, B=B, alpha=alpha, beta=beta)
    return close(6 * _val(n_opt, **p) * _val(d_opt, **p), C)


def _minimal(C, A, B, alpha, beta, r) -> bool:
    """L at (r N_opt, C/(6 r N_opt)) is never below L_opt (E = 1: it only shifts both)."""
    with mpmath.workdps(PROPERTY_DPS):
        n = r * _val(n_opt, C=C, A=A, B=B, alpha=alpha, beta=beta)
        law = 1 + A * n ** -alpha + B * (C / (6 * n)) ** -beta
        best = _val(loss_at_optimum, C=C, E=1, A=A, B=B, alpha=alpha, beta=beta)
        return best <= law or close(best, law)


def _compute_bounds(C, E, A, B, alpha, beta) -> bool:
    """0 < α_C < γ = αβ/(α+β)."""
    value = _val(compute_exponent, C=C, E=E, A=A, B=B, alpha=alpha, beta=beta)
    return 0 < value < alpha * beta / (alpha + beta) or close(value, alpha * beta / (alpha + beta))


def _reaches_level(E, A, alpha, f) -> bool:
    """pedestal.effective_exponent at the crossing size equals the level f α."""
    n = _val(crossing_size, E=E, A=A, alpha=alpha, level=f * alpha)
    return close(pedestal.effective_exponent.evaluate(dps=PROPERTY_DPS, N=n, E=E, A=A, alpha=alpha), f * alpha)


def _halving_above(N, A, alpha, s) -> bool:
    """Halving the total loss takes more growth than halving the reducible loss (2^{1/α})."""
    with mpmath.workdps(PROPERTY_DPS):
        E = s * A * mpmath.power(N, -alpha)
    return _val(halving_factor, N=N, E=E, A=A, alpha=alpha) > mpmath.power(2, 1 / alpha)
BESIROGLU_POINT = {"A": "482.01", "B": "2085.43", "alpha": "0.3478", "beta": "0.3658"}


#: Why the routes of the allocation entries are consistency checks (``kind="consistency"``).
_FITTED_LAW_ONLY = ("; consistency check: it minimizes the premised fitted law numerically, so it catches slips "
                    "in the steps, not a wrong premise; no measurement exists: the fitted law is the premise, "
                    "and measuring its consequence would mean training the models it was fitted to")

#: Route points of the allocation entries: two published fits at real budgets and two plain cases.
_BUDGET_POINTS = ({**CHIN_POINT, "C": GOPHER_BUDGET}, {**BESIROGLU_POINT, "C": "1e21"},
                  {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "C": 6},
                  {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"})


# -- fits.n_opt ------------------------------------------------------------------------------

n_opt = Derivation(
    id="fits.n_opt",
    names=('E', 'N_opt'),
    title="Compute-optimal model size of a two-term fit",
    source="Hoffmann et al. 2022, eq. (2) and §3.3 (approach 3); catalogue §12",
    summary=r"On the budget line $D = C/(6N)$ the loss $E + A/N^\alpha + B(6N/C)^\beta$ is stationary where "
            r"$\alpha A N^{-\alpha} = \beta B (6N/C)^\beta$, so $N_{\mathrm{opt}} = G "
            r"(C/6)^{\beta/(\alpha+\beta)}$ with $G = (\alpha A/(\beta B))^{1/(\alpha+\beta)}$.",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_),
    parameters=("C", "A", "B", "alpha", "beta"),
    result_step="n_opt",
    premises=(
        Premise("law", sp.Eq(L(N, D), E + A / N**alpha + B / D**beta),
                "the fitted loss law, Hoffmann et al. 2022 eq. (2): irreducible loss plus two power laws"),
        Premise("budget", sp.Eq(D, C / (6 * N)), "training costs $C = 6ND$ FLOPs, solved for $D$"),
        Premise("optimum", sp.Eq(sp.Derivative(ON_BUDGET, N), 0),
                r"the optimum is a stationary point on the budget line: $L \to \infty$ as $N \to 0$ and as $N "
                r"\to \infty$ there"),
    ),
    steps=(
        Substitute(mapping={D: Ref("budget")}, on="law",
                   expect=sp.Eq(ON_BUDGET, E + A / N**alpha + B * (6 * N / C)**beta),
                   note="the loss on the budget line"),
        Differentiate(N, expect=SLOPE, note="its slope in $N$"),
        Substitute(using="optimum", expect=sp.Eq(0, SLOPE), note="stationary at the optimum"),
        AddBoth(term=alpha * A * N**(-alpha - 1),
                expect=sp.Eq(alpha * A * N**(-alpha - 1), beta * B * (6 / C)**beta * N**(beta - 1))),
        MultiplyBoth(factor=N**(alpha + 1), expect=sp.Eq(alpha * A, beta * B * (6 / C)**beta * N**S)),
        DivideBoth(divisor=beta * B * (6 / C)**beta,
                   expect=sp.Eq(alpha * A * (C / 6)**beta / (beta * B), N**S),
                   note=r"$\beta B(6/C)^\beta > 0$"),
        PowerBoth(exponent=1 / S, expect=sp.Eq((alpha * A * (C / 6)**beta / (beta * B))**(1 / S), N),
                  note="both sides positive"),
        SolveFor(N, expect=sp.Eq(N_opt, N_OPT), name="n_opt",
                 note=r"names $N_{\mathrm{opt}}$; $G = (\alpha A/(\beta B))^{1/(\alpha+\beta)}$, $a = "
                      r"\beta/(\alpha+\beta)$"),
    ),
    properties=(
        Property("fits.n_opt.budget_spent", r"$6 N_{\mathrm{opt}} D_{\mathrm{opt}} = C$: the optimum spends the "
                                            "budget", _budget_spent,
                 {"C": BUDGET_RANGE, "A": COEF_RANGE, "B": COEF_RANGE, "alpha": EXP_RANGE, "beta": EXP_RANGE}),
    ),
    route=Agreement(r"minimize the loss numerically along the budget (findroot on mpmath.diff in $\ln N$)"
                    + _FITTED_LAW_ONLY,
                    lambda C, A, B, alpha, beta: numeric_optimum(C, A, B, alpha, beta),
                    points=_BUDGET_POINTS,
                    kind="consistency"),
)


# -- fits.d_opt ------------------------------------------------------------------------------

d_opt = Derivation(
    id="fits.d_opt",
    names=('D_opt',),
    title="Compute-optimal number of training tokens of a two-term fit",
    source="Hoffmann et al. 2022, eq. (4); catalogue §12",
    summary=r"The budget $D = C/(6N)$ at $N = N_{\mathrm{opt}}$ gives $D_{\mathrm{opt}} = G^{-1} "
            r"(C/6)^{\alpha/(\alpha+\beta)}$: the exponents $a = \beta/(\alpha+\beta)$ and $b = "
            r"\alpha/(\alpha+\beta)$ add up to 1.",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_),
    parameters=("C", "A", "B", "alpha", "beta"),
    result_step="d_opt",
    premises=(
        Premise("n_opt", sp.Eq(N, n_opt.closed_form.rhs), "the compute-optimal size, derived in fits.n_opt"),
        Premise("budget", sp.Eq(D, C / (6 * N)), "training costs $C = 6ND$ FLOPs, solved for $D$"),
    ),
    steps=(
        Substitute(mapping={N: Ref("n_opt")}, on="budget", expect=sp.Eq(D, C / (6 * N_OPT)),
                   note=r"the tokens the budget leaves at $N = N_{\mathrm{opt}}$"),
        Rewrite(expect=sp.Eq(D, G**-1 * (C / 6) ** (1 - a_exp)), note="$C/6 = (C/6)^a (C/6)^{1-a}$"),
        Rewrite(expect=sp.Eq(D_opt, D_OPT), name="d_opt", note=r"$1 - \beta/(\alpha+\beta) = "
                                                               r"\alpha/(\alpha+\beta)$; names "
                                                               r"$D_{\mathrm{opt}}$"),
    ),
    route=Agreement(r"minimize the loss numerically along the budget in $\ln D$ (findroot on mpmath.diff)"
                    + _FITTED_LAW_ONLY,
                    _numeric_d_opt,
                    points=_BUDGET_POINTS,
                    kind="consistency"),
)


# -- fits.tokens_per_parameter -----------------------------------------------------------------

tokens_per_parameter = Derivation(
    id="fits.tokens_per_parameter",
    names=('D_opt', 'N_opt', 'R_opt'),
    title="Tokens per parameter at the compute optimum",
    source="Hoffmann et al. 2022, §3; catalogue §12",
    summary=r"$D_{\mathrm{opt}}/N_{\mathrm{opt}} = G^{-2} (C/6)^{(\alpha-\beta)/(\alpha+\beta)}$: constant in "
            r"$C$ only when $\alpha = \beta$.",
    symbols=(alpha_, beta_, A_, B_, C_),
    parameters=("C", "A", "B", "alpha", "beta"),
    result_step="ratio",
    premises=(
        Premise("n_opt", n_opt.closed_form, "derived in fits.n_opt"),
        Premise("d_opt", d_opt.closed_form, "derived in fits.d_opt"),
        Premise("definition", sp.Eq(R_opt, D_opt / N_opt), "tokens per parameter at the optimum"),
    ),
    steps=(
        Substitute(mapping={D_opt: Ref("d_opt"), N_opt: Ref("n_opt")}, on="definition",
                   expect=sp.Eq(R_opt, D_OPT / N_OPT)),
        Rewrite(expect=sp.Eq(R_opt, G**-2 * (C / 6) ** ((alpha - beta) / S)), name="ratio",
                note=r"$b - a = (\alpha - \beta)/(\alpha + \beta)$"),
    ),
    route=Agreement("$C/(6N)/N$ at the $N$ minimizing the loss numerically along the budget"
                    + _FITTED_LAW_ONLY,
                    _numeric_ratio,
                    points=({**CHIN_POINT, "C": GOPHER_BUDGET}, {**BESIROGLU_POINT, "C": "1e21"},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"}),
                    kind="consistency"),
)


# -- fits.loss_at_optimum ------------------------------------------------------------------------

_AMP_A = A * G**-alpha          # A N_opt^{−α} = A G^{−α} (C/6)^{−γ}
_AMP_B = B * G**beta            # B D_opt^{−β} = B G^{β} (C/6)^{−γ}

loss_at_optimum = Derivation(
    id="fits.loss_at_optimum",
    title="Loss at the compute optimum of a two-term fit",
    source="Hoffmann et al. 2022, eq. (2) at (N_opt, D_opt); catalogue §12",
    summary=r"Both power-law terms fall as $(C/6)^{-\gamma}$, $\gamma = \alpha \beta/(\alpha+\beta)$, and at "
            r"the optimum the data term is $\alpha/\beta$ times the parameter term, so $L_{\mathrm{opt}} = E + "
            r"K (C/6)^{-\gamma}$, $K = ((\alpha+\beta)/\alpha) B G^\beta$.",
    symbols=(alpha_, beta_, A_, B_, C_, E_, N_, D_),
    parameters=("C", "E", "A", "B", "alpha", "beta"),
    result_step="l_opt",
    premises=(
        Premise("law", sp.Eq(L(N, D), E + A / N**alpha + B / D**beta), "the fitted loss law"),
        Premise("n_opt", sp.Eq(N, n_opt.closed_form.rhs), r"$N = N_{\mathrm{opt}}$, derived in fits.n_opt"),
        Premise("d_opt", sp.Eq(D, d_opt.closed_form.rhs), r"$D = D_{\mathrm{opt}}$, derived in fits.d_opt"),
    ),
    steps=(
        Substitute(mapping={N: Ref("n_opt"), D: Ref("d_opt")}, on="law",
                   expect=E + A / N_OPT**alpha + B / D_OPT**beta, note=r"the law at $(N_{\mathrm{opt}}, "
                                                                       r"D_{\mathrm{opt}})$"),
        Rewrite(expect=E + (_AMP_A + _AMP_B) * (C / 6) ** -gamma,
                note=r"$(C/6)^{-\alpha \beta/(\alpha+\beta)}$ from both terms"),
        Rewrite(expect=sp.Eq(L_opt_name, L_OPT), name="l_opt",
                note=r"$A G^{-\alpha} = (\beta/\alpha) B G^{\beta}$ since $G^{\alpha+\beta} = \alpha A/(\beta "
                     r"B)$; names $L_{\mathrm{opt}}(C)$"),
    ),
    properties=(
        Property("fits.loss_at_optimum.minimal", "no other split of the budget gives a smaller loss", _minimal,
                 {"C": BUDGET_RANGE, "A": COEF_RANGE, "B": COEF_RANGE, "alpha": EXP_RANGE, "beta": EXP_RANGE,
                  "r": Real("0.001", 1000)}),
    ),
    route=Agreement("the law at the $N$ that minimizes it numerically along the budget"
                    + _FITTED_LAW_ONLY,
                    numeric_min_loss,
                    points=({**CHINCHILLA, "C": GOPHER_BUDGET}, {**BESIROGLU_POINT, "E": "1.8172", "C": "1e21"},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "E": "0.2", "C": "1e10"}),
                    kind="consistency"),
)


# -- fits.compute_exponent ------------------------------------------------------------------------

compute_exponent = Derivation(
    id="fits.compute_exponent",
    title="Effective exponent in compute along the compute-optimal path",
    source="beyond the papers: S eq. (5) for L_opt(C); catalogue §12",
    summary=r"$\alpha_C(C) = -d \ln L_{\mathrm{opt}}/d \ln C = \gamma K (C/6)^{-\gamma}/(E + K "
            r"(C/6)^{-\gamma})$: S eq (5) with the exponent $\gamma = \alpha \beta/(\alpha+\beta)$ in $C/6$; it "
            r"falls from $\gamma$ to 0 as the pedestal $E$ takes over.",
    symbols=(alpha_, beta_, A_, B_, C_, E_),
    parameters=("C", "E", "A", "B", "alpha", "beta"),
    result_step="alpha_C",
    premises=(
        Premise("l_opt", loss_at_optimum.closed_form, "derived in fits.loss_at_optimum"),
        Premise("definition", sp.Eq(alpha_C_name, -C * sp.Derivative(L_opt_name, C) / L_opt_name),
                "the effective exponent in compute: minus the log-slope of the optimal loss"),
    ),
    steps=(
        LogDerivative(C, on="l_opt", expect=-ALPHA_C, name="log_slope", note=r"$d \ln L_{\mathrm{opt}} / d \ln C$"),
        Substitute(using="log_slope", on="definition", expect=ALPHA_C, name="alpha_C"),
        Limit(E, 0, "+", on="alpha_C", expect=gamma,
              note=r"without a pedestal the exponent would be $\gamma = \alpha \beta/(\alpha+\beta)$ at every $C$"),
    ),
    properties=(
        Property("fits.compute_exponent.bounds", r"$0 < \alpha_C(C) < \gamma = \alpha \beta/(\alpha+\beta)$", _compute_bounds,
                 {"C": BUDGET_RANGE, "E": COEF_RANGE, "A": COEF_RANGE, "B": COEF_RANGE, "alpha": EXP_RANGE,
                  "beta": EXP_RANGE}),
    ),
    route=Agreement(r"nested numeric derivative: mpmath.diff of ln of the numerically minimized loss in $\ln C$"
                    "; consistency check: it minimizes and differentiates the premised fitted law numerically, so "
                    "it catches slips in the steps, not a wrong premise; no measurement exists: the fitted law is "
                    "the premise, and measuring its consequence would mean training the models it was fitted to",
                    _numeric_compute_exponent,
                    points=({**CHINCHILLA, "C": GOPHER_BUDGET}, {**CHINCHILLA, "C": "1e30"},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "E": "0.2", "C": "1e10"}),
                    kind="consistency"),
)


# -- fits.pedestal_ratio --------------------------------------------------------------------------

L_N = L(N)
pedestal_ratio = Derivation(
    id="fits.pedestal_ratio",
    title="Pedestal ratio of a fit at size $N$ (S eq. (4))",
    source="S §3, eqs (4)–(5) applied to L(N) = E + A N^{−α}; catalogue §12",
    summary="Taking the loss at size $N$ as S's reference $L_1$ and the irreducible loss $E$ as the pedestal "
            r"$L_0$, $p(N) = E/(E + A N^{-\alpha})$; S eq (5) at $x = 1$, $(1 - p)\alpha$, is then the "
            r"effective exponent $\alpha A N^{-\alpha}/(E + A N^{-\alpha})$ of pedestal.effective_exponent.",
    symbols=(alpha_, A_, E_, N_),
    parameters=("N", "E", "A", "alpha"),
    result_step="ratio",
    premises=(
        Premise("fit", sp.Eq(L_N, E + A * N**-alpha),
                r"the $N$-term of a fit ($D \to \infty$ for a two-term fit): irreducible loss $E$ plus a power law"),
        Premise("definition", sp.Eq(p_N, E / L_N),
                "S: $p = L_0/L_1$, with the pedestal $L_0 = E$ and the reference loss $L_1 = L(N)$"),
        Premise("running_at_one", sp.Eq(alpha_eff_name, (1 - p_N) * alpha),
                "S eq (5) at $x = 1$ (the reference size), derived in pedestal.running_exponent"),
    ),
    steps=(
        Substitute(using="fit", on="definition", expect=E / (E + A * N**-alpha), name="ratio"),
        Substitute(using="ratio", on="running_at_one", expect=(1 - E / (E + A * N**-alpha)) * alpha),
        Simplify(expect=ALPHA_EFF, note="the effective exponent of pedestal.effective_exponent"),
        Limit(N, sp.oo, on="ratio", expect=sp.Integer(1), note="the pedestal takes over at large $N$"),
        Limit(N, 0, "+", on="ratio", expect=sp.Integer(0), note="and is negligible at small $N$"),
    ),
    route=Agreement(r"$1 - \alpha_{\mathrm{eff}}/\alpha$, with $\alpha_{\mathrm{eff}}$ the numeric log-slope "
                    r"(mpmath.diff) of $E + A N^{-\alpha}$"
                    "; consistency check: it differentiates the premised fitted law numerically, so it catches "
                    "slips in the steps, not a wrong premise; no measurement exists: the fitted law is the premise,"
                    " and measuring its consequence would mean training the models it was fitted to",
                    _numeric_ratio_p,
                    points=({"N": "1e9", "E": "1.69", "A": "406.4", "alpha": "0.34"},
                            {"N": "1e12", "E": "1.8172", "A": "482.01", "alpha": "0.3478"},
                            {"N": 1, "E": "0.5", "A": 3, "alpha": "0.076"}),
                    kind="consistency"),
)


# -- fits.crossing_size ---------------------------------------------------------------------------

f_ = Param("f", UnitInterval(),
           doc=r"the level as a fraction of the exponent, $f = a_*/\alpha$, $0 < f < 1$")
f = f_.symbol

crossing_size = Derivation(
    id="fits.crossing_size",
    title="Size at which the effective exponent falls to a given level",
    source="beyond the papers: S's A band 0.05 < α < 0.1 on a fit E + A N^{−α}; catalogue §12",
    summary=r"$\alpha_{\mathrm{eff}}(N) = \alpha A N^{-\alpha}/(E + A N^{-\alpha}) = a_* = f \alpha$ gives $(1 "
            r"- f) A N^{-\alpha} = f E$, so $N = (A(\alpha - a_*)/(a_* E))^{1/\alpha}$ for $0 < a_* < \alpha$.",
    symbols=(alpha_, A_, E_, N_, level_, f_),
    parameters=("E", "A", "alpha", "level"),
    result_step="crossing",
    constraint=_level_below_alpha,
    premises=(
        Premise("alpha_eff", pedestal.effective_exponent.closed_form, "derived in pedestal.effective_exponent"),
        Premise("edge", sp.Eq(alpha_eff_name, level), r"the size sought: $\alpha_{\mathrm{eff}}$ reaches the "
                                                      r"level $a_* < \alpha$"),
        Premise("fraction", sp.Eq(f, level / alpha),
                r"write the level as the fraction $f = a_*/\alpha$ of the exponent: $0 < f < 1$, since $0 < "
                r"\alpha_{\mathrm{eff}} < \alpha$"),
    ),
    steps=(
        SolveFor(level, on="fraction", expect=sp.Eq(level, f * alpha), name="level_f"),
        Substitute(using="alpha_eff", on="edge", expect=sp.Eq(ALPHA_EFF, level)),
        Substitute({level: Ref("level_f")}, expect=sp.Eq(ALPHA_EFF, f * alpha)),
        MultiplyBoth(factor=E + A * N**-alpha,
                     expect=sp.Eq(alpha * A * N**-alpha, f * alpha * (E + A * N**-alpha))),
        AddBoth(term=-f * alpha * A * N**-alpha,
                expect=sp.Eq((1 - f) * alpha * A * N**-alpha, f * alpha * E)),
        SolveFor(N, expect=sp.Eq(N, ((1 - f) * A / (f * E)) ** (1 / alpha))),
        Substitute({f: Ref("fraction")}, expect=sp.Eq(N, ((1 - level / alpha) * A / (level / alpha * E)) ** (1 / alpha))),
        Rewrite(expect=sp.Eq(N, CROSSING), name="crossing", note=r"positive for $0 < a_* < \alpha$"),
    ),
    properties=(
        Property("fits.crossing_size.reaches_level", r"$\alpha_{\mathrm{eff}}$ at the crossing size of the "
                                                     r"level $f \alpha$ is $f \alpha$",
                 _reaches_level, {"E": COEF_RANGE, "A": COEF_RANGE, "alpha": EXP_RANGE, "f": Real("0.01", "0.99")}),
    ),
    route=Agreement(r"findroot (Anderson) in $\ln N$ on the numeric log-slope (mpmath.diff) of $\ln(E + A "
                    r"N^{-\alpha})$"
                    "; consistency check: it differentiates and re-solves the premised fitted law numerically, so "
                    "it catches slips in the steps, not a wrong premise; no measurement exists: the fitted law is "
                    "the premise, and measuring its consequence would mean training the models it was fitted to",
                    numeric_crossing,
                    points=({"E": "1.69", "A": "406.4", "alpha": "0.34", "level": "0.1"},
                            {"E": "1.69", "A": "406.4", "alpha": "0.34", "level": "0.05"},
                            {"E": "1.8172", "A": "2085.43", "alpha": "0.3658", "level": "0.05"},
                            {"E": "0.5", "A": 3, "alpha": "1.5", "level": "1"}),
                    kind="consistency"),
)


# -- fits.halving_factor --------------------------------------------------------------------------

def _halving_possible(values: dict[str, Any]) -> None:
    n, e, a, al = (values[x] for x in ("N", "E", "A", "alpha"))
    with mpmath.workdps(60):
        if not to_mpf(a) * mpmath.power(to_mpf(n), -to_mpf(al)) > to_mpf(e):
            raise DomainError("N", n, "a size at which the reducible loss A N^{−α} exceeds E",
                              "beyond it the loss never halves: it cannot fall below the pedestal E")


s_ = Param("s", UnitInterval(),
           doc=r"the pedestal over the reducible loss at $N$, $s = E/(A N^{-\alpha})$; the loss halves only if "
               "$s < 1$")
s_sym = s_.symbol

halving_factor = Derivation(
    id="fits.halving_factor",
    title="Growth in size that halves the total loss, against the reducible loss",
    source="beyond the papers: W §3.2's F^{1/α} with a pedestal; catalogue §12",
    summary=r"Halving the reducible part $A N^{-\alpha}$ takes $k = 2^{1/\alpha}$ at any size; halving the "
            r"total $E + A N^{-\alpha}$ takes $k = (2A N^{-\alpha}/(A N^{-\alpha} - E))^{1/\alpha}$, which "
            r"exists only while $A N^{-\alpha} > E$ ($p(N) < 1/2$) and grows without bound as the pedestal is "
            "approached.",
    symbols=(alpha_, A_, E_, N_, k_, s_),
    parameters=("N", "E", "A", "alpha"),
    result_step="total",
    constraint=_halving_possible,
    premises=(
        Premise("fit", sp.Eq(L(N), E + A * N**-alpha), "the $N$-term of a fit"),
        Premise("halve_total", sp.Eq(L(k * N), L(N) / 2), "$k N$ halves the total loss"),
        Premise("halve_reducible", sp.Eq(A * (k * N)**-alpha, A * N**-alpha / 2), "$k N$ halves the reducible loss"),
        Premise("share", sp.Eq(s_sym, E * N**alpha / A),
                r"$s = E/(A N^{-\alpha})$, the pedestal over the reducible loss at $N$: $0 < s < 1$, else the "
                "total loss cannot halve (it would fall below $E$)"),
    ),
    steps=(
        SolveFor(k, on="halve_reducible", expect=sp.Eq(k, 2 ** (1 / alpha)), name="reducible",
                 note=r"$k = 2^{1/\alpha}$, as llm.resource_factor with $F = 2$"),
        SolveFor(E, on="share", expect=sp.Eq(E, s_sym * A * N**-alpha), name="E_share"),
        Substitute({N: k * N}, on="fit", expect=sp.Eq(L(k * N), E + A * (k * N)**-alpha), name="fit_k"),
        Substitute({L(k * N): Ref("fit_k"), L(N): Ref("fit")}, on="halve_total",
                   expect=sp.Eq(E + A * (k * N)**-alpha, (E + A * N**-alpha) / 2)),
        Substitute({E: Ref("E_share")},
                   expect=sp.Eq(s_sym * A * N**-alpha + A * (k * N)**-alpha, (s_sym * A * N**-alpha + A * N**-alpha) / 2)),
        AddBoth(term=-s_sym * A * N**-alpha, expect=sp.Eq(A * (k * N)**-alpha, (1 - s_sym) * A * N**-alpha / 2)),
        SolveFor(k, expect=sp.Eq(k, (2 / (1 - s_sym)) ** (1 / alpha))),
        Substitute({s_sym: Ref("share")}, expect=sp.Eq(k, (2 / (1 - E * N**alpha / A)) ** (1 / alpha))),
        Rewrite(expect=sp.Eq(k, (2 * A * N**-alpha / (A * N**-alpha - E)) ** (1 / alpha)), name="total",
                note=r"real and $> 2^{1/\alpha}$ only while $A N^{-\alpha} > E$"),
    ),
    properties=(
        Property("fits.halving_factor.above_reducible", r"halving the total loss takes more than $2^{1/\alpha}$",
                 _halving_above, {"N": Real(1, "1e12"), "A": COEF_RANGE, "alpha": EXP_RANGE,
                                  "s": Real("0.001", "0.999")}),
    ),
    route=Agreement(r"findroot (Anderson) in $\ln k$ on the law: $E + A (kN)^{-\alpha} = (E + A N^{-\alpha})/2$"
                    "; consistency check: it re-solves the premised fitted law numerically, so it catches slips in "
                    "the steps, not a wrong premise; no measurement exists: the fitted law is the premise, and "
                    "measuring its consequence would mean training the models it was fitted to",
                    _numeric_halving,
                    points=({"N": "1e4", "E": "1.69", "A": "406.4", "alpha": "0.34"},
                            {"N": "1e6", "E": "1.8172", "A": "482.01", "alpha": "0.3478"},
                            {"N": 1, "E": "0.5", "A": 3, "alpha": "0.076"}),
                    kind="consistency"),
)


# -- fits.one_term ----------------------------------------------------------------------------------

one_term = Derivation(
    id="fits.one_term",
    title=r"A one-term law $L = (N_c/N)^\alpha$: its loss, constant exponent, halving factor",
    source="Kaplan et al. 2020, eqs (1.1)–(1.2); catalogue §12",
    summary=r"$L = (N_c/N)^\alpha$ has the effective exponent $\alpha$ at every size (no pedestal: $p = 0$, no "
            r"crossing of a level below $\alpha$) and halves with $k = 2^{1/\alpha}$; no compute-optimal "
            "allocation follows from a law in one variable.",
    symbols=(alpha_, Nc_, N_, k_),
    parameters=("N", "N_c", "alpha"),
    result_step="loss",
    premises=(
        Premise("law", sp.Eq(L(N), (N_c / N) ** alpha), "Kaplan et al. 2020: a one-term power law"),
        Premise("halve", sp.Eq(L(k * N), L(N) / 2), "$k N$ halves the loss"),
    ),
    steps=(
        LogDerivative(N, on="law", expect=-alpha, note=r"the exponent is $\alpha$ at every size: no pedestal"),
        Substitute({N: k * N}, on="law", expect=sp.Eq(L(k * N), (N_c / (k * N)) ** alpha), name="law_k"),
        Substitute({L(k * N): Ref("law_k"), L(N): Ref("law")}, on="halve",
                   expect=sp.Eq((N_c / (k * N)) ** alpha, (N_c / N) ** alpha / 2)),
        SolveFor(k, expect=sp.Eq(k, 2 ** (1 / alpha)), note=r"$k = 2^{1/\alpha}$"),
        Rewrite(on="law", expect=sp.Eq(L(N), N_c**alpha * N**-alpha), name="loss", note="the loss itself"),
    ),
    route=Agreement(r"$\exp(\alpha (\ln N_c - \ln N))$: the law through logarithms"
                    "; consistency check: it evaluates the premised fitted law numerically, so it catches slips in "
                    "the steps, not a wrong premise; no measurement exists: the fitted law is the premise, and "
                    "measuring its consequence would mean training the models it was fitted to",
                    lambda N, N_c, alpha: mpmath.exp(alpha * (mpmath.log(N_c) - mpmath.log(N))),
                    points=({"N": "1e9", "N_c": "8.8e13", "alpha": "0.076"},
                            {"N": "1e10", "N_c": "5.4e13", "alpha": "0.095"}),
                    kind="consistency"),
)


DERIVATIONS = (n_opt, d_opt, tokens_per_parameter, loss_at_optimum, compute_exponent, pedestal_ratio,
               crossing_size, halving_factor, one_term)
