"""Points of a domain: those at which identities are confirmed numerically (issue 16, item 4: sample the
whole domain, out to 10^±300 where it is unbounded; review 31), and a point a given fraction of the way
across it (the searches' starting points).

>>> import random, sympy
>>> from derivations._domains import Positive, Real
>>> x = sympy.Symbol("x", positive=True)
>>> [len(str(p[x])) > 100 for p in far_points({x: Positive()}, random.Random(0), 50)]
[False, False, False, False, True, True, False, False, False, False, True, True]
>>> len(far_points({x: Positive(), sympy.Symbol("y"): Real()}, random.Random(0), 50))
38
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import sympy

if TYPE_CHECKING:
    from ._domains import Domain

__all__ = ["FAR_DECADES", "far_points", "whole_domain_point", "point_across"]


def _mantissa(rng: random.Random) -> Fraction:
    """A random number in [1, 10) with six significant digits, exactly."""
    return Fraction(rng.randint(100000, 999999), 100000)


#: Bands of decades beyond the ordinary draws' 10^±8, out to the corners' 10^±300: every band, large and
#: small, is visited whenever an identity is confirmed (reviews 31, 32: a step false on every x between
#: 2·10⁸ and 10²⁹⁹, then between 10¹⁰¹ and 10²⁹⁹, was confirmed; no point landed there).
FAR_DECADES = ((8, 15), (15, 30), (30, 60), (60, 100), (100, 200), (200, 299))


def _far_value(domain: "Domain", rng: random.Random, band: tuple[int, int], small: bool, negative: bool,
               digits: int, whole: bool = True) -> Fraction | None:
    """A value of ``domain`` whose magnitude (or distance from its one finite end) lies in the decades
    ``band``: large, or ``small``; None where the domain has no such side. A distance below 10⁻⁸ from an end
    other than 0 is drawn only down to ``digits`` (a point beyond the working precision would be the end
    itself). ``whole``: an integer domain takes large values too (not where a sum runs up to one)."""
    lo, hi = domain.lo, domain.hi
    if (lo is not None and hi is not None) or domain.kind not in ("real", "integer"):
        return None
    if domain.kind == "integer" and (small or not whole):
        return None
    end = lo if lo is not None else hi
    first, last = band
    if small and end is not None and end != 0:
        last = min(last, digits)
        if first > last:
            return None
    k = rng.randint(first, last)
    mag = _mantissa(rng) * Fraction(10) ** (-k if small else k)
    if domain.kind == "integer":
        mag = Fraction(int(mag))
    if end is None:
        return -mag if negative else mag
    return end + mag if lo is not None else end - mag


def far_points(domains: dict, rng: random.Random, digits: int, summed: frozenset = frozenset()) -> list[dict]:
    """Points where the variables with an unbounded side lie jointly in each band of :data:`FAR_DECADES`,
    large and small, all on one side of 0 or on alternating sides (where both signs are allowed), then each
    such variable alone in a band, large and small (review 33: x = 10²⁰ beside y = 1), then in each band one
    mixed pattern (one large beside one small, or of opposite signs; review 34): the points
    confirmation visits whatever it has already seen. Other variables keep no value here (the caller
    draws them). An integer in ``summed`` (a sum or product runs up to it) takes no far value."""
    out: list[dict] = []
    for k, (s, d) in enumerate(domains.items()):
        for small in (False, True):
            for turn in (0, len(FAR_DECADES) // 2):  # two bands apart, turned by the variable's place
                band = FAR_DECADES[(k + small + turn) % len(FAR_DECADES)]
                v = _far_value(d, rng, band, small, bool(k % 2), digits, s not in summed)
                if v is not None and len(domains) > 1:
                    out.append({s: sympy.Rational(v.numerator, v.denominator)})
    both = sum(1 for d in domains.values() if d.kind in ("real", "integer") and d.lo is None and d.hi is None)
    patterns = ("+", "-", "-+")[:min(both + 1, 3)]  # all positive, all negative, alternating: where they differ
    for small in (False, True):
        for band in FAR_DECADES:
            for signs in patterns:
                point = {}
                for k, (s, d) in enumerate(domains.items()):
                    v = _far_value(d, rng, band, small, signs[k % len(signs)] == "-", digits, s not in summed)
                    if v is not None:
                        point[s] = sympy.Rational(v.numerator, v.denominator)
                if point and point not in out:
                    out.append(point)
    if len(domains) > 1:  # review 34: one variable far out large beside another far out small, or of other signs
        mixed = (("LS", "+"), ("SL", "+"), ("L", "+-"), ("S", "+-"))
        for j, band in enumerate(FAR_DECADES):
            sizes, signs = mixed[j % len(mixed)]
            point = {}
            for k, (s, d) in enumerate(domains.items()):
                v = _far_value(d, rng, band, sizes[k % len(sizes)] == "S", signs[k % len(signs)] == "-", digits,
                               s not in summed)
                if v is not None:
                    point[s] = sympy.Rational(v.numerator, v.denominator)
            if len(point) > 1:
                out.append(point)
    return out


def whole_domain_point(domain: "Domain", rng: random.Random, index: int,
                       within: tuple[Fraction, Fraction] | None = None) -> sympy.Expr | str:
    """A point of the *whole* domain, exactly, for numeric confirmation.

    Points cycle through the domain's regions by ``index``: log-uniform magnitudes across
    wide ranges (10^-8 … 10^8) on unbounded sides, both signs where both are allowed,
    and points near each finite end of a bounded interval (down to 10^-12 of its width)
    as well as in its bulk. ``within`` replaces the domain by a declared narrower range.
    The decades beyond 10^±8 are :func:`far_points`'.
    """
    if domain.kind == "choice":
        return domain.choices[index % len(domain.choices)]
    lo, hi = (within if within is not None else (domain.lo, domain.hi))
    closed_lo = within is not None or not domain.lo_open
    closed_hi = within is not None or not domain.hi_open
    if domain.kind == "integer":
        base = lo if lo is not None else (hi - 10**6 if hi is not None else Fraction(-10**6))
        if lo is None and hi is None:
            base = Fraction(0)
        small = index % 2 == 0
        span = (hi - lo) if lo is not None and hi is not None else None
        if span is not None and span <= 40:
            k = rng.randint(0, int(span))
        else:
            k = rng.randint(0, 12) if small else int(10 ** rng.uniform(1, 6))
            if span is not None:
                k = min(k, int(span))
        if lo is None and hi is None:
            value = k if rng.random() < 0.5 else -k
        elif lo is None:
            value = int(hi) - k
        else:
            value = int(base) + k
        if domain.even and value % 2:
            value += 1 if (hi is None or value + 1 <= hi) else -1
        return sympy.Integer(value)
    region = index % 3
    mag = _mantissa(rng) * Fraction(10) ** rng.randint(-8, 7)
    if lo is not None and hi is not None:
        width = hi - lo
        if region == 0:  # bulk
            x = lo + width * Fraction(rng.randint(1, 999999), 1000000)
        else:
            offset = width * _mantissa(rng) / 10 * Fraction(10) ** -rng.randint(0, 11)
            if region == 1:
                x = lo + offset
            else:
                x = hi - offset
        if index % 7 == 6:
            x = lo if closed_lo else (hi if closed_hi else x)
    elif lo is not None:
        x = lo + mag
        if index % 7 == 6 and closed_lo:
            x = lo
    elif hi is not None:
        x = hi - mag
        if index % 7 == 6 and closed_hi:
            x = hi
    else:
        x = mag if region != 1 else -mag
    return sympy.Rational(x.numerator, x.denominator)


def point_across(domain: Any, r: Any) -> Any:
    """The point a fraction ``r`` of the way across ``domain`` (7 units for a side without an end)."""
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if lo is not None and hi is not None:
        return lo + (hi - lo) * r
    if lo is not None:
        return lo + 7 * r
    if hi is not None:
        return hi - 7 * r
    return 7 * r - 3
