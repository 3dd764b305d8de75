"""W Fig. 3 (W §3.1, Appendix II): output densities of one tanh neuron with a Gaussian input.

The exact density is the registry's ``jacobian.tanh_density`` (``y = tanh(w x)``,
``x ~ N(0, 1)``); the weights are multiples of the bimodality threshold ``1/√2`` of
``jacobian.tanh_bimodality``: below it the density is narrow and unimodal, at it flat at
``y = 0``, above it bimodal. Histograms of sampled ``tanh(w x)`` (fixed seed) are drawn
under the exact curves.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import numpy as np

from ._base import Figure, cached_data, curve, evaluate

__all__ = ["WEIGHT_FACTORS", "SEED", "SAMPLES", "BINS", "data_w_fig3", "draw_w_fig3", "W_FIG3"]

#: Weights drawn, as multiples of the threshold 1/√2: small, threshold, large.
WEIGHT_FACTORS = (Fraction(1, 2), Fraction(1), Fraction(3, 2))
#: Seed, number of samples and histogram bins on (−1, 1).
SEED, SAMPLES, BINS = 20250719, 200_000, 50
#: Points at which the exact density is drawn.
_Y = np.linspace(-1, 1, 201)[1:-1]


@cached_data
def data_w_fig3() -> dict[str, Any]:
    """W Fig. 3: exact densities of tanh(w x) and histograms of samples, three weights.

    Keys: ``threshold`` (1/√2), ``w`` (the weights), ``y`` (density abscissae), ``density``
    (one row per weight), ``edges`` (bin edges), ``counts`` (sampled counts per bin, one row
    per weight), ``samples``, ``seed``.

    >>> d = data_w_fig3()
    >>> round(d["threshold"] ** 2, 12), [int(c.sum()) for c in d["counts"]]
    (0.5, [200000, 200000, 200000])
    """
    threshold = evaluate("jacobian.tanh_bimodality")
    weights = [float(k) * threshold for k in WEIGHT_FACTORS]
    density = np.array([curve("jacobian.tanh_density", "y", _Y.tolist(), w=w, b=0) for w in weights])
    x = np.random.default_rng(SEED).standard_normal(SAMPLES)
    edges = np.linspace(-1, 1, BINS + 1)
    counts = np.array([np.histogram(np.tanh(w * x), bins=edges)[0] for w in weights])
    return {"threshold": threshold, "w": np.array(weights), "y": _Y, "density": density, "edges": edges,
            "counts": counts, "samples": SAMPLES, "seed": SEED}


def draw_w_fig3(d: Mapping[str, Any], fig: Any) -> None:
    """Three panels, one per weight: the sampled histogram (density) under the exact curve."""
    axes = fig.subplots(1, 3, sharey=True)
    widths = np.diff(d["edges"])
    names = ("small", "threshold", "large")
    for k, ax in enumerate(axes):
        w = d["w"][k]
        hist = d["counts"][k] / (d["samples"] * widths)
        ax.stairs(hist, d["edges"], fill=True, color="tab:gray", alpha=0.45,
                  label=f"histogram, {d['samples']:,} samples")
        ax.plot(d["y"], d["density"][k], color="tab:blue", lw=1.5, label="exact density")
        factor = WEIGHT_FACTORS[k]
        ax.set_title(f"{names[k]}: $w = {factor}/\\sqrt{{2}} = {w:.3g}$" if factor != 1
                     else f"threshold: $w = 1/\\sqrt{{2}} = {w:.3g}$")
        ax.set_xlabel(r"output $y = \tanh(w x)$ (dimensionless)")
        ax.set_xlim(-1, 1)
    axes[0].set_ylabel(r"probability density $p_{\rm out}(y)$ (per unit $y$)")
    axes[0].set_ylim(0, 1.15 * max(float(d["density"][0].max()), float((d["counts"][0] / (d["samples"] * widths)).max())))
    axes[0].legend(loc="upper right", frameon=False, fontsize=6.5)


def _caption_w_fig3(d: Mapping[str, Any]) -> str:
    ws = ", ".join(f"{w:.3g}" for w in d["w"])
    return ("Output densities of one tanh neuron, $y = \\tanh(w x)$ with $x \\sim N(0, 1)$, as in W Fig. 3: the "
            "exact density $p_{\\rm out}(y) = e^{-\\operatorname{atanh}(y)^2/2w^2}/(\\sqrt{2\\pi}\\,|w|\\,(1 - y^2))$ "
            "(registry entry jacobian.tanh_density) over histograms of "
            f"{d['samples']:,} samples of $x$ (numpy, seed {d['seed']}) pushed through the neuron, for $w = {ws}$: "
            "half, once and one and a half times the threshold $1/\\sqrt{2}$ of jacobian.tanh_bimodality. Small "
            "weights give a narrow unimodal density, the threshold a density flat at $y = 0$, large weights a "
            "bimodal one.")


W_FIG3 = Figure(
    name="w_fig3_tanh_densities", title="W Fig. 3: tanh output densities for small, threshold and large weights",
    source="W §3.1, Fig. 3, Appendix II", data=data_w_fig3, draw=draw_w_fig3, caption=_caption_w_fig3,
    computed_from=("jacobian.tanh_density", "jacobian.tanh_bimodality"), size=(7.5, 2.9))
