"""A second opinion on SymPy's value of a series to ∞ at a sampled point (review 20).

SymPy's ``evalf`` of ``Σ_{k≥0} k λ^k e^{−λ}/k!`` is ``0`` at ``λ = 1462.67`` (it is ``λ``), and
mpmath's ``nsum`` from ``k = 0`` agrees with it: both stop at the tiny first terms. The series is
added up directly past its largest term, then ``nsum`` on the decaying tail; where that disagrees
with SymPy, the point has no value (:func:`verify.confirm._value`), never a counterexample.
"""

from __future__ import annotations

import math
from typing import Any

import mpmath
import sympy

__all__ = ["expr_has_series", "series_agree"]


def expr_has_series(e: Any) -> bool:
    """Whether ``e`` holds a sum to ∞ (its value then rests on SymPy's summation)."""
    return any(lim[2] in (sympy.oo, -sympy.oo) or lim[1] in (sympy.oo, -sympy.oo)
               for s in e.atoms(sympy.Sum) for lim in s.limits)


def series_agree(e: Any, value: Any, dps: int) -> bool:
    """Whether ``e`` with each sum to ∞ of one index summed by mpmath's ``nsum`` instead of SymPy agrees
    with ``value`` (SymPy's); True where ``nsum`` cannot be applied or fails (no second opinion)."""
    try:
        replaced = {}
        for s in e.atoms(sympy.Sum):
            if len(s.limits) != 1 or s.function.free_symbols - {s.limits[0][0]}:
                return True
            k, a, b = s.limits[0]
            if a in (sympy.oo, -sympy.oo) or b != sympy.oo or not a.is_Integer:
                return True
            term = sympy.lambdify(k, s.function, "mpmath")
            with mpmath.workdps(dps + 10):
                total = _sum_past_peak(term, int(a))
                if total is None:
                    return True
                replaced[s] = sympy.Float(total, dps + 10)
        from .confirm import _value
        other = _value(e.xreplace(replaced), {}, dps) if replaced else value
    except Exception:  # noqa: BLE001 - nsum or its setup failing: no second opinion
        return True
    if other is None:
        return True
    with mpmath.workdps(dps):
        return abs(other - value) <= mpmath.mpf(10) ** (-(dps // 2)) * max(1, abs(value))


#: How far past its first index a series' largest term may lie for :func:`_sum_past_peak` to add it up.
_PEAK_REACH = 10**5


def _sum_past_peak(term: Any, first: int) -> Any:
    """``Σ_{k ≥ first} term(k)``: directly up to well past the largest term (found on a logarithmic grid
    of indices), then ``nsum`` on the tail, which only decays there (``nsum`` from the start stops at the
    tiny first terms of ``λ^k/k!`` at ``λ = 1462``); None where the largest term lies beyond
    :data:`_PEAK_REACH`."""
    at = lambda k: mpmath.mpmathify(term(mpmath.mpf(k)))  # noqa: E731 - an mpf index: k! by Γ, never exactly
    grid = sorted({first + int(10 ** (j / 8)) - 1 for j in range(8 * 8)})
    sizes = [(abs(at(k)), k) for k in grid]
    peak = max(sizes, key=lambda sk: sk[0])[1]
    if peak - first > _PEAK_REACH:
        return None
    if peak == first:  # decaying from the start: nsum's own extrapolation (from an offset it is far less exact)
        return mpmath.nsum(at, [first, mpmath.inf])
    head = peak + 10 * math.isqrt(peak - first + 1) + 100
    return mpmath.fsum(at(k) for k in range(first, head)) + mpmath.nsum(at, [head, mpmath.inf])
