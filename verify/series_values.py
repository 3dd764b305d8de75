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

from derivations._budget import TACTIC_SECONDS, OutOfTime, budget, budget_active
from derivations._form_text import form_text
from derivations._precision import EXTREME_EXPONENT

__all__ = ["expr_has_series", "series_agree", "series_value", "summed_value"]


def expr_has_series(e: Any) -> bool:
    """Whether ``e`` holds a sum to ∞ (its value then rests on SymPy's summation)."""
    return any(lim[2] in (sympy.oo, -sympy.oo) or lim[1] in (sympy.oo, -sympy.oo)
               for s in e.atoms(sympy.Sum) for lim in s.limits)


def series_value(e: Any, dps: int) -> Any:
    """``e`` (numbers only but its sums) with each sum to ∞ of one index added up by
    :func:`_sum_past_peak` instead of SymPy (a sum over ℤ or down to −∞ as its halves ``k ≥ 0`` and
    ``k < 0``; review 24: SymPy's ``Σ_{k∈ℤ} (k² − a²)/(k² + a²)²`` is 0 at ``a = 0.3``); None where a sum is
    not of that kind or cannot be added up."""
    try:
        replaced = {}
        for s in e.atoms(sympy.Sum):
            if len(s.limits) != 1 or s.function.free_symbols - {s.limits[0][0]}:
                return None
            k, a, b = s.limits[0]
            halves = ([(s.function, a)] if b == sympy.oo and a.is_Integer else
                      [(s.function, 0), (s.function.xreplace({k: -k}), 1)] if (a, b) == (-sympy.oo, sympy.oo) else
                      [(s.function.xreplace({k: -k}), -b)] if a == -sympy.oo and b.is_Integer else None)
            if halves is None:
                return None
            with mpmath.workdps(dps + 10):
                totals = [_sum_past_peak(sympy.lambdify(k, g, "mpmath"), int(first)) for g, first in halves]
                if any(t is None for t in totals):
                    return None
                replaced[s] = sympy.Float(mpmath.fsum(totals), dps + 10)
        if not replaced:
            return None
        from .confirm import _value
        return _value(e.xreplace(replaced), {}, dps)
    except Exception:  # noqa: BLE001 - nsum or its setup failing: no value
        return None


def series_agree(e: Any, value: Any, dps: int) -> bool:
    """Whether ``e`` with its sums to ∞ added up by :func:`series_value` instead of SymPy agrees with
    ``value`` (SymPy's); True where that cannot be done (no second opinion)."""
    other = series_value(e, dps)
    if other is None:
        return True
    with mpmath.workdps(dps):
        # relative to the larger of the two: SymPy's sum is accurate only absolutely (review 31: the
        # Poisson mean Σ k λ^k e^{−λ}/k! is 0 to SymPy at λ = 10⁻¹⁰⁰; it is λ)
        return abs(other - value) <= mpmath.mpf(10) ** (-(dps // 2)) * max(abs(other), abs(value))


#: How far past its first index a series' largest term may lie for :func:`_sum_past_peak` to add it up.
_PEAK_REACH = 10**5


def _sum_past_peak(term: Any, first: int) -> Any:
    """``Σ_{k ≥ first} term(k)``: directly up to well past the largest term (found on a logarithmic grid
    of indices, then between its grid neighbours), then ``nsum`` on the tail, which only decays there
    (``nsum`` from the start stops at the tiny first terms of ``λ^k/k!`` at ``λ = 1462``); None where the
    largest term lies beyond :data:`_PEAK_REACH`.

    The rise to the peak is added from the last index whose term is below the working precision (at
    ``λ = 10⁵``: thousands of terms, not 10⁵). The terms are taken to rise and fall once: where they do
    not, a term skipped can only make this sum disagree with SymPy's, and a disagreement leaves the point
    without a value, never a counterexample.
    """
    at = lambda k: mpmath.mpmathify(term(mpmath.mpf(k)))  # noqa: E731 - an mpf index: k! by Γ, never exactly
    seen: dict[int, Any] = {}

    def size(k: int) -> Any:
        if k not in seen:
            seen[k] = abs(at(k))
        return seen[k]

    grid = sorted({first + int(10 ** (j / 8)) - 1 for j in range(8 * 8)})
    top = max(range(len(grid)), key=lambda i: (size(grid[i]), -i))
    if grid[top] - first > _PEAK_REACH:
        return None
    if grid[top] == first and size(first + 1) <= size(first):
        # decaying from the start: nsum's own extrapolation (from an offset it is far less exact)
        return mpmath.nsum(at, [first, mpmath.inf])
    lo, hi = grid[max(top - 1, 0)], grid[min(top + 1, len(grid) - 1)]
    while hi - lo > 2:  # ternary search for the largest term between the grid neighbours
        m1, m2 = lo + (hi - lo) // 3, hi - (hi - lo) // 3
        if size(m1) < size(m2):
            lo = m1 + 1
        else:
            hi = m2
    peak = max(range(lo, hi + 1), key=lambda k: (size(k), -k))
    negligible = size(peak) * mpmath.mpf(10) ** (-mpmath.mp.dps - 10)
    start = first
    for i, k in enumerate(grid):
        if k >= peak or size(k) > negligible:
            break
        start = k
    nxt = next((k for k in grid if k > start), peak)
    lo, hi = start, min(nxt, peak)
    while hi - lo > 1:  # the last negligible term of the rise
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if size(mid) <= negligible else (lo, mid)
    start = lo
    # Past the peak, term by term while the terms fall until one is negligible beside the rest (the
    # ratio of two terms bounds the tail geometrically); nsum takes a tail still standing at the cap
    # (its extrapolation of a Gaussian fall-off at 160 digits took half a minute).
    terms = [at(k) for k in range(start, peak + 1)]
    previous, k, cap = size(peak), peak + 1, peak + 40 * math.isqrt(peak - first + 1) + 2000
    while k < cap:
        next_term = at(k)
        terms.append(next_term)
        magnitude = abs(next_term)
        if magnitude < previous and magnitude <= negligible * (1 - magnitude / previous):
            return mpmath.fsum(terms)
        previous, k = magnitude, k + 1
    return mpmath.fsum(terms) + mpmath.nsum(at, [cap, mpmath.inf])


#: SymPy's sums done (``doit``) and then evaluated, by the form's text, or the error either gave: the
#: same sum comes back at every point (and every precision) when it has no free symbols, and one that
#: runs out of time costs the whole tactic budget each time.
_DONE: dict[Any, Any] = {}


def _remembered(key: Any, compute: Any) -> Any:
    if len(_DONE) > 4096:
        _DONE.clear()
    if key not in _DONE:
        nested = budget_active()
        try:
            # SymPy's evalf of a series can run for ever (Euler–Maclaurin on Σ (−1)^k/k^a): a point it
            # cannot evaluate in time is no point, never a counterexample.
            with budget(TACTIC_SECONDS):
                _DONE[key] = compute()
        except (TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError, OutOfTime) as exc:
            if isinstance(exc, OutOfTime) and nested:
                raise  # an enclosing budget ran out, not this sum's: nothing learnt about the sum
            # the kind and the message only: a traceback kept for the run would keep its frames alive
            _DONE[key] = (type(exc), exc.args)
    hit = _DONE[key]
    if isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], type) and issubclass(hit[0], Exception):
        try:
            error = hit[0](*hit[1])
        except Exception:  # noqa: BLE001 - a class that does not take its args back: the same kind of answer
            error = ValueError(*hit[1])
        raise error
    return hit


#: Digits added where a series' value is below 10^-(dps/2): past the domain's smallest sampled
#: magnitudes (10^-EXTREME_EXPONENT) and their squares.
_DEEP_DIGITS = 2 * EXTREME_EXPONENT + 50


def summed_value(v: Any, dps: int) -> Any:
    """``v.doit().evalf(dps)``, each under the tactic budget, remembered for the process."""
    text = form_text(v)
    done = _remembered(text, v.doit)
    value = _remembered((text, dps), lambda: done.evalf(dps))
    if value.is_number and value.is_comparable and abs(value) < 1:
        # SymPy adds a series up to an absolute error of 10^-dps: a value below 1 (λ·Σ… at λ = 10⁻¹⁰⁰ is 0 at
        # 50 digits) is taken again with as many more digits as it lies below 1 (all the domain's magnitudes
        # where it is 0)
        extra = _DEEP_DIGITS if value == 0 else min(_DEEP_DIGITS, 10 - int(sympy.floor(sympy.log(abs(value), 10))))
        deeper = _remembered((text, dps, "deep"), lambda: done.evalf(dps + extra))
        if deeper.is_number and deeper != 0:
            return deeper.evalf(dps)
    return value
