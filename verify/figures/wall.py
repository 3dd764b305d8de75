"""W Fig. 1 and Fig. 2 (W §2–4): error against resources, and the roundoff wall measured.

W Fig. 1: error against resources ``E = R^{−s}`` for grid methods (``s = a/D``,
``grid.cost_exponent``), Monte Carlo (``s`` measured from ``mc.error_law``: 1/2) and the
LLM exponents 0.05–0.1 (``derivations.llm``'s constants), with the cost of a tenfold error
reduction, ``F^{1/s}`` from ``llm.resource_factor``. W Fig. 2: the package's own numpy
experiment (``derivations.roundoff.experiment``: the centered difference of sin at x₀ = 1 in
float32 and float64), with ``h*`` and ``E*`` from ``roundoff.optimal_step`` and
``roundoff.minimal_error`` and the two slopes fitted on the data.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import numpy as np

from ._base import A_BAND, Figure, cached_data, evaluate, log_slope, sci

__all__ = ["ERROR_REDUCTION", "GRID_CASES", "data_w_fig1", "draw_w_fig1", "data_w_fig2", "draw_w_fig2",
           "W_FIG1", "W_FIG2"]

#: The error reduction whose cost W Fig. 1 marks (W §3.2: "cut down the error by a factor 10").
ERROR_REDUCTION = 10
#: Grid methods drawn: (order a, dimension d, kind) for grid.cost_exponent — second order
#: (W eq 2) in one dimension, propagating, and in three, diffusive.
GRID_CASES = ((2, 1, "propagation"), (2, 3, "diffusion"))
#: Resources R/R₀ from 1 to 10^22.
_R_DECADES = 22


@cached_data
def data_w_fig1() -> dict[str, Any]:
    """W Fig. 1: error E/E₀ = (R/R₀)^{−s} against resources for each method.

    Keys: ``R``; ``methods``: a list of dicts with ``label``, ``kind`` (grid, mc, llm),
    ``s`` (the exponent), ``E`` (the curve), ``R10`` (the resources a tenfold smaller error
    costs, from ``llm.resource_factor``); ``F`` (the error reduction).

    >>> d = data_w_fig1()
    >>> [(m["kind"], round(m["s"], 3), f"{m['R10']:.3g}") for m in d["methods"]]  # doctest: +NORMALIZE_WHITESPACE
    [('grid', 1.0, '10'), ('grid', 0.4, '316'), ('mc', 0.5, '100'), ('llm', 0.1, '1e+10'),
     ('llm', 0.076, '1.44e+13'), ('llm', 0.05, '1e+20')]
    """
    from derivations import llm

    R = np.logspace(0, _R_DECADES, 20 * _R_DECADES + 1)
    methods: list[dict[str, Any]] = []

    def add(label: str, kind: str, s: Any) -> None:
        s_float = float(s)
        r10 = evaluate("llm.resource_factor", F=ERROR_REDUCTION, alpha=s)
        methods.append({"label": label, "kind": kind, "s": s_float, "E": R ** -s_float, "R10": r10})

    for a, dim, kind in GRID_CASES:
        s = Fraction(str(evaluate("grid.cost_exponent", a=a, d=dim, kind=kind))).limit_denominator(1000)
        D = dim + (1 if kind == "propagation" else 2)
        label = f"grid, order $a={a}$, $d={dim}$ {kind}: $a/D = {a}/{D}$"
        add(label, "grid", s)
    # The Monte Carlo exponent measured on the closed form σ/√M between M = 1 and 10^6.
    m1, m2 = 1, 10**6
    s_mc = -np.log(evaluate("mc.error_law", M=m2, sigma=1) / evaluate("mc.error_law", M=m1, sigma=1)) / np.log(m2 / m1)
    add(f"Monte Carlo: slope $-{s_mc:.3g}$", "mc", Fraction(s_mc).limit_denominator(1000))
    for name, alpha in (("reference", llm.REFERENCE_ALPHA), ("Kaplan $\\alpha_N$", llm.KAPLAN_ALPHA_N),
                        ("Kaplan $\\alpha_C$", llm.KAPLAN_ALPHA_C)):
        add(f"LLM, {name}: $\\alpha = {float(alpha):g}$", "llm", alpha)
    return {"R": R, "methods": methods, "F": float(ERROR_REDUCTION)}


def _power10(v: float) -> str:
    e = np.log10(v)
    return f"10^{{{e:.0f}}}" if abs(e - round(e)) < 1e-9 else f"10^{{{e:.3g}}}"


def draw_w_fig1(d: Mapping[str, Any], fig: Any) -> None:
    """Log-log error against resources; the tenfold reduction marked on every line."""
    ax = fig.subplots()
    R, F = d["R"], d["F"]
    llm = [m for m in d["methods"] if m["kind"] == "llm"]
    lo = min(llm, key=lambda m: m["s"])
    hi = max(llm, key=lambda m: m["s"])
    ax.fill_between(R, R ** -lo["s"], R ** -hi["s"], color="tab:red", alpha=0.1, lw=0,
                    label=f"LLM band ${A_BAND[0]:g} \\leq \\alpha \\leq {A_BAND[1]:g}$")
    styles = {"grid": ("tab:blue", "-"), "mc": ("tab:green", "--"), "llm": ("tab:red", "-")}
    for m in d["methods"]:
        color, ls = styles[m["kind"]]
        shade = {"grid": (1.0, 0.6), "mc": (1.0,), "llm": (1.0, 0.75, 0.5)}[m["kind"]]
        k = [n for n in d["methods"] if n["kind"] == m["kind"]].index(m)
        # The grid and Monte Carlo dots lie within 1.5 decades of each other: their cost goes in the
        # legend; the LLM dots, decades apart, are labelled above and right, clear of their lines.
        cost = f"$\\times{_power10(m['R10'])}$"
        label = m["label"] if m["kind"] == "llm" else f"{m['label']}; {F:g}-fold cut: {cost}"
        ax.plot(R, m["E"], color=color, ls=ls, lw=1.4, alpha=shade[k % len(shade)], label=label)
        ax.plot([m["R10"]], [1 / F], "o", color=color, ms=4, alpha=shade[k % len(shade)])
        if m["kind"] == "llm":
            ax.annotate(cost, (m["R10"], 1 / F), textcoords="offset points", xytext=(3, 5), fontsize=7,
                        color=color)
    ax.axhline(1 / F, color="black", lw=0.8, ls=":", label=f"error cut {F:g}-fold: $R = {F:g}^{{1/s}}$ "
                                                           "(llm.resource_factor)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(R[0], R[-1])
    ax.set_ylim(1e-3, 1.5)
    ax.set_xlabel(r"resources $R/R_0$ (operations, samples or parameters; relative)")
    ax.set_ylabel(r"error $E/E_0$ (relative)")
    ax.set_title(r"W Fig. 1: error against resources, $E \propto R^{-s}$")
    ax.legend(loc="lower left", frameon=True, framealpha=0.9, edgecolor="none", ncol=1)


def _caption_w_fig1(d: Mapping[str, Any]) -> str:
    parts = "; ".join(f"$s = {m['s']:.3g}$: $R = {_power10(m['R10'])}$" for m in d["methods"])
    return (f"Error against resources, $E/E_0 = (R/R_0)^{{-s}}$, log-log, as in W Fig. 1: grid methods of order "
            f"$a$ with the cost exponent $s = a/D$ of grid.cost_exponent ($D = d + 1$ propagating, $d + 2$ "
            f"diffusive), Monte Carlo with the slope measured on mc.error_law ($\\sigma/\\sqrt{{M}}$), and the LLM "
            f"exponents of W §3 (Kaplan et al.'s 0.076 and 0.05, the reference 0.1) with the band "
            f"${A_BAND[0]:g}$–${A_BAND[1]:g}$ shaded. The dots mark the resources that cut the error "
            f"{d['F']:g}-fold, $R = {d['F']:g}^{{1/s}}$ from llm.resource_factor: {parts}.")


W_FIG1 = Figure(
    name="w_fig1_error_vs_resources", title="W Fig. 1: error against resources", source="W §2–3, Fig. 1",
    data=data_w_fig1, draw=draw_w_fig1, caption=_caption_w_fig1,
    computed_from=("grid.cost_exponent", "mc.error_law", "llm.resource_factor"), size=(6.5, 4.2))


# -- W Fig. 2 --------------------------------------------------------------------------------------

#: Fit ranges of the two slopes, in units of h*: the truncation side [5 h*, 0.1] and the
#: roundoff side [h*/1000, h*/20] (both far from h*, as in the roundoff measurement).
TRUNCATION_FIT, ROUNDOFF_FIT = (5.0, None), (1e-3, 1 / 20)
#: Running geometric mean over 41 grid points (0.2 decade) to locate the minimum of the noisy curve.
_SMOOTH = 41


@cached_data
def data_w_fig2() -> dict[str, Any]:
    """W Fig. 2: the measured error of the centered difference in float32 and float64.

    Keys: ``formats``: a list of dicts with ``label``, ``u`` (unit roundoff), ``h`` and ``err``
    (the experiment), ``model`` (E(h) = h² M₃/6 + u M₀/h, the derivation's error model),
    ``h_star``, ``E_star`` (closed forms), ``h_min`` (minimum of the smoothed measured curve),
    ``err_min`` (smallest smoothed error), ``slope_trunc``, ``slope_round`` (fitted),
    ``fit_trunc``, ``fit_round`` (the fit ranges).

    >>> f = {x["label"]: x for x in data_w_fig2()["formats"]}
    >>> round(f["double"]["slope_trunc"], 1), round(f["double"]["slope_round"], 1)
    (2.0, -1.0)
    """
    import sympy as sp

    from derivations import roundoff

    M0, M3 = abs(np.sin(roundoff.X0)), abs(np.cos(roundoff.X0))
    model = sp.lambdify((sp.Symbol("h", positive=True), roundoff.u, roundoff.M0, roundoff.M3),
                        roundoff.ERROR_MODEL, "numpy")
    formats = []
    for label in ("single", "double"):
        u = roundoff.UNIT_ROUNDOFF[label]
        h, err = roundoff.experiment(label)
        h_star = evaluate("roundoff.optimal_step", u=u, M0=M0, M3=M3)
        e_star = evaluate("roundoff.minimal_error", u=u, M0=M0, M3=M3)
        log_err = np.log10(np.maximum(err, float(u) * 1e-3))
        smooth = np.convolve(log_err, np.ones(_SMOOTH) / _SMOOTH, mode="valid")
        centres = h[_SMOOTH // 2: len(h) - _SMOOTH // 2]
        k = int(np.argmin(smooth))
        fit_trunc = (TRUNCATION_FIT[0] * h_star, float(h.max()))
        fit_round = (ROUNDOFF_FIT[0] * h_star, ROUNDOFF_FIT[1] * h_star)

        def fit(lo: float, hi: float) -> float:
            mask = (h >= lo) & (h <= hi)
            return log_slope(h[mask], np.maximum(err[mask], float(u) * 1e-3))

        formats.append({"label": label, "u": float(u), "h": h, "err": err,
                        "model": model(h, float(u), M0, M3), "h_star": h_star, "E_star": e_star,
                        "h_min": float(centres[k]), "err_min": float(10 ** smooth[k]),
                        "slope_trunc": fit(*fit_trunc), "slope_round": fit(*fit_round),
                        "fit_trunc": fit_trunc, "fit_round": fit_round})
    return {"formats": formats, "x0": roundoff.X0}


def draw_w_fig2(d: Mapping[str, Any], fig: Any) -> None:
    """Log-log error against the step for both formats, h* and E* marked, slopes drawn."""
    ax = fig.subplots()
    colors = {"single": "tab:orange", "double": "tab:blue"}
    names = {"single": "float32", "double": "float64"}
    for f in d["formats"]:
        c, h = colors[f["label"]], f["h"]
        ax.plot(h, f["err"], color=c, lw=0.6, alpha=0.7, label=f"{names[f['label']]}: measured")
        ax.plot(h, f["model"], color=c, lw=1.0, ls="--",
                label=r"model $h^2 M_3/6 + u M_0/h$" if f["label"] == "double" else None)
        ax.axvline(f["h_star"], color=c, lw=0.8, ls="-.")
        ax.plot([f["h_star"]], [f["E_star"]], "s", color="black", mfc=c, ms=5,
                label=f"$h^* = {sci(f['h_star'])}$, $E^* = {sci(f['E_star'])}$ ({names[f['label']]})")
        ax.axvline(f["u"], color=c, lw=0.8, ls=":",
                   label=f"unit roundoff $u = 2^{{{int(round(np.log2(f['u'])))}}}$ ({names[f['label']]})")
        fits = ((f["fit_trunc"], f["slope_trunc"], 1 / 3, -11), (f["fit_round"], f["slope_round"], 3.0, 6))
        for (lo, hi), s, shift, dy in fits:
            mask = (h >= lo) & (h <= hi)
            hh = h[mask]
            coef = np.polyfit(np.log10(hh), np.log10(np.maximum(f["err"][mask], f["u"] * 1e-3)), 1)
            ax.plot(hh, shift * 10 ** np.polyval(coef, np.log10(hh)), color="black", lw=1.2)
            mid = np.sqrt(lo * hi)
            ax.annotate(f"{names[f['label']]}: slope ${s:+.2f}$",
                        (mid, shift * 10 ** np.polyval(coef, np.log10(mid))), textcoords="offset points",
                        xytext=(0, dy), fontsize=7, ha="center" if dy > 0 else "right",
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(1e-17, 1e-1)
    ax.set_ylim(1e-12, 1e2)
    ax.set_xlabel(rf"step $h$ (same units as $x_0 = {d['x0']:g}$)")
    ax.set_ylabel(r"error $|D_h \sin(x_0) - \cos(x_0)|$ (absolute)")
    ax.set_title(r"W Fig. 2: the roundoff wall of the centered difference $D_h$")
    ax.legend(loc="lower left", frameon=False, fontsize=6.5)


def _caption_w_fig2(d: Mapping[str, Any]) -> str:
    parts = []
    for f in d["formats"]:
        name = "float32" if f["label"] == "single" else "float64"
        parts.append(f"{name}: $h^* = {sci(f['h_star'])}$, $E^* = {sci(f['E_star'])}$, measured minimum at "
                     f"$h = {sci(f['h_min'])}$ (error ${sci(f['err_min'])}$), fitted slopes "
                     f"${f['slope_trunc']:+.2f}$ and ${f['slope_round']:+.2f}$")
    return ("The roundoff wall, as in W Fig. 2: the error of the centered difference $(\\sin(x_0+h) - "
            f"\\sin(x_0-h))/2h$ at $x_0 = {d['x0']:g}$ computed in float32 and float64 by the package's own "
            "experiment (derivations.roundoff.experiment, the measurement behind roundoff.wall), with the "
            "error model $h^2 M_3/6 + u M_0/h$ (dashed), the predicted optimal step "
            "$h^* = (3uM_0/M_3)^{1/3}$ (roundoff.optimal_step) and minimal error $E^*$ (roundoff.minimal_error). "
            "The slopes are least-squares fits on $[5h^*, 0.1]$ and $[h^*/1000, h^*/20]$ (lines shifted up "
            "and down for legibility). " + "; ".join(parts) + ". The wall sits at $h^* \\approx u^{1/3}$, far above "
            "the unit roundoff $u$ (dotted), not below machine precision as W's remark has it (comment roundoff.wall.double, "
            ".single).")


W_FIG2 = Figure(
    name="w_fig2_roundoff_wall", title="W Fig. 2: the roundoff wall in float32 and float64", source="W §4, Fig. 2",
    data=data_w_fig2, draw=draw_w_fig2, caption=_caption_w_fig2,
    computed_from=("roundoff.optimal_step", "roundoff.minimal_error", "roundoff.wall"), size=(6.5, 4.4))
