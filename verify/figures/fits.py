"""Effective exponent of published scaling-law fits against N (beyond W and S; S §3, eq. 5).

For every two-term fit ``L = E + A/N^α + B/D^β`` of the shipped fits file
(``verify/data/fits.toml``, read by :func:`verify.fits.load_file`), the effective exponent of
its N-term, ``α_eff(N) = −d ln(E + A N^{−α})/d ln N`` (``pedestal.effective_exponent``),
against ``N``, with the papers' A band 0.05–0.1 and the sizes where each fit crosses its
edges (``fits.crossing_size``). Without a readable fits file, Chinchilla alone, with the
parameters of ``derivations.pedestal.CHINCHILLA`` (Hoffmann et al. 2022, eq. 10).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import numpy as np

from ._base import A_BAND, Figure, cached_data, curve, evaluate, sci

__all__ = ["two_term_fits", "data_fits", "draw_fits", "FITS"]

#: Sizes N = 10^6 … 10^16, twenty points a decade.
_N = np.logspace(6, 16, 201)


def two_term_fits() -> list[tuple[str, dict[str, Fraction]]]:
    """(name, {E, A, alpha}) of every two-term fit of the shipped fits file, in file order;
    Chinchilla from ``derivations.pedestal.CHINCHILLA`` if the file cannot be read.

    >>> two_term_fits()[0][0]
    'Chinchilla'
    """
    try:
        from verify import fits as fits_module
        fits, _errors = fits_module.load_file(fits_module.SHIPPED)
    except ImportError:
        fits = []
    chosen = [(f.name, {k: f.parameters[k] for k in ("E", "A", "alpha")}) for f in fits if f.form == "two-term"]
    if not chosen:
        from derivations import pedestal
        chosen = [("Chinchilla", {k: Fraction(v) for k, v in pedestal.CHINCHILLA.items()})]
    return chosen


@cached_data
def data_fits() -> dict[str, Any]:
    """Keys: ``N``; ``fits``: a list of dicts with ``name``, ``params`` (E, A, alpha as
    fractions), ``alpha_eff`` (the curve), ``crossings`` ({level: N} for the band edges
    below α).

    >>> d = data_fits()
    >>> c = d["fits"][0]
    >>> c["name"], f"{c['crossings'][0.1]:.3g}", f"{c['crossings'][0.05]:.3g}"
    ('Chinchilla', '1.32e+08', '1.77e+09')
    """
    out = []
    for name, params in two_term_fits():
        alpha_eff = curve("pedestal.effective_exponent", "N", _N.tolist(), **params)
        crossings = {}
        for level in A_BAND:
            lvl = Fraction(str(level))
            if lvl < params["alpha"]:
                crossings[level] = evaluate("fits.crossing_size", level=lvl, **params)
        out.append({"name": name, "params": params, "alpha_eff": alpha_eff, "crossings": crossings})
    return {"N": _N, "fits": out}


def draw_fits(d: Mapping[str, Any], fig: Any) -> None:
    """α_eff(N) for each fit, log N, with the A band and the crossings marked."""
    ax = fig.subplots()
    lo, hi = A_BAND
    ax.axhspan(lo, hi, color="tab:red", alpha=0.12, lw=0, label=f"A band ${lo:g}$–${hi:g}$ (W, S)")
    for k, f in enumerate(d["fits"]):
        p = f["params"]
        line, = ax.plot(d["N"], f["alpha_eff"], lw=1.6,
                        label=f"{f['name']}: $E = {float(p['E']):g}$, $A = {float(p['A']):g}$, "
                              f"$\\alpha = {float(p['alpha']):g}$")
        for level, n in f["crossings"].items():
            ax.plot([n], [level], "o", color=line.get_color(), ms=4)
            ax.annotate(f"$N = {sci(n)}$", (n, level), textcoords="offset points",
                        xytext=(4, 4 + 9 * k), fontsize=7, color=line.get_color())
    ax.set_xscale("log")
    ax.set_xlim(d["N"][0], d["N"][-1])
    ax.set_ylim(0, None)
    ax.set_xlabel(r"model size $N$ (parameters)")
    ax.set_ylabel(r"effective exponent $\alpha_{\rm eff} = -d\ln L/d\ln N$ (dimensionless)")
    ax.set_title(r"Effective exponent of published fits $L = E + A N^{-\alpha}$ ($D \to \infty$)")
    ax.legend(loc="upper right", frameon=False)


def _caption_fits(d: Mapping[str, Any]) -> str:
    parts = []
    for f in d["fits"]:
        cross = " and ".join(f"${lvl:g}$ at $N = {sci(n, 3)}$" for lvl, n in sorted(f["crossings"].items(),
                                                                                  reverse=True))
        parts.append(f"{f['name']} crosses {cross}" if cross else f"{f['name']} never reaches the band")
    return ("The effective exponent $\\alpha_{\\rm eff}(N) = \\alpha A N^{-\\alpha}/(E + A N^{-\\alpha})$ of the "
            "N-term of published two-term fits $L = E + A/N^\\alpha + B/D^\\beta$ (the data term dropped, "
            "$D \\to \\infty$), from the registry entry pedestal.effective_exponent — S eq. (5) with "
            "$p = E/(E + A)$ — with the parameters of the shipped fits file verify/data/fits.toml, against the "
            f"papers' A band ${A_BAND[0]:g}$–${A_BAND[1]:g}$; the dots are the crossing sizes of fits.crossing_size: "
            + "; ".join(parts) + ".")


FITS = Figure(
    name="fits_effective_exponent", title="Effective exponent of published scaling-law fits against $N$",
    source="beyond W and S (S §3, eq. 5 applied to published fits)", data=data_fits, draw=draw_fits,
    caption=_caption_fits, computed_from=("pedestal.effective_exponent", "fits.crossing_size"), size=(6.0, 3.8))
