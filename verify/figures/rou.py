"""Resilience of uncertainty (W Appendix I, eqs 13–15): amplification factors A_p.

(a) The Gaussian ``A_p = ((p − 1)!!)^{1/p}`` (``rou.gaussian``) against the even order ``p``,
with the Stirling form the derivation itself derives (its step ``stirling``) and its
leading term ``√(p/e)``. (b) The truncated Lorentz–Cauchy ``A_p(Λ)`` (``rou.cauchy_truncated``)
against the cutoff ``Λ``, with the asymptote ``c_p Λ^{1/2 − 1/p}`` (``rou.cauchy_asymptotic``).
"""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from ._base import Figure, cached_data, curve, log_slope

__all__ = ["GAUSSIAN_ORDERS", "CAUCHY_ORDERS", "data_rou", "draw_rou", "ROU"]

#: Even orders of the Gaussian panel.
GAUSSIAN_ORDERS = tuple(range(2, 42, 2))
#: Orders of the truncated-Cauchy panel, and the cutoffs Λ = 10^0.25 … 10^8.
CAUCHY_ORDERS = (4, 6, 8)
_LAMBDA = np.logspace(0.25, 8, 32)


def _stirling() -> tuple[Any, Any]:
    """The Stirling form of rou.gaussian (its step ``stirling``: the form the derivation states
    and the checker proves equal to what the rule derives; replaying the chain would cost
    seconds) and its leading term, as numpy functions of a real order s (the leading term is
    the form's limit over √s, times √s)."""
    import sympy as sp

    import derivations
    form = next(r for r in derivations.get("rou.gaussian").steps if r.name == "stirling").expect.rhs
    (s,) = form.free_symbols
    leading = sp.limit(form / sp.sqrt(s), s, sp.oo) * sp.sqrt(s)
    return sp.lambdify(s, form, "numpy"), sp.lambdify(s, leading, "numpy")


@cached_data
def data_rou() -> dict[str, Any]:
    """The two panels' data.

    Keys: ``p`` (even orders), ``A_gauss``; ``s`` (real orders), ``stirling``, ``leading``
    (√(p/e)); ``Lambda``, ``cauchy_orders``, ``A_cauchy`` and ``A_asym`` (one row per order).

    >>> d = data_rou()
    >>> round(float(d["A_gauss"][1] ** 4), 10), round(float(d["leading"][-1] ** 2 * np.e / d["s"][-1]), 10)
    (3.0, 1.0)
    """
    stirling, leading = _stirling()
    s = np.linspace(2, GAUSSIAN_ORDERS[-1], 200)
    a_cauchy = np.array([curve("rou.cauchy_truncated", "Lambda", _LAMBDA.tolist(), p=q) for q in CAUCHY_ORDERS])
    a_asym = np.array([curve("rou.cauchy_asymptotic", "Lambda", _LAMBDA.tolist(), p=q) for q in CAUCHY_ORDERS])
    return {"p": np.array(GAUSSIAN_ORDERS, dtype=float),
            "A_gauss": curve("rou.gaussian", "p", GAUSSIAN_ORDERS),
            "s": s, "stirling": np.asarray(stirling(s), dtype=float),
            "leading": np.asarray(leading(s), dtype=float) * np.ones_like(s),
            "Lambda": _LAMBDA, "cauchy_orders": np.array(CAUCHY_ORDERS), "A_cauchy": a_cauchy, "A_asym": a_asym}


def draw_rou(d: Mapping[str, Any], fig: Any) -> None:
    """(a) Gaussian A_p with its Stirling forms; (b) truncated Cauchy A_p(Λ), log-log, with asymptotes."""
    ax_g, ax_c = fig.subplots(1, 2)
    ax_g.plot(d["p"], d["A_gauss"], "o", color="tab:blue", ms=4, label=r"$A_p = ((p-1)!!)^{1/p}$ (rou.gaussian)")
    ax_g.plot(d["s"], d["stirling"], color="black", lw=1,
              label=r"Stirling: $\sqrt{p/e}\;2^{1/2p}\,e^{-1/12p^2}$ (rou.gaussian)")
    ax_g.plot(d["s"], d["leading"], color="tab:gray", lw=1, ls="--", label=r"leading term $\sqrt{p/e}$")
    ax_g.set_xlabel(r"order $p$ (even)")
    ax_g.set_ylabel(r"amplification $A_p = \sigma_p/\sigma$ (dimensionless)")
    ax_g.set_title("(a) Gaussian")
    ax_g.legend(loc="lower right", frameon=False)
    colors = ("tab:blue", "tab:orange", "tab:green")
    for k, q in enumerate(d["cauchy_orders"]):
        ax_c.plot(d["Lambda"], d["A_cauchy"][k], "o", ms=3, color=colors[k],
                  label=f"$A_{{{q}}}(\\Lambda)$ exact (rou.cauchy_truncated)")
        ax_c.plot(d["Lambda"], d["A_asym"][k], color=colors[k], lw=1,
                  label=f"$c_{{{q}}}\\,\\Lambda^{{1/2-1/{q}}}$ (rou.cauchy_asymptotic)")
    ax_c.set_xscale("log")
    ax_c.set_yscale("log")
    ax_c.set_xlabel(r"cutoff $\Lambda = X/\gamma$ (dimensionless)")
    ax_c.set_ylabel(r"amplification $A_p(\Lambda)$ (dimensionless)")
    ax_c.set_title(r"(b) Lorentz–Cauchy truncated at $|x| \leq \Lambda\gamma$")
    ax_c.legend(loc="upper left", frameon=False, fontsize=6.5)


def _caption_rou(d: Mapping[str, Any]) -> str:
    fits = ", ".join(f"${log_slope(d['Lambda'][-8:], d['A_cauchy'][k][-8:]):.4f}$ for $p = {q}$ "
                     f"(asymptote $1/2 - 1/{q} = {0.5 - 1 / q:.4f}$)" for k, q in enumerate(d["cauchy_orders"]))
    return ("Resilience of uncertainty (W Appendix I). (a) The Gaussian amplification factor "
            "$A_p = \\sigma_p/\\sigma = ((p-1)!!)^{1/p}$ for even $p$ (registry entry rou.gaussian), the Stirling "
            "form derived in that entry, and its leading term $\\sqrt{p/e}$: the growth is only $\\sqrt{p}$. "
            "(b) The exact $A_p(\\Lambda)$ of the Lorentz–Cauchy density truncated at $|x| \\leq \\Lambda\\gamma$ "
            "and renormalized (rou.cauchy_truncated), log-log against the cutoff, with the asymptote "
            "$c_p \\Lambda^{1/2 - 1/p}$ (rou.cauchy_asymptotic). Log-log slopes of the exact values over the "
            f"last decades: {fits}.")


ROU = Figure(
    name="rou_amplification", title="Resilience of uncertainty: Gaussian and truncated-Cauchy amplification",
    source="W Appendix I, eqs (13)–(15)", data=data_rou, draw=draw_rou, caption=_caption_rou,
    computed_from=("rou.gaussian", "rou.cauchy_truncated", "rou.cauchy_asymptotic"), size=(7.5, 3.3))
