"""Points of a domain: those at which identities are confirmed numerically (issue 16, item 4: sample the
whole domain, out to 10^±300 where it is unbounded; review 31), and a point a given fraction of the way
across it (the searches' starting points).

>>> import random
>>> from derivations._domains import Positive
>>> whole_domain_point(Positive(), random.Random(0), 0, far=2) > 10**100
True
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import sympy

if TYPE_CHECKING:
    from ._domains import Domain

__all__ = ["FAR_DECADES", "whole_domain_point", "point_across"]


def _mantissa(rng: random.Random) -> Fraction:
    """A random number in [1, 10) with six significant digits, exactly."""
    return Fraction(rng.randint(100000, 999999), 100000)


#: Decades a far draw (``whole_domain_point(..., far=k)``) takes on an unbounded side, in turn: beyond
#: the ordinary draws' 10^±8 out to the corners' 10^±300 (review 31: a step false on every x between
#: 2·10⁸ and 10²⁹⁹ was confirmed; no point landed between the draws and the corner at 10³⁰⁰).
FAR_DECADES = ((8, 30), (30, 100), (100, 299))


def _far_magnitude(rng: random.Random, far: int, small_allowed: bool) -> Fraction:
    """A magnitude in the decades ``FAR_DECADES[far % 3]``: large, or (every other ``far`` where
    ``small_allowed``) as small."""
    lo, hi = FAR_DECADES[far % len(FAR_DECADES)]
    k = rng.randint(lo, hi)
    small = small_allowed and (far // len(FAR_DECADES)) % 2 == 1
    return _mantissa(rng) * Fraction(10) ** (-k if small else k)


def whole_domain_point(domain: "Domain", rng: random.Random, index: int,
                       within: tuple[Fraction, Fraction] | None = None, far: int | None = None) -> sympy.Expr | str:
    """A point of the *whole* domain, exactly, for numeric confirmation.

    Points cycle through the domain's regions by ``index``: log-uniform magnitudes across
    wide ranges (10^-8 … 10^8) on unbounded sides, both signs where both are allowed,
    and points near each finite end of a bounded interval (down to 10^-12 of its width)
    as well as in its bulk. ``within`` replaces the domain by a declared narrower range.
    With ``far``, a real variable's unbounded side is drawn from the decades beyond (see
    :data:`FAR_DECADES`); a distance below 10⁻⁸ is drawn only from an end at 0, where it
    survives the working precision.
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
    if far is not None and within is None and (lo is None or hi is None):
        end = lo if lo is not None else hi
        mag = _far_magnitude(rng, far, small_allowed=end is None or end == 0)
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
