"""Fitting a measured exponent: least squares on log-log with the slope's standard error, and the tolerance check.

:func:`fit_slope` returns a :class:`SlopeFit`; :func:`exponent_check` compares a fitted slope
with the closed form's exponent within :data:`SLOPE_TOLERANCE`, and refuses a fit whose
standard error fills more than :data:`STDERR_SHARE` of the band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

__all__ = [
    "SLOPE_TOLERANCE",
    "STDERR_SHARE",
    "SlopeFit",
    "exponent_check",
    "fit_slope",
]


#: Relative tolerance |measured − expected| ≤ SLOPE_TOLERANCE · expected on a fitted exponent.
#: Smooth fields are within 1–2 %; a rough field's slope varies by a few per cent between
#: realizations. 4h/d (S's eq 17) is 100 % away from 2h/d, so the test separates the two.
SLOPE_TOLERANCE = 0.1

#: A fitted slope's standard error may be at most this share of the tolerance band
#: ``SLOPE_TOLERANCE · |expected|``: the fits here have 0.1–3 % relative standard errors, against
#: a band of 10 %, so a slope whose scatter fills the band is a broken measurement, not a pass.
STDERR_SHARE = 0.5


@dataclass(frozen=True)
class SlopeFit:
    """A fitted power law ``error ≈ c · N^(−slope)`` with its standard error."""

    slope: float                 # fitted k in  error ≈ c · N^(−k), N = number of grid nodes/samples
    stderr: float                # standard error of the slope (least squares on log-log)
    sizes: tuple[int, ...]       # the N values measured
    errors: tuple[float, ...]    # the measured mean squared errors

    def within(self, expected: float, tolerance: float = SLOPE_TOLERANCE) -> bool:
        """Whether the slope is within ``tolerance`` (relative) of ``expected``.

        >>> SlopeFit(0.98, 0.01, (1, 2, 3), (1.0, 0.5, 0.3)).within(1.0)
        True
        """
        return abs(self.slope - expected) <= tolerance * abs(expected)

    def describe(self) -> str:
        """One line: the slope ± its standard error and the range of N."""
        return f"slope {self.slope:.4f} ± {self.stderr:.4f} over N = {self.sizes[0]}…{self.sizes[-1]}"


def fit_slope(sizes: Sequence[float], errors: Sequence[float]) -> SlopeFit:
    """Least-squares fit of ``ln error = ln c − k ln N``; ``k`` and its standard error.

    >>> f = fit_slope([10, 100, 1000], [1.0, 0.01, 0.0001])
    >>> round(f.slope, 12), round(f.stderr, 12)
    (2.0, 0.0)
    """
    e = np.asarray(errors, dtype=float)
    if e.size < 3 or len(sizes) != e.size or not np.all(np.isfinite(e) & (e > 0)):
        raise ValueError(f"a slope needs at least 3 positive errors, one per size, got {list(errors)}")
    x = np.log(np.asarray(sizes, dtype=float))
    y = np.log(e)
    xm = x - x.mean()
    k = float(xm @ (y - y.mean()) / (xm @ xm))
    resid = y - y.mean() - k * xm
    stderr = float(math.sqrt(max(resid @ resid, 0.0) / (x.size - 2) / (xm @ xm)))
    return SlopeFit(-k, stderr, tuple(int(n) for n in sizes), tuple(float(e) for e in errors))


def exponent_check(rows: Sequence[tuple[str, SlopeFit, float]], *, rival: tuple[str, Sequence[float]] | None = None,
                   tolerance: float = SLOPE_TOLERANCE) -> tuple[bool, float | None, str]:
    """A :class:`~derivations.Measurement` verdict from fitted exponents.

    ``rows`` are ``(label, fit, expected)``: each fitted slope must be within ``tolerance``
    (relative) of the closed form's ``expected`` value, and its standard error at most
    :data:`STDERR_SHARE` of that band (a fit that scatters as widely as the tolerance does not
    resolve the closed form from its neighbours). ``rival = (name, values)``, one value
    per row, is a competing formula (a paper's erratum) that the measurement must *reject*:
    every fitted slope must lie outside ``tolerance`` of it. Returns ``(passed, digits,
    detail)``, ``digits`` being ``−log10`` of the largest relative deviation.

    >>> fit = SlopeFit(0.66, 0.01, (1, 2, 3), (1.0, 0.5, 0.3))
    >>> exponent_check([("d = 1", fit, 2 / 3)], rival=("4h/d", [4 / 3]))[0]
    True
    >>> exponent_check([("d = 1", fit, 4 / 3)])[0]
    False
    >>> exponent_check([("d = 1", SlopeFit(0.66, 0.05, (1, 2, 3), (1.0, 0.5, 0.3)), 2 / 3)])[0]
    False
    """
    worst, parts, ok = 0.0, [], True
    for i, (label, fit, expected) in enumerate(rows):
        dev = abs(fit.slope - expected) / abs(expected)
        worst = max(worst, dev)
        good = fit.within(expected, tolerance)
        resolved = 0 <= fit.stderr <= STDERR_SHARE * tolerance * abs(expected)
        ok = ok and good and resolved
        text = f"{label}: measured {fit.slope:.3f} ± {fit.stderr:.3f}, closed form {expected:.4g}"
        if rival is not None:
            other = float(rival[1][i])
            rejected = not fit.within(other, tolerance)
            ok = ok and rejected
            text += f", {rival[0]} = {other:.4g} {'rejected' if rejected else 'NOT rejected'}"
        parts.append(text + ("" if good else " (outside the tolerance)")
                     + ("" if resolved else " (standard error too large: the fit does not resolve the tolerance)"))
    digits = None if worst == 0 else round(-math.log10(worst), 1)
    detail = "; ".join(parts) + f" (tolerance ±{tolerance:.0%} relative)"
    return ok, digits, detail
