"""S Fig. 1 and Fig. 2 (S §3, eqs 5–8): the running exponent with a pedestal and the C/A boundary.

Everything plotted is a registry value: ``pedestal.running_exponent`` (S eq 5),
``pedestal.N_crit`` (S eq 7) and ``pedestal.p_crit`` (S eq 8), with the pedestal ratios of
S Fig. 1 from ``derivations.pedestal.FIG1_P``. The erratum of S Fig. 1's caption (dividing
by ``1 − p`` is said to make ``α(x = 1, p) = 1``; it makes it ``α_C = 1/3``) is drawn: the
printed value comes from the ledger's claim ``pedestal.fig1_normalization``.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import numpy as np

from ._base import A_BAND, Figure, cached_data, curve, evaluate

__all__ = ["ALPHA_C", "data_s_fig1", "draw_s_fig1", "data_s_fig2", "draw_s_fig2", "S_FIG1", "S_FIG2"]

#: S's Chinchilla exponent α_C ∼ 1/3 (S §3, Figs 1–2).
ALPHA_C = Fraction(1, 3)
#: 1/N from 10^-12 to 1, ten points a decade.
_X_DECADES, _PER_DECADE = 12, 10


def _fig1_claim() -> Any:
    from derivations import pedestal
    return next(c for c in pedestal.running_exponent.claims if c.id == "pedestal.fig1_normalization")


@cached_data
def data_s_fig1() -> dict[str, Any]:
    """S Fig. 1: α_p(x) at x = 1/N for S's four pedestals, raw and normalized.

    Keys: ``x`` (1/N, increasing), ``p`` (the pedestals), ``raw`` (α_p(x), one row per p),
    ``divided`` (α_p(x)/(1 − p), S's normalization), ``at_one`` (α_p(1)/(1 − p) per p),
    ``printed`` (the value S's caption says the normalization gives), ``alpha_c``.

    >>> d = data_s_fig1()
    >>> [round(float(v), 12) for v in d["at_one"]], d["printed"]
    ([0.333333333333, 0.333333333333, 0.333333333333, 0.333333333333], 1.0)
    """
    from derivations import pedestal
    from verify.claims import parse_printed

    claim = _fig1_claim()
    exponents = [Fraction(-k, _PER_DECADE) for k in range(_X_DECADES * _PER_DECADE, -1, -1)]
    x = np.array([10.0 ** float(e) for e in exponents])
    ps = [Fraction(p) for p in pedestal.FIG1_P]
    raw = np.array([curve("pedestal.running_exponent", "x", x.tolist(), p=p, alpha=ALPHA_C) for p in ps])
    divided = raw / np.array([[float(1 - p)] for p in ps])
    at_one = np.array([evaluate("pedestal.running_exponent", x=1, p=p, alpha=ALPHA_C) / float(1 - p) for p in ps])
    return {"x": x, "p": np.array([float(p) for p in ps]), "raw": raw, "divided": divided, "at_one": at_one,
            "printed": float(parse_printed(claim.printed)), "alpha_c": float(ALPHA_C)}


def draw_s_fig1(d: Mapping[str, Any], fig: Any) -> None:
    """Two panels: (a) α_p(1/N) with the A band; (b) α_p/(1 − p), S's normalization, against
    the value S's caption states (right axis: divided by (1 − p) α_C, which does give 1)."""
    ax_raw, ax_norm = fig.subplots(1, 2, sharex=True)
    lo, hi = A_BAND
    for ax in (ax_raw, ax_norm):
        ax.set_xscale("log")
        ax.set_xlabel("inverse size $1/N$ (N: tokens or parameters)")
    ax_raw.axhspan(lo, hi, color="tab:red", alpha=0.12, lw=0, label=f"A band ${lo:g} < \\alpha < {hi:g}$")
    ax_raw.axhline(d["alpha_c"], color="black", lw=1, label=r"$\alpha_C = 1/3$")
    for i, p in enumerate(d["p"]):
        ax_raw.plot(d["x"], d["raw"][i], lw=1.4, label=f"$p = {p:g}$")
        ax_norm.plot(d["x"], d["divided"][i], lw=1.4, label=f"$p = {p:g}$")
    ax_raw.set_ylabel(r"running exponent $\alpha_p(1/N)$ (dimensionless)")
    ax_raw.set_title(r"(a) $\alpha_p = x L'/L$, S eq. (5), $\alpha_C = 1/3$")
    ax_raw.set_ylim(0, 0.36)
    ax_raw.legend(loc="center left", bbox_to_anchor=(0.0, 0.58), frameon=False)

    ax_norm.axhline(d["printed"], color="tab:red", ls=":", lw=1.2,
                    label=f"S's caption: $\\alpha(x{{=}}1, p) = {d['printed']:g}$ (erratum)")
    ax_norm.plot([1.0], [d["at_one"][0]], "ko", ms=4,
                 label=f"computed: $\\alpha_p(1)/(1-p) = \\alpha_C = {d['at_one'][0]:.4g}$")
    ax_norm.axhline(d["alpha_c"], color="black", lw=1)
    ax_norm.set_ylim(0, 1.08)
    ax_norm.set_ylabel(r"$\alpha_p(1/N)/(1-p)$, S's normalization")
    ax_norm.set_title(r"(b) divided by $1-p$, as S Fig. 1 is")
    alpha_c = d["alpha_c"]
    right = ax_norm.secondary_yaxis("right", functions=(lambda v: v / alpha_c, lambda v: v * alpha_c))
    right.set_ylabel(r"$\alpha_p/((1-p)\,\alpha_C)$: equals 1 at $1/N = 1$")
    ax_norm.legend(loc="center left", frameon=False)


def _caption_s_fig1(d: Mapping[str, Any]) -> str:
    ps = ", ".join(f"{p:g}" for p in d["p"])
    return (f"The running exponent $\\alpha_p(x) = x L'/L$ of S eq. (5) against $x = 1/N$ for $\\alpha_C = 1/3$ "
            f"and the pedestals $p = {ps}$ of S Fig. 1, from the registry entry pedestal.running_exponent. "
            f"(a) The exponent itself: it slides from $(1-p)\\alpha_C$ at $N = 1$ into the A band "
            f"${A_BAND[0]:g} < \\alpha < {A_BAND[1]:g}$ well before $N = 10^{{12}}$. (b) Divided by $1 - p$, as "
            f"S's caption says the curves are: at $1/N = 1$ every curve is at "
            f"$\\alpha_C = {d['at_one'][0]:.4g}$, not at the value ${d['printed']:g}$ the caption states "
            f"(erratum pedestal.fig1_normalization); the right axis divides by $(1-p)\\alpha_C$, the "
            f"normalization that does give 1.")


S_FIG1 = Figure(
    name="s_fig1_running_exponent", title="S Fig. 1: the running exponent against $1/N$", source="S §3, Fig. 1",
    data=data_s_fig1, draw=draw_s_fig1, caption=_caption_s_fig1,
    computed_from=("pedestal.running_exponent", "pedestal.fig1_normalization"))


@cached_data
def data_s_fig2() -> dict[str, Any]:
    """S Fig. 2: N_crit(p) = ((1 − p)/p)^{1/α_C} for p from 10^-3 to 1/2, α_C = 1/3.

    Keys: ``p``, ``N_crit``, ``alpha_c``; ``N_mark``, ``p_mark``: S's example N = 10^6 and
    p_crit(10^6) from ``pedestal.p_crit``.

    >>> d = data_s_fig2()
    >>> float(d["N_crit"][-1]), round(d["p_mark"] * 101, 12)   # N_crit(1/2) = 1; p_crit(10^6) = 1/101
    (1.0, 1.0)
    """
    exponents = np.linspace(-3, np.log10(0.5), 91)
    ps = [Fraction(10.0 ** float(e)).limit_denominator(10**15) for e in exponents[:-1]] + [Fraction(1, 2)]
    n_crit = curve("pedestal.N_crit", "p", ps, alpha_c=ALPHA_C)
    n_mark = 10**6
    p_mark = evaluate("pedestal.p_crit", N=n_mark, alpha_c=ALPHA_C)
    return {"p": np.array([float(p) for p in ps]), "N_crit": n_crit, "alpha_c": float(ALPHA_C),
            "N_mark": float(n_mark), "p_mark": p_mark}


def draw_s_fig2(d: Mapping[str, Any], fig: Any) -> None:
    """N_crit(p), log-log, with the C region below and the A region above."""
    ax = fig.subplots()
    p, n = d["p"], d["N_crit"]
    top = n.max() * 100
    ax.fill_between(p, 1e-1, n, color="tab:blue", alpha=0.12, lw=0,
                    label=r"C regime: $N < N_{\rm crit}$, the power law dominates")
    ax.fill_between(p, n, top, color="tab:red", alpha=0.12, lw=0,
                    label=r"A regime: $N > N_{\rm crit}$, the pedestal dominates")
    ax.plot(p, n, color="black", lw=1.5, label=r"$N_{\rm crit}(p) = ((1-p)/p)^{3}$, S eq. (7)")
    ax.plot([d["p_mark"]], [d["N_mark"]], "o", color="tab:purple", ms=5,
            label=f"$p_{{\\rm crit}}(N) = 1/(1+N^{{1/3}}) = {d['p_mark']:.4g}$ at $N = 10^{{{round(np.log10(d['N_mark']))}}}$, S eq. (8)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(p.min(), p.max())
    ax.set_ylim(1e-1, top)
    ax.set_xlabel(r"pedestal $p = L_0/L_1$ (dimensionless)")
    ax.set_ylabel(r"critical size $N_{\rm crit}$ (tokens or parameters)")
    ax.set_title(r"S Fig. 2: the boundary between the C and A regimes, $\alpha_C = 1/3$")
    ax.legend(loc="upper right", frameon=False)


def _caption_s_fig2(d: Mapping[str, Any]) -> str:
    return ("The critical size $N_{\\rm crit}(p) = ((1-p)/p)^{1/\\alpha_C}$ of S eq. (7) for $\\alpha_C = 1/3$, "
            "log-log, from the registry entry pedestal.N_crit: below the curve the power law (C regime) "
            "dominates the loss, above it the pedestal (A regime). For small $p$ the boundary falls as "
            "$p^{-3}$. The point is S's example: at $N = 10^6$ the critical pedestal is "
            f"$p_{{\\rm crit}} = 1/(1 + N^{{1/3}}) = {d['p_mark']:.4g}$ (pedestal.p_crit, S eq. (8)).")


S_FIG2 = Figure(
    name="s_fig2_N_crit", title=r"S Fig. 2: the boundary $N_{\mathrm{crit}}(p)$ between the C and A regimes",
    source="S §3, Fig. 2", data=data_s_fig2, draw=draw_s_fig2, caption=_caption_s_fig2,
    computed_from=("pedestal.N_crit", "pedestal.p_crit"), size=(5.5, 3.8))
