"""Compute-optimal allocation of a two-term fit (Hoffmann et al. 2022, eq. 2, under ``C = 6ND``): ``fits.n_opt``, ``fits.d_opt``, ``fits.tokens_per_parameter``, ``fits.loss_at_optimum``, ``fits.compute_exponent``.

``N_opt = G (C/6)^a``, ``D_opt = G^{−1} (C/6)^b`` with ``a = β/(α+β)``, ``b = α/(α+β)``; along
that path the loss falls as ``E + K (C/6)^{−γ}``, ``γ = αβ/(α+β)``, whose effective exponent
in ``C`` is S eq (5) again.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ._domains import Real
from ._model import Agreement, Derivation, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import (AddBoth, Differentiate, DivideBoth, Limit, LogDerivative, MultiplyBoth, PowerBoth, Ref, Rewrite,
                     SolveFor, Substitute)
from .fits_symbols import (_BUDGET_POINTS, _FITTED_LAW_ONLY, _numeric_compute_exponent, _numeric_d_opt,
                           _numeric_ratio, _val, A, A_, a_exp, alpha, alpha_, ALPHA_C, alpha_C_name, B, B_,
                           BESIROGLU_POINT, beta, beta_, BUDGET_RANGE, C, C_, CHIN_POINT, CHINCHILLA, COEF_RANGE, D,
                           D_, D_OPT, D_opt, E, E_, EXP_RANGE, G, gamma, GOPHER_BUDGET, L, L_OPT, L_opt_name, N, N_,
                           N_OPT, N_opt, numeric_min_loss, numeric_optimum, ON_BUDGET, R_opt, S, SLOPE)

__all__ = [
    "compute_exponent",
    "d_opt",
    "loss_at_optimum",
    "n_opt",
    "tokens_per_parameter",
]


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
