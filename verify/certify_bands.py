"""Conditions decided by ball arithmetic on subdivided boxes of the domain (issue 16).

A side condition that fails only on a narrow band of a parameter (a discarded root that
enters the variable's domain for ``a ∈ (3.162, 3.317)``, a specialization value that leaves
``x > 0`` on a band 2·10⁻³ wide, a pole that enters the integration range for
``|a − 5| < 7·10⁻⁴``) is missed by sampling. :func:`decide` evaluates the condition on a box
of the domain with :func:`verify.balls.to_arb`, three-valued: a relation is *true* on a
piece when its balls lie on the right side, *false* when they lie wholly on the wrong side
(then every point of the piece is a counterexample), undecided otherwise (then the piece's
centre, as an exact point, may still be a counterexample); ``And``/``Or``/
``Not`` combine the three values (Kleene). Undecided pieces are bisected until every piece
is decided or the budget runs out. The result is ``"proved"`` (true on every piece),
``"disproved"`` (with a point where it is false) or None (undecided: the caller samples,
and sampling never proves).

>>> import sympy as sp
>>> from derivations import Real
>>> a = sp.Symbol("a", real=True)
>>> v = a**2 - 10
>>> decide(sp.Or(v <= 0, v >= 1), {a: Real(0, 10)}, {})[0]
'disproved'
>>> decide(sp.Or(v <= 0, v >= 1), {a: Real(0, 3)}, {})[0]
'proved'
"""

from __future__ import annotations

import functools
import math
from collections import deque
from fractions import Fraction
from typing import Any, Mapping

import flint
import sympy

from derivations._domain_bounds import interval_ball
from derivations._domains import Domain
from derivations._precision import EXTREME_EXPONENT

from .balls import NotTranslatable, to_arb

__all__ = ["decide", "domain_condition", "BAND_BOXES", "BAND_DEPTH"]

#: Pieces a decision may evaluate, and halvings of one piece (a band 10⁻⁶ of a range 10 wide
#: is reached in 24 halvings).
BAND_BOXES, BAND_DEPTH = 3000, 48


def domain_condition(value: Any, dom: Domain) -> Any | None:
    """The condition that ``value`` lies in the real interval ``dom`` (None for other kinds)."""
    if dom.kind != "real":
        return None
    parts = []
    if dom.lo is not None:
        lo = dom.lo_exact
        parts.append(sympy.StrictGreaterThan(value, lo, evaluate=False) if dom.lo_open
                     else sympy.GreaterThan(value, lo, evaluate=False))
    if dom.hi is not None:
        hi = dom.hi_exact
        parts.append(sympy.StrictLessThan(value, hi, evaluate=False) if dom.hi_open
                     else sympy.LessThan(value, hi, evaluate=False))
    return sympy.And(*parts, evaluate=False) if parts else sympy.true


def _box(cond: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]
         ) -> tuple[dict[Any, tuple[Fraction, Fraction]], bool] | None:
    """The domain as a closed box, and whether it was clipped (at 10^±EXTREME_EXPONENT or to a
    declared sample range): a proof on a clipped box does not cover the whole domain."""
    box, clipped = {}, False
    big = Fraction(10) ** EXTREME_EXPONENT
    for s in sorted(cond.free_symbols, key=str):  # a fixed order: the counterexample is printed
        d = domains.get(s)
        if d is None or d.kind != "real":
            return None
        lo, hi = restrict.get(s, (d.lo_outer, d.hi_outer))
        clipped |= s in restrict
        lo = Fraction(lo) if lo is not None else None
        hi = Fraction(hi) if hi is not None else None
        if lo is None:
            lo, clipped = -big, True
        if hi is None:
            hi, clipped = big, True
        if not lo < hi:
            return None
        box[s] = (lo, hi)
    return box, clipped


def _real_parts(expr: Any) -> Any:
    """``re``/``im`` of real expressions replaced by the expression and 0 (the ball translator
    is real): SymPy writes a pole's position as ``re(r)``, ``im(r)`` even for a real ``r``."""
    return expr.replace(lambda e: isinstance(e, (sympy.re, sympy.im)) and e.args[0].is_extended_real is True,
                        lambda e: e.args[0] if isinstance(e, sympy.re) else sympy.Integer(0))


def _enclose(d: Any, values: Mapping[Any, flint.arb]) -> flint.arb:
    """``d`` on the piece: the natural ball, narrowed by the mean-value form
    ``d(m) + Σ ∂d/∂s(piece)·(s − m)``, which does not suffer from the dependency problem of
    an expanded polynomial (10⁶a² − 10⁷a + … near a = 5)."""
    try:
        natural = to_arb(d, values)
    except NotTranslatable:
        return _by_acb(d, values)
    wide = {s: v for s, v in values.items() if s in d.free_symbols and v.rad() > 0}
    if not wide:
        return natural
    centre = {s: flint.arb(v.mid()) for s, v in values.items()}
    try:
        form = to_arb(d, centre)
        for s, v in wide.items():
            form += to_arb(_derivative(d, s), values) * (v - v.mid())
    except (NotTranslatable, ValueError, ZeroDivisionError, TypeError, OverflowError):
        return natural
    if not (form.is_finite() and natural.is_finite()):
        return natural if natural.is_finite() else form
    lo, hi = max(form.lower(), natural.lower()), min(form.upper(), natural.upper())
    return lo.union(hi) if bool(lo <= hi) else natural


def _by_acb(d: Any, values: Mapping[Any, flint.arb]) -> flint.arb:
    """``d`` on the piece through the complex-ball translation of the integral certificates
    (trigonometric, ``atan``, ``Abs``, ``erf``, ``gamma``, ...); a value not shown real is NaN."""
    from .certify_ops import acb_compile  # it builds on this package's helpers
    if d.has(sympy.Heaviside):  # the translation ignores Heaviside's value at 0 (harmless in an integral only)
        raise NotTranslatable("Heaviside in a condition")
    try:
        z = acb_compile(d, sympy.Dummy("unused"), dict(values))(flint.acb(0), False)
    except Exception as exc:  # noqa: BLE001 - no translation: the piece stays undecided
        raise NotTranslatable(str(exc)) from exc
    if not (z.imag.is_exact() and z.imag == 0):
        return flint.arb("nan")
    return z.real


@functools.lru_cache(maxsize=256)
def _derivative(d: Any, s: Any) -> Any:
    return sympy.diff(d, s)


def _truth(cond: Any, values: Mapping[Any, flint.arb]) -> bool | None:
    """The condition on a piece: True / False on all of it, or None (undecided)."""
    if cond in (sympy.true, True):
        return True
    if cond in (sympy.false, False):
        return False
    if isinstance(cond, sympy.Not):
        inner = _truth(cond.args[0], values)
        return None if inner is None else not inner
    if isinstance(cond, (sympy.And, sympy.Or)):
        parts = [_truth(c, values) for c in cond.args]
        want = isinstance(cond, sympy.Or)  # the value that decides the connective alone
        if want in parts:
            return want
        return None if None in parts else not want
    if isinstance(cond, sympy.Rel):
        d = _enclose(sympy.sympify(cond.lhs - cond.rhs), values)
        if not d.is_finite():
            return None
        if isinstance(cond, (sympy.Eq, sympy.Ne)):
            truth = True if (d.is_exact() and d == 0) else False if not d.contains(0) else None
            return truth if truth is None or isinstance(cond, sympy.Eq) else not truth
        if isinstance(cond, (sympy.StrictGreaterThan, sympy.GreaterThan)):
            d = -d  # now the relation is d < 0 or d <= 0
        strict = isinstance(cond, (sympy.StrictLessThan, sympy.StrictGreaterThan))
        if (strict and bool(d < 0)) or (not strict and bool(d <= 0)):
            return True
        if (strict and bool(d >= 0)) or (not strict and bool(d > 0)):
            return False
        return None
    raise ValueError(f"no three-valued reading of {type(cond).__name__}")


def decide(cond: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]
           ) -> tuple[str | None, dict[str, str], bool]:
    """``(verdict, counterexample, clipped)``: verdict ``"proved"``, ``"disproved"`` or None."""
    cond = _real_parts(sympy.sympify(cond))
    shaped = _box(cond, domains, restrict) if cond.free_symbols else None
    if shaped is None:
        return None, {}, False
    box, clipped = shaped
    symbols = sorted(box, key=str)
    queue: deque[tuple[dict[Any, tuple[Fraction, Fraction]], int]] = deque([(box, 0)])
    spent = 0
    old = flint.ctx.dps
    flint.ctx.dps = 30
    try:
        while queue:
            piece, depth = queue.popleft()
            spent += 1
            if spent > BAND_BOXES:
                return None, {}, clipped
            try:
                truth = _truth(cond, {s: interval_ball(*piece[s]) for s in symbols})
            except (NotTranslatable, ValueError, ZeroDivisionError, TypeError, OverflowError):
                return None, {}, clipped
            if truth is True:
                continue
            centre = {s: (a + b) / 2 for s, (a, b) in piece.items()}
            if truth is None:  # the piece's centre, exactly: a false point is a counterexample too
                try:
                    truth = False if _truth(cond, {s: interval_ball(c, c) for s, c in centre.items()}) is False else None
                except (NotTranslatable, ValueError, ZeroDivisionError, TypeError, OverflowError):
                    truth = None
            if truth is False:  # false throughout the piece, or at its centre
                point = {str(s): str(sympy.Rational(c.numerator, c.denominator)) for s, c in centre.items()}
                return "disproved", {**point, "condition": str(cond)}, clipped
            if depth >= BAND_DEPTH:
                return None, {}, clipped
            # Split the widest side (relative to the whole box); geometrically over a wide positive range.
            s = max(symbols, key=lambda t: (piece[t][1] - piece[t][0]) / (box[t][1] - box[t][0]))
            a, b = piece[s]
            mid = (a + b) / 2
            if a > 0 and b / a > 100:
                geometric = Fraction(math.sqrt(float(a)) * math.sqrt(float(b)))
                mid = geometric if a < geometric < b else mid
            queue.append(({**piece, s: (a, mid)}, depth + 1))
            queue.append(({**piece, s: (mid, b)}, depth + 1))
    finally:
        flint.ctx.dps = old
    return "proved", {}, clipped
