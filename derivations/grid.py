"""Grid discretization error and its cost (W §2, eqs 1–4).

Catalogue section 1:

* ``grid.error_law`` (eq. 1): a method of order ``a`` in ``d`` dimensions on ``N`` nodes
  has error ``(N_c/N)^{a/d}``, ``N_c`` being the size at which the error is 1;
* ``grid.centered_difference`` (eq. 2): the centered difference of ``sin(x/ℓ)`` has
  relative error ``h²/(6ℓ²) − h⁴/(120ℓ⁴) + O(h⁶)``, so ``E = (N_c/N)²`` with
  ``N_c = L/(√6 ℓ)``;
* ``grid.error_d_dimensions`` (eq. 3): the same error on ``N = (L/h)^d`` nodes,
  ``E = (N_c/N)^{2/d}`` with ``N_c = (L/(√6 ℓ))^d``;
* ``grid.error_vs_cost`` (eq. 4): ``C ∝ N^{D/d}`` gives ``E ∝ C^{−a/D}``; all-to-all
  interactions (``C ∝ N²`` per time step) give ``E ∝ C^{−a/(2d)}``;
* ``grid.cost_exponent``: ``D = d + q`` from the stability limit ``Δt ∝ h^q`` of an
  explicit scheme (``q = 1`` propagation, ``q = 2`` diffusion), hence the exponent ``a/D``;
  measured by running explicit schemes and counting their operations (:mod:`derivations._measure`).

The subsections are modules of their own: :mod:`derivations.grid_error` (the symbols; W eq 1:
``grid.error_law``) and :mod:`derivations.grid_difference` (W eqs 2–3:
``grid.centered_difference``, ``grid.error_d_dimensions``). This module holds the cost (W eq 4:
``grid.error_vs_cost``, ``grid.cost_exponent``), re-exports the others' entries and symbols,
and lists the section's entries (``DERIVATIONS``) for the registry.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import mpmath
import sympy as sp

from ._domains import Real
from ._measure import explicit_scheme_exponent, EXPLICIT_SCHEMES, exponent_check, SLOPE_TOLERANCE
from ._model import Agreement, Claim, Derivation, Measurement, Premise, Property, to_mpf
from ._precision import PROPERTY_DPS
from ._rules import LogDerivative, Ref, SolveFor, Substitute
from .grid_difference import _relative_error, _series_bound_holds, centered_difference, error_d_dimensions
from .grid_error import (a, a_, C, c, C_1, C_2, C_3, C_local, C_pair, C_pair_all, D, d, D_, d_, dt, dt_cfl,
                         dt_diffusive, E, ell, error_law, h, h_, kappa, kind_, L, L_, N, N_, N_c, N_c_, nu, q, q_, T,
                         tau)

__all__ = [
    "DERIVATIONS",
    "error_law",
    "centered_difference",
    "error_d_dimensions",
    "error_vs_cost",
    "cost_exponent",
]


# -- eq. (4): error versus cost -----------------------------------------------------------------
def _log_slope(log_E: Any, log_C: Any, at: mpmath.mpf) -> mpmath.mpf:
    """−d ln E / d ln C along a one-parameter family, by numeric differentiation (mpmath.diff)."""
    return -mpmath.diff(log_E, at) / mpmath.diff(log_C, at)


def _all_to_all_route(a: mpmath.mpf, d: mpmath.mpf) -> mpmath.mpf:
    """E from h = L N^(−1/d), E = (h/ℓ)^a and the pairwise cost C = C₂ N², as functions of
    t = ln N; the constants are arbitrary (the exponent must not depend on them)."""
    L, ell, C2 = mpmath.mpf(3), mpmath.mpf("0.01"), mpmath.mpf(7)
    log_E = lambda t: a * (mpmath.log(L * mpmath.exp(-t / d)) - mpmath.log(ell))
    log_C = lambda t: mpmath.log(C2 * mpmath.exp(t) ** 2)
    return _log_slope(log_E, log_C, mpmath.log(1000))


error_vs_cost = Derivation(
    id="grid.error_vs_cost",
    names=('C_1', 'C_2', 'C_3', 'C_{\\rm local}', 'C_{\\rm pair,all}', 'C_{\\rm pair}', 'E'),
    title=r"Error against cost: $E \propto C^{-a/D}$ for local schemes, $C^{-a/(2d)}$ for all-to-all",
    source="W §2, eq. (4)",
    summary=r"A local explicit scheme costs $C \propto N^{D/d}$ ($D = d+1$ propagation, $d+2$ diffusion, see "
            "grid.cost_exponent); inverting it and inserting $N(C)$ in $E = (N_c/N)^{a/d}$ (eq. 1) gives $E "
            r"\propto C^{-a/D}$. All-to-all interactions cost $C \propto N^2$ per time step: $E \propto "
            "C^{-a/(2d)}$.",
    symbols=(a_, d_, D_, N_, N_c_),
    parameters=("a", "d"),
    premises=(
        Premise("error", sp.Eq(E, (N_c / N) ** (a / d)), "eq. (1), grid.error_law"),
        Premise("local_cost", sp.Eq(C_local, C_1 * N ** (D / d)),
                r"a local explicit scheme: $C \propto N^{D/d}$, $D$ the computational dimension "
                "(grid.cost_exponent)"),
        Premise("pairwise_cost", sp.Eq(C_pair, C_2 * N**2),
                "all-to-all interactions (e.g. gravitation): $N^2$ pair evaluations per time step; convention: "
                "$C$ is the cost of one time step"),
        Premise("pairwise_cost_all_steps", sp.Eq(C_pair_all, C_3 * N**2 * N ** ((D - d) / d)),
                "the same counting all time steps, as for the local scheme: $(L/h)^{D-d} = N^{(D-d)/d}$ steps"),
    ),
    steps=(
        SolveFor(N, on="local_cost", name="nodes_local", expect=sp.Eq(N, (C_local / C_1) ** (d / D))),
        Substitute({N: Ref("nodes_local")}, on="error",
                   expect=sp.Eq(E, (N_c / (C_local / C_1) ** (d / D)) ** (a / d))),
        LogDerivative(C_local, name="local_exponent", expect=-a / D, note=r"$E \propto C^{-a/D}$"),
        SolveFor(N, on="pairwise_cost", name="nodes_pairwise", expect=sp.Eq(N, sp.sqrt(C_pair / C_2))),
        Substitute({N: Ref("nodes_pairwise")}, on="error",
                   expect=sp.Eq(E, (N_c / sp.sqrt(C_pair / C_2)) ** (a / d))),
        LogDerivative(C_pair, name="all_to_all_exponent", expect=-a / (2 * d),
                      note=r"$E \propto C^{-a/(2d)}$ with the per-step cost"),
        SolveFor(N, on="pairwise_cost_all_steps", name="nodes_all_steps",
                 expect=sp.Eq(N, (C_pair_all / C_3) ** (d / (d + D)))),
        Substitute({N: Ref("nodes_all_steps")}, on="error",
                   expect=sp.Eq(E, (N_c / (C_pair_all / C_3) ** (d / (d + D))) ** (a / d))),
        LogDerivative(C_pair_all, name="all_to_all_all_steps", expect=-a / (d + D),
                      note=r"counting time steps too: $E \propto C^{-a/(d+D)}$, always below $a/D$"),
    ),
    result_step="all_to_all_exponent",
    value=lambda e: -e.rhs,
    route=Agreement(
        r"numeric log–log slope $-d \ln E / d \ln C$ (mpmath.diff) of $E = (h/\ell)^a$, $h = L N^{-1/d}$, "
        "against $C = C_2 N^2$, along $N$"
        "; consistency check: it re-solves the premised costs numerically, so it catches slips in the steps, not a "
        r"wrong premise; the local exponent is measured by grid.cost_exponent, and the all-to-all cost $C \propto "
        "N^2$ per time step is a count of pairs by convention, which a measurement would only restate",
        _all_to_all_route,
        points=({"a": 2, "d": 3}, {"a": "1/2", "d": 1}, {"a": 4, "d": "7/3"}, {"a": 8, "d": 1000}),
        kind="consistency",
    ),
    properties=(
        Property("grid.error_vs_cost.all_to_all_worse",
                 r"for $d \ge 1$ the all-to-all exponent $a/(2d)$ is no larger than a local scheme's $a/(d+1)$",
                 lambda a, d: (error_vs_cost.evaluate(dps=PROPERTY_DPS, a=a, d=d)
                               <= cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="propagation")
                               * (1 + mpmath.mpf(10) ** (-PROPERTY_DPS + 5))),
                 {"a": a_.domain, "d": Real(1, None, lo_open=False, sample=(1, 1000), log=True)}),
    ),
    notes=(
        (r"Convention (as in W): the all-to-all cost $C \propto N^2$ is the cost of one time step, giving $E "
         r"\propto C^{-a/(2d)}$. Counting the time steps as for the local scheme gives $C \propto N^{(d+D)/d}$ "
         r"and $E \propto C^{-a/(d+D)}$, always worse than $a/D$; with the per-step convention the all-to-all "
         "exponent is below the local one only for $d > 1$ (propagation) or $d > 2$ (diffusion)."),
    ),
)


#: The explicit schemes whose operations the cost route counts, and the dimensions it runs them in.
_MEASURED_SCHEMES = (("upwind", (1, 2)), ("central_rk3", (1, 2, 3)), ("ftcs", (1, 2, 3)))


def _combine(*checks: tuple[bool, float | None, str]) -> tuple[bool, float | None, str]:
    """One verdict from several: all must pass; the fewest digits (``None``: an exact agreement); the
    details joined."""
    digits = [c[1] for c in checks if c[1] is not None]
    return all(c[0] for c in checks), min(digits, default=None), " | ".join(c[2] for c in checks)


def _cost_measurement() -> tuple[bool, float | None, str]:
    """Measured exponents of error against counted cost for explicit schemes, against a/(d + q).

    Three checks, all measured (:func:`derivations._measure.explicit_scheme_exponent`): the
    error-against-cost slope must be the closed form at the scheme's order (and not ``a/d``,
    the exponent without time steps); the measured stability limit must scale as ``h^q`` with
    the derived ``q``; the error against ``n`` must show the scheme's order ``a``.
    """
    cost, rival, steps, orders = [], [], [], []
    for scheme, dims in _MEASURED_SCHEMES:
        kind, order = EXPLICIT_SCHEMES[scheme]
        q_derived = float(cost_exponent.derived(f"q_{kind}").rhs)
        for dim in dims:
            m = explicit_scheme_exponent(scheme, dim)
            label = f"{scheme} d = {dim}"
            cost.append((f"{label}", m.cost, float(cost_exponent.evaluate(dps=15, a=order, d=dim, kind=kind))))
            rival.append(order / dim)
            steps.append((label, m.timestep, q_derived))
            orders.append((label, m.order, order))
    slopes = exponent_check(cost, rival=("a/d (time steps not counted)", rival))
    q_ok, q_digits, _ = exponent_check(steps)
    a_ok, a_digits, _ = exponent_check(orders)
    shown = lambda rows: ", ".join(f"{fit.slope:.3f} ({label})" for label, fit, _ in rows)  # noqa: E731
    return _combine(
        (slopes[0], slopes[1], "error against counted cost: " + slopes[2]),
        (q_ok, q_digits, f"measured stability limits Δt_max ∝ h^q: q = {shown(steps)}; derived q = 1 "
                         f"(propagation), 2 (diffusion){'' if q_ok else ' (outside the tolerance)'}"),
        (a_ok, a_digits, f"measured error ∝ h^a at the final time: a = {shown(orders)}; the schemes' orders 1 "
                         f"(upwind), 2 (central_rk3, ftcs){'' if a_ok else ' (outside the tolerance)'}"))


@functools.lru_cache(maxsize=8)
def _exponent_function(expr: sp.Expr, kind: str) -> Any:
    order = cost_exponent.derived(f"q_{kind}").rhs
    return sp.lambdify((a, d), expr.subs(q, order), modules="mpmath")


def _cost_evaluator(expr: sp.Expr, values: Mapping[str, Any]) -> mpmath.mpf:
    """a/(d+q) with the time-step order q that the derivation obtained for ``kind``
    (steps ``q_propagation`` and ``q_diffusion``)."""
    return _exponent_function(expr, values["kind"])(to_mpf(values["a"]), to_mpf(values["d"]))


cost_exponent = Derivation(
    id="grid.cost_exponent",
    names=('C', 'E', 'T', '\\Delta t', '\\Delta t_{\\rm CFL}', '\\Delta t_{\\rm diff}', 'c', 'kappa', 'nu', 'tau'),
    title="Cost exponent of an explicit local scheme: $a/D$ with $D = d+1$ or $d+2$",
    source="W §2, eq. (4)",
    summary="An explicit local scheme does $O(1)$ work per node and time step, and its time step is bounded by "
            r"$\Delta t \propto h^q$: $q = 1$ for propagation (CFL), $q = 2$ for diffusion. With $h = L "
            r"N^{-1/d}$, $C \propto N^{(d+q)/d}$, so $D = d + q$; inverting $C(N)$ and inserting $N(C)$ in $E = "
            r"(N_c/N)^{a/d}$ gives $E \propto C^{-a/(d+q)}$.",
    symbols=(a_, d_, kind_, q_, h_, L_, N_, N_c_),
    parameters=("a", "d", "kind"),
    premises=(
        Premise("cost", sp.Eq(C, kappa * N * T / dt),
                r"explicit local scheme: $\kappa$ operations per node and time step, $T/\Delta t$ time steps"),
        Premise("timestep", sp.Eq(dt, tau * h**q), r"the stability limit of an explicit scheme: $\Delta t "
                                                   r"\propto h^q$"),
        Premise("cfl", sp.Eq(dt_cfl, h / c),
                r"propagation at speed $c$: the CFL condition $\Delta t \le h/c$, at its limit"),
        Premise("diffusive", sp.Eq(dt_diffusive, h**2 / (2 * nu)),
                r"diffusion with diffusivity $\nu$: explicit stability $\Delta t \le h^2/(2\nu)$, at its limit"),
        Premise("spacing", sp.Eq(h, L * N ** (-1 / d)), "$N$ nodes in $d$ dimensions"),
        Premise("error", sp.Eq(E, (N_c / N) ** (a / d)), "eq. (1), grid.error_law"),
    ),
    steps=(
        LogDerivative(h, on="cfl", name="q_propagation", expect=1, note=r"$\Delta t \propto h$: $q = 1$"),
        LogDerivative(h, on="diffusive", name="q_diffusion", expect=2, note=r"$\Delta t \propto h^2$: $q = 2$"),
        LogDerivative(h, on="timestep", expect=q, note="$q$ is the exponent of the stability limit"),
        Substitute({dt: Ref("timestep")}, on="cost", expect=sp.Eq(C, kappa * N * T / (tau * h**q))),
        Substitute({h: Ref("spacing")}, name="cost_in_N",
                   expect=sp.Eq(C, kappa * T * N ** (1 + q / d) / (tau * L**q))),
        LogDerivative(N, name="cost_exponent_N", expect=(d + q) / d,
                      note=r"$C \propto N^{D/d}$ with $D = d + q$: $d+1$ for propagation, $d+2$ for diffusion"),
        SolveFor(N, on="cost_in_N", name="nodes", expect=sp.Eq(N, (tau * L**q * C / (kappa * T)) ** (d / (d + q)))),
        Substitute({N: Ref("nodes")}, on="error",
                   expect=sp.Eq(E, (N_c / (tau * L**q * C / (kappa * T)) ** (d / (d + q))) ** (a / d))),
        LogDerivative(C, name="exponent", expect=-a / (d + q), note=r"$E \propto C^{-a/D}$, $D = d + q$"),
    ),
    result_step="exponent",
    value=lambda e: -e.rhs,
    evaluator=_cost_evaluator,
    route=Measurement(
        "measured (numpy): explicit schemes run on periodic grids of $n^d$ nodes from the Fourier mode "
        r"$\sin(2\pi(x_1 + \dots + x_d))$ to a fixed final time: first-order upwind ($a = 1$, $d = 1, 2$) and "
        "centered differences with three-stage Runge–Kutta ($a = 2$, $d = 1, 2, 3$) for advection, forward time "
        r"centered space ($a = 2$: error $O(\Delta t + h^2) = O(h^2)$, $d = 1, 2, 3$) for the heat equation. The "
        "time step is half the largest stable one, itself measured on each grid from the scheme's amplification "
        "factors (von Neumann, bisection); the operations (stencil evaluations at each node) are counted as the "
        "scheme runs, and the error against the exact solution is fitted against that count: each slope must be "
        f"within {SLOPE_TOLERANCE:.0%} (relative) of the closed form at the scheme's order and outside "
        f"{SLOPE_TOLERANCE:.0%} of $a/d$ (time steps not counted); the measured stability limits must scale as "
        "$h^q$ with the derived $q$, and the error as $h^a$. Other orders and dimensions above 3 are not measured",
        lambda dps: _cost_measurement(),
    ),
    properties=(
        Property("grid.cost_exponent.diffusion_slower", "diffusion has a smaller exponent than propagation",
                 lambda a, d: (cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="diffusion")
                               < cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind="propagation")),
                 {"a": a_.domain, "d": d_.domain}),
        Property("grid.cost_exponent.below_grid", "counting time steps lowers the exponent below $a/d$",
                 lambda a, d, kind: cost_exponent.evaluate(dps=PROPERTY_DPS, a=a, d=d, kind=kind) < a / d,
                 {"a": a_.domain, "d": d_.domain, "kind": kind_.domain}),
    ),
    claims=(
        Claim("grid.cost.exponent_3d",
              r"a second-order method ($a = 2$) for propagation in $d = 3$ ($D = 4$): $E \propto C^{-1/2}$",
              "W §2, eq. (4)", "1/2",
              lambda: cost_exponent.evaluate(dps=mpmath.mp.dps, a=2, d=3, kind="propagation"),
              note="printed as the magnitude of the exponent"),
    ),
)

DERIVATIONS = (error_law, centered_difference, error_d_dimensions, error_vs_cost, cost_exponent)
