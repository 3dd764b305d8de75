"""The roots of a periodic equation that can lie in a bounded domain (issue 16, item 2: every root counted).

SymPy answers ``cos 2θ = 0`` over the reals with families ``nπ + π/4``, ``nπ + 3π/4``
(``ImageSet``\\ s over the integers). On a bounded domain of the variable only finitely many
members can lie inside; :func:`periodic_candidates` lists a finite set that contains every one
of them, so that :class:`~derivations._rules_solve.SolveFor` can keep one and leave every other
to the kernel as an obligation to lie outside the domain (nothing here decides which lie
inside). A family's offset may depend on parameters (``2nπ + asin a``): its range over the
parameters' bounded domains is enclosed by ball arithmetic (an inverse trigonometric function
by its range), and so may its period (``nπ/a``, a period bounded away from 0); the integers
``n`` are taken one beyond each end. A family not linear in ``n``, a domain without two finite
ends, a parameter without one, or more than :data:`MAX_PER_FAMILY` members gives None: the
caller refuses, as before.

>>> import sympy
>>> from derivations._domains import Real
>>> t = sympy.Symbol("theta", positive=True)
>>> full = sympy.solveset(sympy.cos(2 * t), t, sympy.S.Reals)
>>> sorted(periodic_candidates(full, t, {t: Real(0, sympy.pi / 2)}), key=float)
[-7*pi/4, -5*pi/4, -3*pi/4, -pi/4, pi/4, 3*pi/4, 5*pi/4, 7*pi/4, 9*pi/4]
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Mapping

import flint
import sympy

from ._domain_bounds import BoundError, arb_of, interval_ball

__all__ = ["periodic_candidates", "MAX_PER_FAMILY"]

#: The most members of one family listed (a domain many periods wide is refused, not enumerated).
MAX_PER_FAMILY = 64


def _families(full: Any) -> tuple[list[sympy.ImageSet], list[Any]] | None:
    """The integer families and the single roots of a set that contains every real root, or None."""
    if isinstance(full, sympy.ImageSet):
        return [full], []
    if isinstance(full, sympy.FiniteSet):
        return [], list(full)
    if isinstance(full, sympy.ConditionSet):  # a condition on the parameters only narrows the base set
        return _families(full.base_set)
    if isinstance(full, sympy.Intersection) and sympy.S.Reals in full.args:
        rest = [a for a in full.args if a != sympy.S.Reals]
        return _families(rest[0]) if len(rest) == 1 else None
    if isinstance(full, sympy.Union):
        families: list[sympy.ImageSet] = []
        singles: list[Any] = []
        for part in full.args:
            got = _families(part)
            if got is None:
                return None
            families += got[0]
            singles += got[1]
        return families, singles
    return None


#: The ranges of the inverse functions, wherever they are real (asin a, acos a, atan a).
_RANGES = {sympy.asin: (-1, 1), sympy.acos: (0, 2), sympy.atan: (-1, 1)}  # in units of π/2


def _ball_of(lo: int, hi: int) -> flint.arb:
    """The ball ``[lo·π/2, hi·π/2]``."""
    half_pi = flint.arb.pi() / 2
    return flint.arb.union(lo * half_pi, hi * half_pi)


def _ends(ball: flint.arb) -> tuple[float, float] | None:
    if not ball.is_finite():
        return None
    return float(ball.lower()), float(ball.upper())


def _offset_range(d: Any, domains: Mapping[Any, Any]) -> tuple[float, float] | None:
    """Floats below and above every value of ``d`` over its parameters' domains, or None. An
    inverse trigonometric function stands for its range (``atan a`` for ``a > 0`` in ``(−π/2, π/2)``)
    where its argument's parameters are unbounded, or where arb cannot enclose it (``asin`` at 1)."""
    box: dict[Any, flint.arb] = {}
    bounded_domain = lambda s: (domains.get(s) is not None  # noqa: E731
                                and getattr(domains[s], "kind", None) in ("real", "integer")
                                and domains[s].lo_outer is not None and domains[s].hi_outer is not None)
    ranges: dict[Any, Any] = {}
    for f in sorted(d.atoms(*_RANGES), key=sympy.default_sort_key):
        if not all(bounded_domain(s) for s in f.free_symbols):
            ranges[f] = sympy.Dummy()
    for s in d.xreplace(ranges).free_symbols:
        if s in ranges.values():
            continue
        if not bounded_domain(s):
            return None
        box[s] = interval_ball(Fraction(domains[s].lo_outer), Fraction(domains[s].hi_outer))
    for f, dummy in ranges.items():
        box[dummy] = _ball_of(*_RANGES[type(f)])
    try:
        ends = _ends(arb_of(d.xreplace(ranges), box))
        if ends is None:  # asin a at a = 1: the ball is not finite; the inverse's range bounds it
            more = {f: sympy.Dummy() for f in sorted(d.atoms(*_RANGES), key=sympy.default_sort_key) if f not in ranges}
            for f, dummy in more.items():
                box[dummy] = _ball_of(*_RANGES[type(f)])
            ends = _ends(arb_of(d.xreplace({**ranges, **more}), box)) if more else None
        return ends
    except (BoundError, TypeError, ValueError, ZeroDivisionError):
        return None


def periodic_candidates(full: Any, var: Any, domains: Mapping[Any, Any]) -> list[Any] | None:
    """A finite list containing every root in ``full`` that can lie in the domain of ``var``, or None."""
    dom = domains.get(var)
    if dom is None or dom.lo_outer is None or dom.hi_outer is None:
        return None
    lo, hi = float(dom.lo_outer), float(dom.hi_outer)
    got = _families(full)
    if got is None:
        return None
    families, out = got
    for family in families:
        (n,), expr = family.lamda.signature, family.lamda.expr
        if family.base_set != sympy.S.Integers or not isinstance(n, sympy.Symbol):
            return None
        step = sympy.diff(expr, n)
        if step.has(n) or step == 0 or step.is_real is False:
            return None  # a family not linear in n
        offset = sympy.expand(expr - step * n)
        if offset.has(n):
            return None
        span, period = _offset_range(offset, domains), _offset_range(step, domains)
        if span is None or period is None or period[0] <= 0 <= period[1]:
            return None  # a period that may vanish on the parameters' domain: no bound on n
        # n = (x − offset)/step over the box: monotone in each, so the extremes are at its corners
        ends = [(x - o) / c for x in (lo, hi) for o in span for c in period]
        first, last = math.floor(min(ends)) - 1, math.ceil(max(ends)) + 1  # one beyond: float rounding
        if last - first + 1 > MAX_PER_FAMILY:
            return None
        out += [expr.subs(n, k) for k in range(first, last + 1)]
    return out
