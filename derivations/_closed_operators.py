"""Closed operators in a condition, carried out only where numbers confirm SymPy (review 19).

A limit or a derivative at a point written unevaluated in a premise (``lim_{t→0} sin t/t``) is a
number; the holders' search (:mod:`derivations._holders`) needs it as one. SymPy's ``doit`` is
an oracle with known wrong answers (``lim_{t→0⁺} Ei(−1 + it)·Ei(−1 − it)`` is ``Ei(−1)²`` to
SymPy, ``Ei(−1)² + π²`` in truth; ``d|t|/dt`` at 0 is ``0`` to SymPy and does not exist), so
its value is kept only when the operator, evaluated by other means, approaches it; where the two
disagree, neither is taken (review 20: ``½ + 9(1 − e^{−10⁻¹⁰⁰/t})`` is still ``½`` to 19 digits at
``t = 10⁻⁸⁰``, and its limit is ``19/2``, as SymPy says; numbers at three distances are evidence, not
a proof that overrules one):

* a limit: its operand at ``10⁻²⁰``, ``10⁻⁴⁰`` and ``10⁻⁸⁰`` from the side it names (both sides
  for a two-sided one; ``10^{20}``… towards ±∞), and much closer: at ``10^{−10³}`` and ``10^{−10⁴}``
  from 0 (``10^{10³}``… towards ±∞), at ``10⁻³⁰⁰`` and ``10⁻¹⁰⁰⁰`` (with the digits that takes) from
  another point (review 24: ``arg(−1 + it) + 2π e^{−10⁻¹⁰⁰/|t|}`` is ``π`` to 20 digits at ``|t| = 10⁻⁸⁰``,
  and tends to ``−π``);
* a derivative at a point (``Subs`` of a ``Derivative``): mpmath's one-sided differences from
  both sides.

Anything else (an integral, a sum, a value that does not settle, SymPy and the numbers apart) is
left unevaluated, and the condition holds for no variable (:class:`derivations._holders.Holders`).

    >>> import sympy
    >>> t = sympy.Symbol("t")
    >>> certified_values([sympy.Limit(sympy.sin(t) / t, t, 0)])
    {Limit(sin(t)/t, t, 0, dir='+'): 1}
    >>> certified_values([sympy.Subs(sympy.Derivative(abs(t), t), t, 0)]) is None
    True
    >>> e = sympy.Limit(sympy.Ei(-1 + sympy.I * t) * sympy.Ei(-1 - sympy.I * t), t, 0, "+")
    >>> certified_values([e]) is None  # SymPy says Ei(-1)², the numbers Ei(-1)² + π²
    True
"""

from __future__ import annotations

from typing import Any, Iterable

import mpmath
import sympy

__all__ = ["certified_values"]

#: Distances from a limit point (and their reciprocals towards ±∞) where its operand is evaluated.
_STEPS = (20, 40, 80)
#: Closer still, where no digits are needed (a limit at 0 or at ±∞), and where they are (another point).
_FAR = (10**3, 10**4)
_CLOSE = (300, 1000)
_DIGITS = 120
#: Agreement asked of the numbers with SymPy's value (relative, or absolute below 1).
_AGREEMENT = mpmath.mpf(10) ** -12


def certified_values(operators: Iterable[Any]) -> dict | None:
    """Each closed operator's value: SymPy's where numbers confirm it; None if one has no value the
    numbers settle on and SymPy's agrees with."""
    out = {}
    for op in operators:
        numbers = _numbers(op)
        if not _settled(numbers):
            return None
        try:
            value = op.doit()
        except Exception:  # noqa: BLE001 - SymPy failing: no value
            return None
        if not (value.is_number and value.is_finite) or not _close(numbers, value):
            return None
        out[op] = value
    return out


def _settled(numbers: list) -> bool:
    with mpmath.workdps(_DIGITS):
        return bool(numbers) and all(mpmath.isfinite(v) for v in numbers) and all(
            abs(v - numbers[-1]) <= _AGREEMENT * max(1, abs(numbers[-1])) for v in numbers)


def _close(numbers: list, value: Any) -> bool:
    with mpmath.workdps(_DIGITS):
        target = mpmath.mpmathify(sympy.N(value, _DIGITS))
        return bool(numbers) and all(
            mpmath.isfinite(v) and abs(v - target) <= _AGREEMENT * max(1, abs(target)) for v in numbers)


def _numbers(op: Any) -> list:
    """The operator evaluated by other means than SymPy's: empty where it cannot be."""
    try:
        if isinstance(op, sympy.Limit):
            return _approach(op)
        if isinstance(op, sympy.Subs) and isinstance(op.expr, sympy.Derivative) and len(op.variables) == 1:
            return _one_sided_derivatives(op)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, NameError, AttributeError):
        return []
    return []


def _approach(limit: Any) -> list:
    expr, var, point, direction = limit.args
    fn = sympy.lambdify(var, expr, modules="mpmath")
    with mpmath.workdps(_DIGITS):
        if point in (sympy.oo, -sympy.oo):
            sign = 1 if point == sympy.oo else -1
            return [mpmath.mpmathify(fn(sign * mpmath.mpf(10) ** k)) for k in _STEPS] + _far(
                lambda k: fn(sign * mpmath.mpf(10) ** k))
        sides = {"+": (1,), "-": (-1,)}.get(str(direction), (1, -1))
        if point == 0:  # no digits needed to tell a point from 0: as close as mpmath's exponents go
            return [mpmath.mpmathify(fn(s * mpmath.mpf(10) ** -k)) for s in sides for k in _STEPS] + [
                v for s in sides for v in _far(lambda k, s=s: fn(s * mpmath.mpf(10) ** -k))]
        out = []
        for k in _STEPS + _CLOSE:
            with mpmath.workdps(max(_DIGITS, k + 40)):
                at = mpmath.mpmathify(sympy.N(point, max(_DIGITS, k + 40)))
                out += [+mpmath.mpmathify(fn(at + s * mpmath.mpf(10) ** -k)) for s in sides]
        return out


def _far(at: Any) -> list:
    """``at(k)`` for the far distances, up to the first that mpmath cannot evaluate (``Ei`` a 10^{−10³⁰}
    off its cut runs out of memory): numbers at fewer distances, as before review 24."""
    out = []
    for k in _FAR:
        try:
            out.append(mpmath.mpmathify(at(k)))
        except (MemoryError, TypeError, ValueError, ZeroDivisionError, OverflowError, ArithmeticError):
            break
    return out


def _one_sided_derivatives(subs: Any) -> list:
    derivative = subs.expr
    (var,), (point,) = subs.variables, subs.point
    counts = dict(derivative.variable_count)
    if set(counts) != {var}:
        return []
    fn = sympy.lambdify(var, derivative.expr, modules="mpmath")
    with mpmath.workdps(_DIGITS):
        at = mpmath.mpmathify(sympy.N(point, _DIGITS))
        return [mpmath.mpmathify(mpmath.diff(fn, at, counts[var], direction=d, h=mpmath.mpf(10) ** -30))
                for d in (1, -1)]
