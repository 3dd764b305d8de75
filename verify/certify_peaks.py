"""Where an integrand on an infinite range keeps its mass: its peaks, wherever they are (review 19).

Quadrature on an infinite range is taken on pieces cut at ``±10^k`` (k < 13,
:func:`verify.certify_quadrature.infinite_breakpoints`). The mean of a Gamma law,
``∫₀^∞ x^k e^{−x/θ}/(Γ(k) θ^k) dx``, at ``k = θ = 10⁸`` has its whole mass in a peak of width
``10¹²`` at ``x = 10¹⁶``; both sums step over it and "refute" SymPy's ``kθ`` with ``10^{−189039387}``.
Before a gap counts, the peaks are found and the range is cut there too: a maximum of ``|f|`` is
where ``f′/f`` turns from positive to negative, which a coarse logarithmic grid brackets however
narrow the peak (the sign holds on each side all the way to it), then bisection places it and
``f″`` gives its width.

    >>> import sympy
    >>> x = sympy.Symbol("x", positive=True)
    >>> 8.0 in [float(p) for p in peak_breakpoints(x**8 * sympy.exp(-x), x, 0, sympy.oo)]
    True
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy

__all__ = ["peak_breakpoints"]

#: The logarithmic grid: 10^{j/4} for |j| ≤ 4·_DECADES, on each side of 0 the range reaches.
_DECADES = 300
_DIGITS = 30
#: Widths either side of a peak where the range is cut.
_WIDTHS = (1, 4, 16, 64)
_MAX_PEAKS = 4


def peak_breakpoints(f: Any, x: Any, lo: Any, hi: Any) -> list:
    """Points cutting the range at the maxima of ``|f|`` (numbers in, ``x`` free) and a few of their
    widths either side, sorted; empty where none is found or ``f′/f`` cannot be evaluated."""
    try:
        f = sympy.sympify(f)
        ratio = sympy.lambdify([x], sympy.diff(f, x) / f, "mpmath")
        slope = sympy.lambdify([x], sympy.diff(f, x, 2) / f - (sympy.diff(f, x) / f) ** 2, "mpmath")
    except Exception:  # noqa: BLE001 - a form SymPy cannot differentiate or lambdify: no peaks found
        return []
    try:
        lo_n = mpmath.ninf if sympy.sympify(lo) == -sympy.oo else mpmath.mpf(sympy.N(lo, _DIGITS))
        hi_n = mpmath.inf if sympy.sympify(hi) == sympy.oo else mpmath.mpf(sympy.N(hi, _DIGITS))
    except (TypeError, ValueError):  # an end that is no number (a parameter left in): no peaks found
        return []
    out: list = []
    with mpmath.workdps(_DIGITS):
        for side in (1, -1):
            grid = [side * mpmath.mpf(10) ** (mpmath.mpf(j) / 4) for j in range(-4 * _DECADES, 4 * _DECADES + 1)]
            grid = [g for g in (grid if side == 1 else grid[::-1]) if lo_n < g < hi_n]
            previous = None
            for g in grid:
                s = _sign(ratio, g)
                if previous is not None and previous[1] > 0 and s is not None and s <= 0:
                    peak = g if s == 0 else _bisect(ratio, previous[0], g)  # on a grid point, or between
                    out += _around(peak, slope, lo_n, hi_n)
                    if len(out) >= _MAX_PEAKS * (2 * len(_WIDTHS) + 1):
                        return sorted(set(out))
                previous = (g, s) if s else None
    return sorted(set(out))


def _sign(fn: Any, at: Any) -> int | None:
    try:
        v = mpmath.mpmathify(fn(at))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > mpmath.mpf(10) ** -10 * max(1, abs(v.real)):
            return None
        v = v.real
    if not mpmath.isfinite(v):
        return None
    return 0 if v == 0 else 1 if v > 0 else -1


def _bisect(fn: Any, a: Any, b: Any) -> Any:
    """The point between ``a`` (``f′/f > 0``) and ``b`` (``< 0``) where it turns, to the working digits."""
    for _ in range(200):
        m = (a + b) / 2 if a * b <= 0 else mpmath.sign(a) * mpmath.sqrt(a * b)  # geometric where one-signed
        if m in (a, b):
            break
        s = _sign(fn, m)
        if not s:
            break
        a, b = (m, b) if s > 0 else (a, m)
    return (a + b) / 2


def _around(peak: Any, slope: Any, lo: Any, hi: Any) -> list:
    try:
        curvature = mpmath.mpmathify(slope(peak))
        width = 1 / mpmath.sqrt(-curvature.real) if curvature.real < 0 else abs(peak) * mpmath.mpf(10) ** -3
    except (ValueError, ZeroDivisionError, TypeError, OverflowError):
        width = abs(peak) * mpmath.mpf(10) ** -3
    points = [peak] + [peak + s * k * width for k in _WIDTHS for s in (-1, 1)]
    return [p for p in points if lo < p < hi]
