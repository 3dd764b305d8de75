"""A value of the variables a form holds fixed where a premise beside a condition fails, searched in
boxes of ball arithmetic (issue 16, item 1; review 25).

The holders' region (:mod:`derivations._search_region`) must admit a point of the zero set at *every*
value of the variables the form keeps. Tried at seven values of ``z ∈ (0, 1)``, a premise
``y > 3/10 − 10(z − 3/5)²`` excluded ``y = ¼`` only on the band ``z ∈ (0.529, 0.671)`` between them.
Here the relation's margin at the point is enclosed over boxes of the kept variables: a box whose ball
shows the relation holding is done; the others are halved, the lowest ball first, and each one's
midpoint is tried. A failing value found is a counterexample; a search that ends without one (its
budget, or a margin that tends to 0 at an open end) admits the point as the sampled values did.

>>> import sympy
>>> y, z = sympy.symbols("y z", real=True)
>>> margin = y - sympy.Rational(3, 10) + 10 * (z - sympy.Rational(3, 5))**2
>>> fn = compile_margin(margin, [y, z])
>>> fails = lambda mid: margin.subs({y: sympy.Rational(1, 4), z: sympy.Rational(mid[0])}) <= 0
>>> value = failing_value(fn, [mpmath.mpf(0.25)], [(Fraction(0), Fraction(1))], "positive", fails)
>>> value is not None and 0.529 < value[0] < 0.671
True
"""

from __future__ import annotations

import heapq
import itertools
import math
from fractions import Fraction
from typing import Any, Callable, Sequence

import flint
import mpmath

from ._precision import NotEnclosable, arb_compile, arb_exact

__all__ = ["ball_distance_from_zero", "compile_margin", "failing_value", "spread"]

#: Boxes looked at per point and relation before the search stops (each halving keeps the box whose
#: midpoint is lowest first: a band 10⁻¹⁵ of the width wide is met within about 50 in one variable).
_BOXES = 256
#: Bits the balls are computed with.
_PREC = 128


def compile_margin(g: Any, symbols: Sequence[Any]) -> Callable | None:
    """``g`` as a function of arb balls (one per symbol), or None where arb cannot evaluate it."""
    try:
        return arb_compile(g, list(symbols))
    except (NotEnclosable, TypeError, ValueError):
        return None


def failing_value(fn: Callable, point: Sequence[mpmath.mpf], boxes: Sequence[tuple[Fraction, Fraction]], kind: str,
                  fails: Callable[[list], bool], digits: int = 15,
                  gates: Sequence[tuple[Callable, str]] = (), priority: Callable | None = None) -> list | None:
    """Values of the kept variables (a box's midpoint, exact) where ``fails`` says the relation fails at
    ``point`` (its other arguments), searched over ``boxes`` (one ``(lo, hi)`` per kept variable); None
    where every box's ball shows ``g > 0`` (``kind`` positive), ``g ≥ 0`` (nonnegative) or ``g ≠ 0``
    (nonzero), or the budget ends first. A box is not halved below ``10^-digits`` of its variable's range: a band
    narrower than that is below the precision ``fails`` reads with (``1 − z`` at ``z = 1 − 2⁻¹²⁸``
    is 0 at 25 digits). ``gates``: the relations (margin, kind) a failing value must satisfy too (the
    premises in the kept variables alone, review 26: ``z < w``): a box where one is shown false is
    dropped, and the boxes go lowest first in the larger of the margin and the gates' negated ones.
    ``priority(box)``, where given, orders the boxes instead (lowest first)."""
    old = flint.ctx.prec
    flint.ctx.prec = _PREC
    try:
        fixed = [arb_exact(v) for v in point]
        widths = [hi - lo or Fraction(1) for lo, hi in boxes]
        heap: list = []
        count = 0

        def push(box: tuple) -> None:
            nonlocal count
            lower = _lower(fn, fixed, box, kind)
            count += 1
            if lower is None or any(_lower(_negated(g), fixed, box, "positive" if k == "nonnegative" else "nonnegative")
                                    is None for g, k in gates if k in ("positive", "nonnegative")):
                return  # the relation shown to hold on the whole box, or a gate to fail on it
            # the lowest margin at the midpoint first: the balls over wide boxes are loose
            # (a square over a box around its zero reaches far below 0), the midpoints are not
            mid = [(lo + hi) / 2 for lo, hi in box]
            at_mid = priority(box) if priority is not None else max(
                [_at_mid(fn, fixed, mid, kind)] + [-_at_mid(g, fixed, mid, k) for g, k in gates
                                                   if k in ("positive", "nonnegative")])
            heapq.heappush(heap, (at_mid, lower, count, box))

        push(tuple(boxes))
        while heap and count < _BOXES:
            *_, box = heapq.heappop(heap)
            mid = [(lo + hi) / 2 for lo, hi in box]
            if fails(mid):
                return mid
            i = max(range(len(box)), key=lambda j: (box[j][1] - box[j][0]) / widths[j])
            lo, hi = box[i]
            if (hi - lo) / widths[i] < Fraction(1, 10 ** digits):
                continue
            for half in ((lo, mid[i]), (mid[i], hi)):
                push(box[:i] + (half,) + box[i + 1:])
        return None
    finally:
        flint.ctx.prec = old


def _negated(g: Callable) -> Callable:
    """The margin of a gate's failing (``g ≤ 0`` as ``−g ≥ 0``; a strict gate fails at 0 too)."""
    return lambda args: -g(args)


def _real_ball(fn: Callable, args: list) -> flint.arb | None:
    """``fn`` at ``args`` as a finite real ball, or None (an error, no real value, no finite one)."""
    try:
        ball = fn(args)
    except (NotEnclosable, ValueError, ZeroDivisionError, TypeError, ArithmeticError):
        return None
    if isinstance(ball, flint.acb):
        if not (ball.imag.is_exact() and ball.imag == 0):
            return None
        ball = ball.real
    return ball if ball.is_finite() else None


def _at_mid(fn: Callable, fixed: list, mid: list, kind: str) -> float:
    """The margin at a box's midpoint as a float (its magnitude for ``nonzero``; −∞ where it has no
    finite real value): the boxes are halved lowest first."""
    ball = _real_ball(fn, fixed + [arb_exact(q) for q in mid])
    if ball is None:
        return float("-inf")
    value = float(ball.mid())
    return abs(value) if kind == "nonzero" else value


def _lower(fn: Callable, fixed: list, box: tuple, kind: str) -> float | None:
    """How far the ball over ``box`` is from showing the relation, lowest first: its lower end (its
    least magnitude for ``nonzero``; −∞ where it has none), or None where it shows the relation."""
    ball = _real_ball(fn, fixed + [arb_exact(lo).union(arb_exact(hi)) for lo, hi in box])
    if ball is None:
        return float("-inf")
    if kind == "nonzero":
        return None if not ball.contains(0) else float(abs(ball).lower())
    if (ball > 0) if kind == "positive" else (ball >= 0):
        return None
    return float(ball.lower())


def ball_distance_from_zero(fn: Callable, point: Sequence[Any], spans: Sequence[tuple[Fraction, Fraction]]) -> float:
    """How far from 0 the ball of ``fn`` stays with the last arguments over ``spans`` (0 where it meets 0
    or has no finite real value): where it is positive, no value in the spans makes ``fn`` vanish."""
    old = flint.ctx.prec
    flint.ctx.prec = _PREC
    try:
        ball = _real_ball(fn, [arb_exact(v) for v in point] + [arb_exact(lo).union(arb_exact(hi)) for lo, hi in spans])
        if ball is None or ball.contains(0):
            return 0.0
        return float(abs(ball).lower())
    finally:
        flint.ctx.prec = old


def spread(lists: list, limit: int) -> list:
    """At most ``limit`` combinations of one value from each list, spread so that every list's every
    value is met (review 26: the first ``limit`` of the product held its first variable at one value)."""
    total = 1
    for values in lists:
        total *= len(values)
    if total <= limit:
        return list(itertools.product(*lists))
    stride = total // limit + 1
    while math.gcd(stride, total) != 1:
        stride += 1
    out = []
    for k in range(limit):
        index, combo = k * stride % total, []
        for values in reversed(lists):
            index, i = divmod(index, len(values))
            combo.append(values[i])
        out.append(tuple(reversed(combo)))
    return out
