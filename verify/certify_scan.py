"""Where to look hardest: the parameter values at which SymPy's answer stops being analytic.

An operation's certificate (:mod:`verify.certify_ops`) compares SymPy's answer with an
independent evaluation at points of the parameters' domain. A sampled certificate can miss a
band of a parameter where the answer is wrong; SymPy's wrong definite integrals are almost all
of one shape, an antiderivative that jumps (``atan`` of a rational function, a logarithm across
its cut), so the answer is wrong *between* the parameter values where it is not analytic.

:func:`suspect_points` finds those values by ball arithmetic: the answer, as a function of one
parameter with the others held at a point, is evaluated with arb on intervals covering the
domain, with the analytic flag set, so that a pole, a branch cut or a jump inside an interval
gives a non-finite ball. Such intervals are bisected down to a small width; the certificate then
evaluates *beside* each one and between neighbouring ones, where a band of wrong values lies.
An answer the translation does not cover yields no suspects (the sampled points remain).

>>> import sympy as sp
>>> from derivations import Real
>>> b = sp.Symbol("b", real=True)
>>> pts = suspect_points(sp.atan(1 / (b - 3)), {b: Real(0, 10)}, {}, {b: sp.Integer(1)})
>>> [round(float(p[b]), 4) for p in pts]  # both sides of b = 3
[2.9902, 3.0098]
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import flint
import sympy

from derivations._domains import Domain
from derivations._precision import NotEnclosable

__all__ = ["suspect_points", "SCAN_BOXES", "SCAN_DEPTH", "SCAN_EVALUATIONS", "SCAN_SUSPECTS"]

#: Intervals the scanned range starts as, halvings of a non-analytic one, the balls one of
#: them may cost, and the most singular places followed up (per parameter).
SCAN_BOXES, SCAN_DEPTH, SCAN_EVALUATIONS, SCAN_SUSPECTS = 128, 12, 120, 6
#: The largest integer in an exponent that is substituted exactly.
_EXACT_LIMIT = 10**4
#: An infinite end of a domain is scanned out to this distance from the finite one (or 0).
_REACH = Fraction(10**6)


def _range(domain: Domain, within: tuple[Any, Any] | None) -> tuple[Fraction, Fraction] | None:
    if domain.kind != "real":
        return None
    lo, hi = within if within is not None else (domain.lo, domain.hi)
    lo = Fraction(lo) if lo is not None else None
    hi = Fraction(hi) if hi is not None else None
    if lo is None and hi is None:
        return -_REACH, _REACH
    if lo is None:
        return hi - _REACH, hi
    if hi is None:
        return lo, lo + _REACH
    return (lo, hi) if lo < hi else None


def _cuts(lo: Fraction, hi: Fraction) -> list[Fraction]:
    """SCAN_BOXES + 1 break points over [lo, hi]: geometric over a wide positive range."""
    n = SCAN_BOXES
    if lo > 0 and hi / lo > 100:
        ratio = (float(hi) / float(lo)) ** (1 / n)
        inner = [Fraction(float(lo) * ratio**k).limit_denominator(10**12) for k in range(1, n)]
        inner = [c for c in inner if lo < c < hi]
        return [lo, *sorted(set(inner)), hi]
    return [lo + (hi - lo) * k / n for k in range(n + 1)]


def _ball(lo: Fraction, hi: Fraction) -> flint.acb:
    a = flint.arb(flint.fmpq(lo.numerator, lo.denominator))
    b = flint.arb(flint.fmpq(hi.numerator, hi.denominator))
    return flint.acb(a.union(b))


def _singular(f: Any, lo: Fraction, hi: Fraction) -> list[tuple[Fraction, Fraction]]:
    """Small sub-intervals of [lo, hi] on which ``f`` is not shown analytic: bisected level by
    level, at most :data:`SCAN_DEPTH` levels or :data:`SCAN_EVALUATIONS` balls (ball arithmetic
    overestimates near a pole, so a band of boxes around it stays non-finite at every level)."""
    level, spent = [(lo, hi)], 0
    for depth in range(SCAN_DEPTH + 1):
        left = []
        for a, b in level:
            spent += 1
            try:
                finite = f(_ball(a, b), True).is_finite()
            except (ValueError, ZeroDivisionError, TypeError, AssertionError):
                finite = False
            if not finite:
                left.append((a, b))
        if not left or depth == SCAN_DEPTH or spent + 2 * len(left) > SCAN_EVALUATIONS:
            return left
        level = [half for a, b in left for half in ((a, (a + b) / 2), ((a + b) / 2, b))]
    return []


def _merge(boxes: list[tuple[Fraction, Fraction]]) -> list[tuple[Fraction, Fraction]]:
    merged: list[tuple[Fraction, Fraction]] = []
    for a, b in boxes:
        if merged and merged[-1][1] >= a:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def suspect_points(expr: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]],
                   base: Mapping[Any, Any], inside: bool = False) -> list[dict[Any, Any]]:
    """Exact points of the domain beside (and between) the values of each real parameter at
    which ``expr`` is not analytic, the other parameters held at ``base``; at most
    :data:`SCAN_SUSPECTS` places per parameter, in a deterministic order. With ``inside``, the
    middle of each place too: a form may be wrong only on its branch cut, a band narrower than
    the step beside it ((u³)^{1/3} = u fails exactly where u < 0)."""
    from .certify_ops import acb_compile  # the ball translation with arb's analytic flag

    expr = sympy.sympify(expr)
    points: list[dict[Any, Any]] = []
    for s in sorted(expr.free_symbols & set(base), key=str):
        span = _range(domains[s], restrict.get(s)) if s in domains else None
        if span is None:
            continue
        # An integer in an exponent is put in exactly: x**(2k - 1) at k = 3 is x**5, meromorphic, not
        # a branch cut. Every other value is a ball: exact numbers in a power would have SymPy
        # compute them exactly, millions of digits for 10^300 or (10^6/7)^(10^6).
        in_exponents = set().union(*(p.exp.free_symbols for p in expr.atoms(sympy.Pow)))
        exact, balls = {}, {}
        for t, v in base.items():
            v = sympy.sympify(v)
            if t == s or not v.is_Rational:
                continue
            if t in in_exponents and v.is_Integer and abs(v) <= _EXACT_LIMIT:
                exact[t] = v
            else:
                balls[t] = flint.arb(flint.fmpq(int(v.p), int(v.q)))
        try:
            f = acb_compile(expr.xreplace(exact), s, balls)
        except (NotEnclosable, ValueError, TypeError):
            continue
        lo, hi = span
        cuts, boxes = _cuts(lo, hi), []
        for a, b in zip(cuts, cuts[1:]):
            boxes += _singular(f, a, b)
        places = _merge(boxes)
        if not places or len(places) > SCAN_SUSPECTS or sum(b - a for a, b in places) > (hi - lo) / 2:
            continue  # nowhere singular, or singular all over: the scan tells nothing
        places = places[:SCAN_SUSPECTS]
        step = (hi - lo) / 1024
        xs: list[Fraction] = []
        for k, (a, b) in enumerate(places):
            xs += [a - step, b + step] + ([(a + b) / 2] if inside else [])
            if b - a > 8 * step:  # a wide place (the balls overestimate): look inside it too
                xs += [a + (b - a) * j / 4 + step / 3 for j in (1, 2, 3)]
            if k + 1 < len(places):
                xs.append((b + places[k + 1][0]) / 2)
        for v in sorted(set(xs)):
            if lo < v < hi:
                points.append({**base, s: sympy.Rational(v.numerator, v.denominator)})
    return points
