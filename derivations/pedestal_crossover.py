"""Where the pedestal takes over (S §3, eqs 6–8): ``pedestal.x_crit``, ``pedestal.N_crit``, ``pedestal.p_crit``.

The crossover of the two terms of the loss gives ``x_crit`` (S eq 6), its reciprocal
``N_crit`` (S eq 7) and the inverse ``p_crit(N)`` (S eq 8).
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy as sp

from ._model import Agreement, Claim, Derivation, Premise, Property
from ._precision import close, PROPERTY_DPS
from ._rules import Limit, MultiplyBoth, PowerBoth, Ref, Simplify, SolveFor, Substitute
from .pedestal_law import (_log_balance_root, alpha, alpha_c, alpha_c_, ALPHA_C_CHECKED, alpha_crit, N, N_,
                           N_crit_form, p, p_, p_crit_form, x, x_, x_crit_form)
from .pedestal_running import _le, _running, running_exponent

__all__ = [
    "N_crit",
    "p_crit",
    "x_crit",
]


# -- pedestal.x_crit -----------------------------------------------------------------------------

x_crit = Derivation(
    id="pedestal.x_crit",
    title="Critical inverse size where the pedestal balances the power law",
    source="S §3, eq. (6)",
    summary=r"The two terms of S eq (4) balance, $p = (1 - p) x^{\alpha_C}$, at $x_{\mathrm{crit}} = (p/(1 - "
            r"p))^{1/\alpha_C}$; there the running exponent is exactly $\alpha_C/2$.",
    symbols=(x_, p_, alpha_c_),
    parameters=("p", "alpha_c"),
    result_step="x_crit",
    premises=(
        Premise("balance", sp.Eq(p, (1 - p) * x**alpha_c),
                r"S §3: the pedestal $p$ equals the power-law term $(1 - p) x^{\alpha_C}$ of S eq (4)."),
        Premise("running", running_exponent.closed_form.subs(alpha, alpha_c),
                r"S eq (5) with $\alpha = \alpha_C$, derived in pedestal.running_exponent."),
    ),
    steps=(
        SolveFor(x**alpha_c, expect=sp.Eq(x**alpha_c, p / (1 - p)),
                 note=r"linear in the power-law term $x^{\alpha_C}$"),
        PowerBoth(exponent=1 / alpha_c, expect=sp.Eq(x, x_crit_form), name="x_crit",
                  note="S eq (6); both sides are positive ($x > 0, 0 < p < 1$)"),
        Substitute({x: Ref("x_crit")}, on="running",
                   expect=sp.Eq(alpha_crit, alpha_c * (1 - p) * ((p / (1 - p)) ** (1 / alpha_c)) ** alpha_c
                                / (p + (1 - p) * ((p / (1 - p)) ** (1 / alpha_c)) ** alpha_c)),
                   note=r"the running exponent at $x = x_{\mathrm{crit}}$; names it $\alpha_{\mathrm{crit}} = "
                        r"\alpha_p(x_{\mathrm{crit}})$"),
        Simplify(expect=alpha_c / 2,
                 note=r"$((p/(1 - p))^{1/\alpha_C})^{\alpha_C} = p/(1 - p)$ as $p/(1 - p) > 0$: at the balance "
                      r"point $\alpha_p(x_{\mathrm{crit}}) = \alpha_C/2$ exactly"),
    ),
    route=Agreement(
        r"mpmath findroot (Newton) on the balance $(1 - p) e^{\alpha_C t} = p$ in $t = \ln x$"
        "; consistency check: it re-solves the premised law with a pedestal numerically, so it catches slips in the"
        " steps, not a wrong premise; no measurement exists: the law with a pedestal is S's postulate (eq. 3), and "
        "its consequences are algebra on it",
        lambda p, alpha_c: mpmath.exp(_log_balance_root(p, alpha_c)),
        points=({"p": "0.01", "alpha_c": "1/3"}, {"p": "0.2", "alpha_c": "1/3"},
                {"p": "0.9", "alpha_c": "0.05"}, {"p": "1e-6", "alpha_c": "0.34"},
                {"p": "0.5", "alpha_c": "2"}),
        kind="consistency",
    ),
    properties=(
        Property("pedestal.x_crit.half_exponent", r"$\alpha_p(x_{\mathrm{crit}}) = \alpha_C/2$",
                 lambda p, alpha_c: close(_running(x_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c=alpha_c),
                                                   p, alpha_c), alpha_c / 2),
                 {"p": p_.domain, "alpha_c": ALPHA_C_CHECKED}),
        Property("pedestal.x_crit.balance", r"$p = (1 - p) x_{\mathrm{crit}}^{\alpha_C}$",
                 lambda p, alpha_c: close((1 - p) * mpmath.power(
                     x_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c=alpha_c), alpha_c), p),
                 {"p": p_.domain, "alpha_c": ALPHA_C_CHECKED}),
    ),
)


# -- pedestal.N_crit -------------------------------------------------------------------------------

N_crit = Derivation(
    id="pedestal.N_crit",
    title="Critical size above which the pedestal dominates",
    source="S §3, eq. (7)",
    summary=r"With $x = 1/N$ the balance reads $p = (1 - p) N^{-\alpha_C}$, so $N_{\mathrm{crit}} = "
            r"1/x_{\mathrm{crit}} = ((1 - p)/p)^{1/\alpha_C}$; S eq (7) is the case $\alpha_C = 1/3$.",
    symbols=(N_, p_, alpha_c_, x_),
    parameters=("p", "alpha_c"),
    result_step="N_crit",
    premises=(
        Premise("balance", sp.Eq(p, (1 - p) * x**alpha_c), "S §3: the balance of the two terms of eq (4)."),
        Premise("size", sp.Eq(x, 1 / N), "S eq (3): the inverse size $x = 1/N$."),
    ),
    steps=(
        Substitute({x: Ref("size")}, on="balance", expect=sp.Eq(p, (1 - p) * N**-alpha_c), note="$x = 1/N$"),
        SolveFor(N**alpha_c, expect=sp.Eq(N**alpha_c, (1 - p) / p),
                 note=r"linear in $1/N^{\alpha_C}$"),
        PowerBoth(exponent=1 / alpha_c, expect=sp.Eq(N, N_crit_form), name="N_crit",
                  note="both sides are positive ($N > 0, 0 < p < 1$)"),
        Substitute({alpha_c: sp.Rational(1, 3)}, expect=((1 - p) / p) ** 3,
                   note=r"S eq (7), $\alpha_C = 1/3$"),
    ),
    route=Agreement(
        r"$1/x$ from mpmath findroot (Newton) on the balance $(1 - p) e^{\alpha_C t} = p$ in $t = \ln x$"
        "; consistency check: it re-solves the premised law with a pedestal numerically, so it catches slips in the"
        " steps, not a wrong premise; no measurement exists: the law with a pedestal is S's postulate (eq. 3), and "
        "its consequences are algebra on it",
        lambda p, alpha_c: mpmath.exp(-_log_balance_root(p, alpha_c)),
        points=({"p": "0.01", "alpha_c": "1/3"}, {"p": "0.2", "alpha_c": "1/3"},
                {"p": "0.9", "alpha_c": "0.05"}, {"p": "1e-6", "alpha_c": "0.34"},
                {"p": "0.5", "alpha_c": "2"}),
        kind="consistency",
    ),
    properties=(
        Property("pedestal.N_crit.reciprocal", r"$N_{\mathrm{crit}} \cdot x_{\mathrm{crit}} = 1$",
                 lambda p, alpha_c: close(N_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c=alpha_c)
                                          * x_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c=alpha_c), 1),
                 {"p": p_.domain, "alpha_c": ALPHA_C_CHECKED}),
        Property("pedestal.N_crit.eq7", r"at $\alpha_C = 1/3$, $N_{\mathrm{crit}} = ((1 - p)/p)^3$ as printed "
                                        "in S eq (7)",
                 lambda p: close(N_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c="1/3"), ((1 - p) / p) ** 3),
                 {"p": p_.domain}),
        Property("pedestal.N_crit.decreasing", r"$N_{\mathrm{crit}}$ decreases as the pedestal grows",
                 lambda p, q: _le(N_crit.evaluate(dps=PROPERTY_DPS, p=max(p, q), alpha_c="1/3"),
                                  N_crit.evaluate(dps=PROPERTY_DPS, p=min(p, q), alpha_c="1/3")),
                 {"p": p_.domain, "q": p_.domain}),
    ),
    claims=(
        Claim("pedestal.N_crit.cube",
              r"S eq. (7) and Fig. 2: for $\alpha_C = 1/3$, $N_{\mathrm{crit}}(p) = ((1-p)/p)^3$; the exponent is "
              r"$\ln N_{\mathrm{crit}} / \ln((1-p)/p)$ at $p = 1/10$", "S §3, eq. (7)", "3",
              lambda: mpmath.log(N_crit.evaluate(dps=mpmath.mp.dps, p="1/10", alpha_c="1/3")) / mpmath.log(9)),
    ),
)


# -- pedestal.p_crit ---------------------------------------------------------------------------------

def _p_crit_numeric(N: mpmath.mpf, alpha_c: mpmath.mpf) -> mpmath.mpf:
    """Invert S eq (7) numerically: findroot of ln((1 − p)/p)/α_C = ln N in u = ln p."""
    target = alpha_c * mpmath.log(N)
    f = lambda u: mpmath.log(-mpmath.expm1(u)) - u - target  # noqa: E731
    df = lambda u: -1 / (-mpmath.expm1(u))  # noqa: E731
    # Start well inside p < 1/2 or p > 1/2 according to the sign of ln N (u < 0 always).
    u0 = -mpmath.log(2) - max(target, 0) if target >= 0 else -mpmath.exp(target)
    return mpmath.exp(mpmath.findroot(f, u0, solver="newton", df=df, maxsteps=400))


def _p_crit(N: Any, alpha_c: Any) -> mpmath.mpf:
    return p_crit.evaluate(dps=PROPERTY_DPS, N=N, alpha_c=alpha_c)


def _N_crit(p: Any, alpha_c: Any) -> mpmath.mpf:
    return N_crit.evaluate(dps=PROPERTY_DPS, p=p, alpha_c=alpha_c)


def _equation_inverted_into_eq8() -> int:
    """The label of S's equation that, inverted, gives eq. (8)'s $p_{crit}(N)$. Eq. (7) is
    $N = ((1 - p)/p)^{1/\alpha_C}$ (pedestal.N_crit), inverted for $p$ after raising both
    (positive) sides to the power $\alpha_C$; eq. (8) is $p = 1/(1 + N^{\alpha_C})$
    (pedestal.p_crit), inverted for $N$. A candidate counts when SymPy's root minus eq. (8)'s
    right side simplifies to 0 and it solves for eq. (8)'s left side."""
    target = p_crit.result
    names = {s.name: s for s in N_crit.result.free_symbols | target.free_symbols}
    alpha_c, p, N = names["alpha_c"], names["p"], names["N"]
    seven = N_crit.result
    candidates = ((7, sp.Eq(seven.lhs**alpha_c, sp.powdenest(seven.rhs**alpha_c, force=True)), p),
                  (8, target, N))
    for label, relation, unknown in candidates:
        for root in sp.solve(relation, unknown):
            if unknown == target.lhs and sp.simplify(root - target.rhs) == 0:
                return label
    raise ValueError("neither eq. (7) nor eq. (8), inverted, gives eq. (8)")


p_crit = Derivation(
    id="pedestal.p_crit",
    title="Critical pedestal for a given size",
    source="S §3, eq. (8)",
    summary=r"Inverting $N = ((1 - p)/p)^{1/\alpha_C}$ gives $p_{\mathrm{crit}}(N) = 1/(1 + N^{\alpha_C}) \sim "
            r"N^{-\alpha_C}$; for $\alpha_C = 1/3$ and $N = 10^6$, $p_{\mathrm{crit}} = 1/101 \approx 10^{-2}$.",
    symbols=(N_, p_, alpha_c_),
    parameters=("N", "alpha_c"),
    result_step="p_crit",
    premises=(
        Premise("eq7", N_crit.closed_form, r"S eq (7) for general $\alpha_C$, derived in pedestal.N_crit."),
    ),
    steps=(
        PowerBoth(exponent=alpha_c, expect=sp.Eq(N**alpha_c, (1 - p) / p),
                  note=r"both sides are positive ($(1 - p)/p > 0$), so $(((1 - p)/p)^{1/\alpha_C})^{\alpha_C} = "
                       "(1 - p)/p$"),
        MultiplyBoth(factor=p, expect=sp.Eq(p * N**alpha_c, 1 - p)),
        SolveFor(p, expect=sp.Eq(p, p_crit_form), name="p_crit", note=r"S eq (8), general $\alpha_C$"),
        Substitute({alpha_c: sp.Rational(1, 3)}, expect=1 / (1 + sp.cbrt(N)),
                   note=r"S eq (8) as printed, $\alpha_C = 1/3$"),
        MultiplyBoth(factor=N**alpha_c, on="p_crit", text=r"compare with $N^{-\alpha_C}$: multiply by $N^{\alpha_C}$",
                     expect=N**alpha_c / (1 + N**alpha_c)),
        Limit(N, sp.oo, expect=sp.Integer(1), note=r"$p_{\mathrm{crit}} \sim N^{-\alpha_C}$ for large $N$ (S: "
                                                   r"$\sim N^{-1/3}$)"),
    ),
    route=Agreement(
        r"mpmath findroot (Newton) inverting S eq (7), $\ln((1 - p)/p) = \alpha_C \ln N$, in $u = \ln p$"
        "; consistency check: it re-solves the premised law with a pedestal numerically, so it catches slips in the"
        " steps, not a wrong premise; no measurement exists: the law with a pedestal is S's postulate (eq. 3), and "
        "its consequences are algebra on it",
        _p_crit_numeric,
        points=({"N": 10**6, "alpha_c": "1/3"}, {"N": "1e12", "alpha_c": "0.34"},
                {"N": "0.01", "alpha_c": "1/2"}, {"N": 1, "alpha_c": "1/3"},
                {"N": "1e30", "alpha_c": "0.05"}),
        kind="consistency",
    ),
    properties=(
        Property("pedestal.p_crit.inverts_N_crit", r"$p_{\mathrm{crit}}(N_{\mathrm{crit}}(p)) = p$",
                 lambda p, alpha_c: close(_p_crit(_N_crit(p, alpha_c), alpha_c), p),
                 {"p": p_.domain, "alpha_c": ALPHA_C_CHECKED}),
        Property("pedestal.p_crit.inverted_by_N_crit", r"$N_{\mathrm{crit}}(p_{\mathrm{crit}}(N)) = N$",
                 lambda N, alpha_c: close(_N_crit(_p_crit(N, alpha_c), alpha_c), N),
                 {"N": N_.domain, "alpha_c": ALPHA_C_CHECKED}),
        Property("pedestal.p_crit.below_power", r"$p_{\mathrm{crit}}(N) < N^{-\alpha_C}$: the power law is "
                                                "approached from below",
                 lambda N, alpha_c: _p_crit(N, alpha_c) < mpmath.power(N, -alpha_c),
                 {"N": N_.domain, "alpha_c": alpha_c_.domain}),
    ),
    claims=(
        Claim("pedestal.p_crit.N1e6", "even for a moderate size dataset with $N = 10^6$, we already have "
                                      r"$p_{\mathrm{crit}} \sim 10^{-2}$", "S §3, after eq. (8)", "10^{-2}",
              lambda: p_crit.evaluate(dps=mpmath.mp.dps, N=10**6, alpha_c="1/3"), relation="∼",
              note=r"exact value $1/(1 + 10^2) = 1/101 = 0.0099009900\ldots$"),
        Claim("pedestal.p_crit.asymptotic",
              r"S eq. (8): $p_{\mathrm{crit}}(N) = 1/(1 + N^{1/3}) \sim N^{-1/3}$: the log–log slope of "
              r"$p_{\mathrm{crit}}$ between $N = 10^{30}$ and $10^{33}$", "S §3, eq. (8)", "-1/3",
              lambda: mpmath.log(p_crit.evaluate(dps=mpmath.mp.dps, N=10**33, alpha_c="1/3")
                                 / p_crit.evaluate(dps=mpmath.mp.dps, N=10**30, alpha_c="1/3")) / mpmath.log(1000),
              relation="≈"),
        Claim("pedestal.p_crit.inverted_relation",
              r"S §3: “by inverting the relation (8), we obtain $p \ll p_{\mathrm{crit}}(N) = 1/(1 + N^{1/3})$ "
              r"(8)”: the number of the equation whose inversion gives eq. (8)", "S §3, before eq. (8)", "8",
              _equation_inverted_into_eq8,
              erratum=r"eq. (8) is the result of the inversion; the relation inverted is eq. (7), $N_{\mathrm{crit}}"
                      "(p) = ((1 - p)/p)^3$ (inverting (8) gives (7) back)",
              correct_value="7", correct="inverting the relation (7)", severity="typo",
              formula=r"eq. (7) $N_{\mathrm{crit}}(p) = ((1-p)/p)^{1/\alpha_C}$ solved for $p$"),
    ),
    notes=(r"At $N = 10^6$ and $\alpha_C = 1/3$ the exact value is $p_{\mathrm{crit}} = 1/101$.",),
)
