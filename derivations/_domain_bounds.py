"""Exact irrational domain bounds (π, π/2, √2, e, log 2 …): enclosure, rounding and comparison.

A domain bound is kept exactly as the SymPy number it was written as. What *proves* on the
domain uses that exact number (or an outward rational: a box that contains the domain);
what *samples* uses a rational strictly inside it (an inward rational), so a sample is never
outside the declared domain. Every rounding is made from a ball (python-flint ``arb``)
that is guaranteed to contain the exact value, never from a float.

>>> import sympy
>>> below, above = rational_bracket(sympy.pi)
>>> below < Fraction(314159265358979, 10**14) + 1 and 3 < below < above < 4
True
>>> compare(Fraction(22, 7), sympy.pi), compare(sympy.pi, sympy.pi)
(1, 0)
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction
from typing import Any

import flint
import sympy

__all__ = ["BoundError", "irrational_bound", "enclose", "rational_bracket", "compare", "arb_of", "interval_ball",
           "BOUND_DIGITS"]

#: Decimal digits of the inward/outward rationals: far below any sampling or box resolution.
BOUND_DIGITS = 60
#: Working precisions (bits) tried in turn when a comparison is close.
_PRECISIONS = (256, 1024, 4096)

_FUNCTIONS = {sympy.exp: "exp", sympy.log: "log", sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan",
              sympy.atan: "atan", sympy.asin: "asin", sympy.acos: "acos", sympy.sinh: "sinh",
              sympy.cosh: "cosh", sympy.tanh: "tanh"}


class BoundError(ValueError):
    """A bound (or a value compared with one) that cannot be enclosed or compared exactly."""


def irrational_bound(value: Any) -> sympy.Expr | None:
    """``value`` as an exact irrational SymPy real number, or None when it is not one."""
    if not isinstance(value, sympy.Expr) or isinstance(value, sympy.Rational):
        return None
    if not (value.is_number and value.is_extended_real is True and value.is_finite is True):
        return None
    if value.has(sympy.Float):  # a decimal inside π·0.5 is not "exactly known" as written
        return None
    return value


def enclose(expr: sympy.Expr, prec: int = _PRECISIONS[0]) -> flint.arb:
    """A ball that contains the exact real number ``expr`` (raises :class:`BoundError`)."""
    old = flint.ctx.prec
    flint.ctx.prec = prec
    try:
        out = arb_of(expr)
    finally:
        flint.ctx.prec = old
    if not out.is_finite():
        raise BoundError(f"{expr} could not be enclosed in a finite ball")
    return out


def arb_of(expr: Any, box: Any = None, *, fractional_powers: bool = True) -> flint.arb:
    """A ball containing the exact real ``expr`` (over ``box``, a mapping of symbols to balls, its
    values there); a fractional power is NaN where its base reaches 0 or below, or refused when
    ``fractional_powers`` is false. Raises :class:`BoundError` for anything else."""
    if box and expr in box:
        return box[expr]

    def arb(e: Any) -> flint.arb:
        return arb_of(e, box, fractional_powers=fractional_powers)

    if isinstance(expr, sympy.Rational):
        return flint.arb(flint.fmpq(int(expr.p), int(expr.q)))
    if expr is sympy.pi:
        return flint.arb.pi()
    if expr is sympy.E:
        return flint.arb(1).exp()
    if expr.is_Add:
        return sum((arb(a) for a in expr.args), flint.arb(0))
    if expr.is_Mul:
        out = flint.arb(1)
        for a in expr.args:
            out *= arb(a)
        return out
    if expr.is_Pow:
        base, exp = expr.args
        if exp.is_Integer:
            return arb(base) ** int(exp)
        if fractional_powers:
            return arb(base) ** arb(exp)  # NaN (not finite) where the base reaches 0 or below
    name = _FUNCTIONS.get(type(expr))
    if name is not None and len(expr.args) == 1:
        return getattr(arb(expr.args[0]), name)()
    raise BoundError(f"{expr} uses {type(expr).__name__}: exact bounds may use rationals, pi, E, "
                     f"+, *, powers, exp, log, sin, cos, tan, atan, asin, acos, sinh, cosh, tanh")


def interval_ball(lo: Fraction, hi: Fraction) -> flint.arb:
    """The smallest ball holding the exact interval ``[lo, hi]`` (its ends exact rationals)."""
    a = flint.arb(flint.fmpq(lo.numerator, lo.denominator))
    return a if lo == hi else a.union(flint.arb(flint.fmpq(hi.numerator, hi.denominator)))


def _fraction(b: flint.arb) -> Fraction:
    """The exact rational value of an arb's midpoint (radius ignored: see :func:`_ends`)."""
    man, exp = b.mid().man_exp()
    return Fraction(int(man)) * Fraction(2) ** int(exp)


def _ends(b: flint.arb) -> tuple[Fraction, Fraction]:
    """The ball's ends exactly, as rationals (midpoint and radius are exact binary numbers)."""
    mid, rad = _fraction(b), _fraction(b.rad())
    return mid - rad, mid + rad


@functools.lru_cache(maxsize=256)  # a domain asks for its outward box at every decision
def rational_bracket(expr: sympy.Expr) -> tuple[Fraction, Fraction]:
    """Rationals ``below < expr < above``, strictly, within 10^-BOUND_DIGITS (relative) of it."""
    ball = enclose(expr)
    lo, hi = _ends(ball)
    scale = Fraction(10) ** BOUND_DIGITS / max(1, 10 ** max(0, int(math.log10(max(abs(lo), abs(hi), 1)))))
    if (hi - lo) * scale > 1:
        raise BoundError(f"{expr} could not be enclosed to {BOUND_DIGITS} digits")
    # One unit of the grid beyond the ball's ends: strict even if the ball's end were exact.
    below = Fraction(math.floor(lo * scale) - 1) / scale
    above = Fraction(math.ceil(hi * scale) + 1) / scale
    return below, above


def compare(x: Any, bound: Any) -> int:
    """The sign of ``x − bound`` (−1, 0 or 1), decided exactly, for exact real numbers.

    ``x`` and ``bound`` may be Fractions or SymPy numbers. A difference that SymPy does not
    reduce to 0 is decided by balls at rising precision; if no ball excludes 0, the
    comparison is refused (:class:`BoundError`), never guessed.
    """
    if isinstance(x, Fraction) and isinstance(bound, Fraction):
        return (x > bound) - (x < bound)
    diff = sympy.sympify(_sym(x) - _sym(bound))
    if diff.is_zero is True or diff == 0:
        return 0
    if isinstance(diff, sympy.Rational):
        return 1 if diff > 0 else -1
    for prec in _PRECISIONS:
        ball = enclose(diff, prec)
        if ball > 0:
            return 1
        if ball < 0:
            return -1
    raise BoundError(f"cannot decide whether {x} is above or below {bound}")


def _sym(v: Any) -> sympy.Expr:
    if isinstance(v, Fraction):
        return sympy.Rational(v.numerator, v.denominator)
    return sympy.sympify(v)
