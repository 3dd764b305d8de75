"""The figure record, registry helpers and deterministic saving (all figures of W and S).

A :class:`Figure` pairs a pure ``data`` function (arrays and numbers computed from the
registry's closed forms, ``derivations.get(ID).evaluate(...)``, or from the package's own
measurements; no matplotlib) with a ``draw`` function (matplotlib, given that data) and a
``caption`` (prose, mathematics between ``$...$``, rendered by :mod:`verify.prose`).
Saving fixes everything that could vary between runs: the style (matplotlib's defaults,
whatever the user's ``matplotlibrc`` says), the resolution, and no software version or
timestamp in the files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import functools

import mpmath
import numpy as np

__all__ = ["Figure", "cached_data", "evaluate", "curve", "log_slope", "sci", "DPI", "PNG_METADATA", "PDF_METADATA", "STYLE",
           "A_BAND", "save"]

#: Resolution of the PNG files (fixed: a rerun is byte-identical).
DPI = 150
#: No software version in the PNG (matplotlib writes one by default).
PNG_METADATA: dict[str, Any] = {"Software": None}
#: No creator, producer or date in the PDF.
PDF_METADATA: dict[str, Any] = {"Creator": None, "Producer": None, "CreationDate": None}
#: On top of matplotlib's default style: small fonts for two-column figures, a light grid.
STYLE: dict[str, Any] = {
    "font.size": 9, "axes.titlesize": 9, "axes.labelsize": 9, "legend.fontsize": 7.5,
    "xtick.labelsize": 8, "ytick.labelsize": 8, "axes.grid": True, "grid.alpha": 0.3,
    "figure.dpi": 100, "savefig.dpi": DPI, "svg.hashsalt": "wallcheck",
}


def _band() -> tuple[float, float]:
    from derivations import pedestal
    lo, hi = sorted(float(mpmath.mpf(v)) for v in pedestal.A_BAND)
    return lo, hi


#: The edges (low, high) of the papers' A band 0.05 < α < 0.1 (S §3, W §3): read from
#: ``derivations.pedestal.A_BAND``, so that the figures and the pedestal notes use one pair.
A_BAND: tuple[float, float] = _band()


@dataclass(frozen=True)
class Figure:
    """One figure: its file stem, what it reproduces, and how it is computed and drawn.

    ``data()`` returns a mapping of numpy arrays and numbers (pure, deterministic, no
    matplotlib); ``draw(data, fig)`` fills a :class:`matplotlib.figure.Figure`;
    ``caption(data)`` is the caption, prose with its mathematics between ``$...$``
    (it may quote numbers from the data).
    """

    name: str
    title: str
    source: str
    data: Callable[[], Mapping[str, Any]]
    draw: Callable[[Mapping[str, Any], Any], None]
    caption: Callable[[Mapping[str, Any]], str]
    computed_from: tuple[str, ...] = field(default=())
    size: tuple[float, float] = (7.0, 3.2)


def _freeze(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
    elif isinstance(value, dict):
        for v in value.values():
            _freeze(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _freeze(v)
    return value


def cached_data(fn: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """Compute a figure's data once per process (it is deterministic) and make its arrays
    read-only, so that a caller cannot change what the next caller sees. ``fn.__wrapped__``
    recomputes.

    >>> @cached_data
    ... def squares():
    ...     return {"x": np.arange(3) ** 2}
    >>> squares() is squares(), squares()["x"].flags.writeable
    (True, False)
    """
    cached = functools.cache(fn)

    @functools.wraps(fn)
    def wrapper() -> dict[str, Any]:
        return _freeze(cached())

    return wrapper


def evaluate(ident: str, dps: int = 15, **params: Any) -> float:
    """The registry's closed form ``ident`` at ``params`` as a float.

    >>> evaluate("llm.resource_factor", F=10, alpha="1/2")
    100.0
    """
    import derivations
    return float(derivations.get(ident).evaluate(dps=dps, **params))


def curve(ident: str, over: str, values: Iterable[Any], dps: int = 15, **params: Any) -> np.ndarray:
    """The closed form ``ident`` along ``over`` (the other parameters fixed), as a float array.

    >>> curve("pedestal.N_crit", "p", ["0.5", "0.1"], alpha_c="1/3").tolist()
    [1.0, 729.0]
    """
    import derivations
    entry = derivations.get(ident)
    return np.array([float(entry.evaluate(dps=dps, **{over: v}, **params)) for v in values])


def log_slope(x: np.ndarray, y: np.ndarray) -> float:
    """Least-squares slope of log y against log x.

    >>> round(log_slope(np.array([1.0, 10.0, 100.0]), np.array([1.0, 0.1, 0.01])), 12)
    -1.0
    """
    return float(np.polyfit(np.log(x), np.log(y), 1)[0])


def sci(v: float, digits: int = 2) -> str:
    r"""A number for mathtext and LaTeX: ``8.0\times10^{-6}``, or plain when 10^-3 ≤ |v| < 10^4.

    >>> print(sci(8.0349e-6), sci(0.00653), sci(1e20, 1))
    8.0\times10^{-6} 0.0065 1\times10^{20}
    """
    if v != 0 and not 1e-3 <= abs(v) < 1e4:
        mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
        return f"{mantissa}\\times10^{{{int(exponent)}}}"
    return f"{v:.{digits}g}"


def save(figure: Figure, data: Mapping[str, Any], directory: Path) -> list[Path]:
    """Draw ``figure`` from ``data`` and write ``NAME.png`` and ``NAME.pdf`` into ``directory``.

    Deterministic: matplotlib's default style plus :data:`STYLE`, fixed size and
    resolution, no metadata that names a version or a date.
    """
    import matplotlib.style
    from matplotlib.figure import Figure as MplFigure

    with matplotlib.style.context("default"), matplotlib.rc_context(STYLE):
        fig = MplFigure(figsize=figure.size, layout="constrained")
        figure.draw(data, fig)
        png, pdf = directory / f"{figure.name}.png", directory / f"{figure.name}.pdf"
        fig.savefig(png, format="png", dpi=DPI, metadata=PNG_METADATA)
        fig.savefig(pdf, format="pdf", metadata=PDF_METADATA)
    return [png, pdf]
