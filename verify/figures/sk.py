"""The Sharma–Kaplan and rough-signal exponents measured (S §4–5, eqs 9–13, 17).

The package's own measurement (``derivations._measure.interpolation_exponent``: nearest-node
and multilinear interpolation of smooth and Weierstrass-type Hölder-``h`` fields on ``n^d``
grids, fitted slope of the mean squared error against ``N = n^d``) against the closed forms
``2/d`` (``sk.piecewise_constant``), ``4/d`` (``sk.piecewise_linear``) and ``2h/d``
(``sk.rough_signal``) at the K41 value ``h = 1/3`` (``turbulence.k41``); S's eq. 17 form
``4h/d`` (an erratum) is drawn as ``h`` times the Sharma–Kaplan exponent.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import numpy as np

from ._base import Figure, cached_data, curve, evaluate

__all__ = ["DIMENSIONS", "SCHEMES", "data_sk", "draw_sk", "SK"]

#: The dimensions the measurement supports.
DIMENSIONS = (1, 2, 3)
#: (scheme, registry entry of its closed form, label): measured against which exponent.
SCHEMES = (("constant", "sk.piecewise_constant", "nearest node, smooth field"),
           ("linear", "sk.piecewise_linear", "multilinear, smooth field"),
           ("rough", "sk.rough_signal", "multilinear, Hölder-$h$ field"))
_D = np.linspace(0.8, 3.2, 97)


@cached_data
def data_sk() -> dict[str, Any]:
    """Keys: ``d`` (1, 2, 3), ``h`` (K41's 1/3), ``d_line`` (real d for the closed forms);
    ``schemes``: a list of dicts with ``scheme``, ``entry``, ``label``, ``slope``, ``stderr``
    (measured, one per d), ``expected`` (closed form at d = 1, 2, 3), ``line`` (closed form
    along ``d_line``), ``sizes``, ``errors`` (the raw measurement per d); ``s_form`` (S's
    ``4h/d`` along ``d_line``) and ``s_form_at`` (at d = 1, 2, 3).

    >>> d = data_sk()
    >>> [[round(float(x), 4) for x in s["expected"]] for s in d["schemes"]]
    [[2.0, 1.0, 0.6667], [4.0, 2.0, 1.3333], [0.6667, 0.3333, 0.2222]]
    """
    from derivations._measure import interpolation_exponent

    # K41's Hölder exponent from the registry, as the fraction it is (15 digits identify it).
    h_exact = Fraction(evaluate("turbulence.k41")).limit_denominator(10**6)
    dims = [Fraction(x).limit_denominator(1000) for x in _D]
    out = []
    for scheme, entry, label in SCHEMES:
        extra = {"h": h_exact} if scheme == "rough" else {}
        fits = [interpolation_exponent(dim, scheme=scheme, h=float(h_exact) if extra else None) for dim in DIMENSIONS]
        out.append({"scheme": scheme, "entry": entry, "label": label,
                    "slope": np.array([f.slope for f in fits]), "stderr": np.array([f.stderr for f in fits]),
                    "expected": curve(entry, "d", DIMENSIONS, **extra), "line": curve(entry, "d", dims, **extra),
                    "sizes": [np.array(f.sizes) for f in fits], "errors": [np.array(f.errors) for f in fits]})
    sk_line = curve("sk.piecewise_linear", "d", dims)
    s_at = float(h_exact) * curve("sk.piecewise_linear", "d", DIMENSIONS)
    return {"d": np.array(DIMENSIONS), "h": float(h_exact), "d_line": _D, "schemes": out,
            "s_form": float(h_exact) * sk_line, "s_form_at": s_at}


def draw_sk(d: Mapping[str, Any], fig: Any) -> None:
    """(a) measured exponents with ±2 standard errors over the closed forms; (b) the raw errors."""
    ax, ax_raw = fig.subplots(1, 2)
    colors = {"constant": "tab:blue", "linear": "tab:green", "rough": "tab:purple"}
    forms = {"constant": r"$2/d$", "linear": r"$4/d$ (Sharma–Kaplan)", "rough": f"$2h/d$, $h = {d['h']:.3g}$"}
    for s in d["schemes"]:
        c = colors[s["scheme"]]
        ax.plot(d["d_line"], s["line"], color=c, lw=1.2, label=f"{forms[s['scheme']]} ({s['entry']})")
        ax.errorbar(d["d"], s["slope"], yerr=2 * s["stderr"], fmt="o", color=c, ms=4, capsize=2,
                    label=f"measured: {s['label']}")
        for k, dim in enumerate(d["d"]):
            ax_raw.loglog(s["sizes"][k], s["errors"][k], "o-", color=c, ms=2.5, lw=0.8,
                          alpha=(1.0, 0.7, 0.45)[k], label=f"{s['scheme']}, $d = {dim}$")
    ax.plot(d["d_line"], d["s_form"], color="tab:red", ls=":", lw=1.2,
            label="S eq. (17): $4h/d$ (erratum sk.rough_signal.eq17)")
    from matplotlib.ticker import NullFormatter
    ax.set_xticks(list(d["d"]))
    ax.set_yscale("log")
    ticks = (0.2, 0.3, 0.5, 1, 2, 4)
    ax.set_yticks(ticks, labels=[f"{t:g}" for t in ticks])
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel(r"intrinsic dimension $d$")
    ax.set_ylabel(r"exponent $\alpha$ in $L \propto N^{-\alpha}$ (dimensionless)")
    ax.set_title("(a) fitted exponents ($\\pm 2$ s.e.) and closed forms")
    ax.legend(loc="upper right", frameon=False, fontsize=6)
    ax_raw.set_xlabel(r"cubelets $N = n^d$")
    ax_raw.set_ylabel("mean squared interpolation error (field units$^2$)")
    ax_raw.set_title("(b) the measurement")
    ax_raw.legend(loc="lower left", frameon=False, fontsize=5.5, ncol=3)


def _caption_sk(d: Mapping[str, Any]) -> str:
    rows = []
    for s in d["schemes"]:
        vals = ", ".join(f"${m:.3f} \\pm {e:.3f}$" for m, e in zip(s["slope"], s["stderr"]))
        rows.append(f"{s['label']}: {vals}")
    return ("The Sharma–Kaplan exponents measured by the package (derivations._measure.interpolation_exponent): the "
            "mean squared error of nearest-node and multilinear interpolation of smooth fields, and of multilinear "
            f"interpolation of Weierstrass-type random fields of Hölder exponent $h = {d['h']:.3g}$ (K41, "
            "turbulence.k41), on grids of $N = n^d$ cubelets in $d = 1, 2, 3$ (fixed seeds), fitted as "
            "$N^{-\\alpha}$. (a) The fitted exponents (error bars: two standard errors of the fit) against the "
            "closed forms $2/d$ (sk.piecewise_constant), $4/d$ (sk.piecewise_linear) and $2h/d$ "
            "(sk.rough_signal); S's eq. (17) form $4h/d$, dotted, misses the rough-field measurements by a "
            "factor 2. (b) The measured errors. Fitted exponents for $d = 1, 2, 3$ — " + "; ".join(rows) + ".")


SK = Figure(
    name="sk_exponents_measured", title="Sharma–Kaplan and rough-signal exponents, measured",
    source="S §4–5, eqs (9)–(13), (17)", data=data_sk, draw=draw_sk, caption=_caption_sk,
    computed_from=("sk.piecewise_constant", "sk.piecewise_linear", "sk.rough_signal", "turbulence.k41"),
    size=(7.5, 3.4))
