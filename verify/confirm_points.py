"""The points numeric confirmation visits (issue 16, item 4: the whole domain, its corners jointly, out to
10^±300 where it is unbounded; reviews 31, 32).

Drawn points (:func:`_points`) cover the bulk, seeded from the step's id. The corners (:func:`_corners`: every
real variable near an end together, at 10^±8 and 10^±300 towards an infinite one) and the bands of decades
between (:func:`derivations._domain_points.far_points`) are visited whatever the drawn points showed
(:func:`_visited`).
"""

from __future__ import annotations

import random
from typing import Any, Iterator, Mapping

import sympy

from derivations._domain_points import far_points, point_across, whole_domain_point
from derivations._domains import Domain
from derivations._precision import EXTREME_EXPONENT

__all__ = ["_corners", "_points", "_visited", "summed_variables"]


def summed_variables(*forms: Any) -> frozenset:
    """The symbols a sum's or a product's bounds hold (review 33: a constant Σ_{k=1}^{3} k² beside a
    form in n is no reason to keep n small)."""
    out: set = set()
    for form in forms:
        for node in sympy.sympify(form).atoms(sympy.Sum, sympy.Product):
            for limit in node.limits:
                for bound in limit[1:]:
                    out |= sympy.sympify(bound).free_symbols
    return frozenset(out)


def _end(domain: Domain, high: bool, extreme: bool, within: tuple[Any, Any] | None) -> Any | None:
    """A point near one end of a real domain: within 10^-12 of its width of a finite end, or
    a magnitude of 10^±EXTREME_EXPONENT (or 10^±8) towards an infinite one."""
    if domain.kind != "real":
        return None
    lo, hi = within if within is not None else (domain.lo, domain.hi)
    end = hi if high else lo
    k = EXTREME_EXPONENT if extreme else 8
    if end is None:
        return sympy.Integer(10) ** k * (1 if high else -1)
    if lo is not None and hi is not None:
        offset = (hi - lo) * sympy.Rational(1, 10**12)
        return sympy.Rational(end) - offset if high else sympy.Rational(end) + offset
    if high:  # (−∞, hi): just below hi
        return sympy.Rational(end) - sympy.Rational(1, 10**k)
    return sympy.Rational(end) + sympy.Rational(1, 10**k)  # (lo, ∞): just above lo


def _corners(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]) -> list[dict[Any, Any]]:
    """Points where every variable is near an end *jointly*: all high, all low, alternating,
    and at extreme magnitudes, so that an identity failing only in a corner of the box is seen."""
    syms = [s for s, d in doms.items() if d.kind == "real"]
    if not syms:
        return []
    patterns = []
    for extreme in (False, True):
        for flip in (lambda k: True, lambda k: False, lambda k: k % 2 == 0, lambda k: k % 2 == 1):
            patterns.append({s: (flip(k), extreme) for k, s in enumerate(syms)})
    out = []
    for pattern in patterns:
        point = {}
        for s, d in doms.items():
            if s in pattern:
                high, extreme = pattern[s]
                point[s] = _end(d, high, extreme, restrict.get(s))
        if all(v is not None for v in point.values()) and point not in out:
            out.append(point)
    return out


def _points(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]], rng: random.Random,
            count: int, corners: bool = False) -> Iterator[dict[Any, Any]]:
    """Seeded points of the whole domain; with ``corners``, every other one puts the real
    variables near their ends together (used where an identity is confirmed by sampling)."""
    corners = _corners(doms, restrict) if corners else []
    for i in range(count):
        point = {s: whole_domain_point(d, rng, i + k, restrict.get(s)) for k, (s, d) in enumerate(doms.items())}
        if i % 2 == 1 and corners:  # every other point puts the real variables in a corner together
            point.update(corners.pop(0))
        yield point


def _visited(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]], rng: random.Random, dps: int,
             summed: frozenset = frozenset()) -> list[dict[Any, Any]]:
    """The points confirmation visits whatever it has seen (reviews 31, 32): the corners, and the bands of
    decades between 10^±8 and them (:func:`far_points`), the other variables drawn as usual, or, beside one
    variable alone in a band, at values of order one (a large N at unit coupling)."""
    free = {s: d for s, d in doms.items() if s not in restrict}
    out = []
    far = far_points(free, rng, dps + 10, summed)
    for i, fixed in enumerate([*_corners(doms, restrict), *far]):
        point = {s: whole_domain_point(d, rng, i + k, restrict.get(s)) for k, (s, d) in enumerate(doms.items())}
        if len(fixed) == 1 and len(free) > 1:  # one variable far: the others at values of order one (review 33)
            point.update({s: point_across(d, sympy.Rational(rng.randint(1, 99), 100)) for s, d in free.items()
                          if d.kind == "real" and s not in fixed})
        out.append({**point, **fixed})
    return out
