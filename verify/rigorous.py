"""Rigorous enclosures with python-flint's arb ball arithmetic.

:func:`enclose` evaluates a SymPy expression at exact parameter values as an arb
ball that is guaranteed to contain the true value. The checker uses it to
*certify* that ``evaluate(dps=...)`` returned a number correct to ``dps - 1``
significant digits, with no reliance on mpmath's own error estimates.

>>> import sympy as sp
>>> x = sp.Symbol("x", positive=True)
>>> ball = enclose(sp.atan(x) + sp.atan(1 / x), {x: 3}, dps=30)
>>> ball.overlaps(flint.arb.pi() / 2)
True
"""

from __future__ import annotations

from typing import Any, Mapping

import flint
import mpmath
import sympy

from derivations._precision import NotEnclosable, arb_compile, arb_exact

__all__ = ["NotEnclosable", "enclose", "certify"]


_exact = arb_exact


def enclose(expr: Any, values: Mapping[sympy.Symbol, Any], *, dps: int) -> flint.arb:
    """A ball guaranteed to contain ``expr`` at the exact ``values``, at ``dps`` digits.

    The translation is the one ``evaluate()`` runs (:func:`derivations._precision.arb_compile`).
    """
    old = flint.ctx.dps
    flint.ctx.dps = dps
    try:
        symbols = list(values)
        program = arb_compile(expr, symbols)
        return program([_exact(values[s]) for s in symbols])
    finally:
        flint.ctx.dps = old


def certify(expr: Any, values: Mapping[sympy.Symbol, Any], value: mpmath.mpf, *, dps: int) -> bool | None:
    """Whether ``value`` provably agrees with ``expr`` to ``dps - 1`` significant digits.

    ``None`` when the ball is too wide to decide (or the expression cannot be enclosed).
    """
    try:
        ball = enclose(expr, values, dps=dps + 20)
    except (NotEnclosable, ValueError, ZeroDivisionError):
        return None
    if not ball.is_finite():
        return None
    old = flint.ctx.dps
    flint.ctx.dps = dps + 20
    try:
        # Built at full precision: at the default 53 bits the value itself would be rounded.
        v = _exact(value if isinstance(value, mpmath.mpf) else mpmath.mpmathify(value))
        bound = abs(v) * flint.arb(10) ** (-(dps - 1))
        worst = abs(v - ball)  # a ball whose upper end bounds |value - exact|
        if worst.upper() <= bound.lower():
            return True
        if (abs(v - ball)).lower() > bound.upper():
            return False
        return None
    finally:
        flint.ctx.dps = old
