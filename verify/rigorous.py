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

from fractions import Fraction
from typing import Any, Mapping

import flint
import mpmath
import sympy

__all__ = ["NotEnclosable", "enclose", "certify"]


class NotEnclosable(ValueError):
    """The expression uses something the arb translation does not cover."""


_FUNCTIONS = {
    sympy.exp: "exp", sympy.log: "log", sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan",
    sympy.atan: "atan", sympy.asin: "asin", sympy.acos: "acos", sympy.sinh: "sinh", sympy.cosh: "cosh",
    sympy.tanh: "tanh", sympy.atanh: "atanh", sympy.gamma: "gamma", sympy.loggamma: "lgamma",
    sympy.erf: "erf", sympy.erfc: "erfc", sympy.LambertW: "lambertw", sympy.zeta: "zeta",
}


def _exact(value: Any) -> flint.arb:
    if isinstance(value, bool):
        raise NotEnclosable("boolean value")
    if isinstance(value, int):
        return flint.arb(value)
    if isinstance(value, (Fraction, sympy.Rational)):
        p, q = (value.numerator, value.denominator) if isinstance(value, Fraction) else (value.p, value.q)
        return flint.arb(flint.fmpq(int(p), int(q)))
    if isinstance(value, mpmath.mpf):
        sign, man, exp, _ = value._mpf_  # man_exp would drop the sign
        ball = flint.arb(flint.fmpz(int(man))) * flint.arb(2) ** int(exp)
        return -ball if sign else ball
    raise NotEnclosable(f"cannot enclose a value of type {type(value).__name__}")


def _arb(expr: sympy.Basic, values: Mapping[sympy.Symbol, flint.arb]) -> flint.arb:
    if expr.is_Symbol:
        if expr not in values:
            raise NotEnclosable(f"no value for {expr}")
        return values[expr]
    if expr.is_Integer or expr.is_Rational:
        return _exact(sympy.Rational(expr))
    if expr.is_Float:
        return _exact(mpmath.mpf(expr._mpf_))
    if expr is sympy.pi:
        return flint.arb.pi()
    if expr is sympy.E:
        return flint.arb(1).exp()
    if expr is sympy.EulerGamma:
        return flint.arb.const_euler()
    if expr.is_Add:
        out = flint.arb(0)
        for a in expr.args:
            out += _arb(a, values)
        return out
    if expr.is_Mul:
        out = flint.arb(1)
        for a in expr.args:
            out *= _arb(a, values)
        return out
    if expr.is_Pow:
        base, exp = expr.args
        b = _arb(base, values)
        if exp.is_Integer:
            return b ** int(exp)
        if exp == sympy.S.Half:
            return b.sqrt()
        return b ** _arb(exp, values)
    if isinstance(expr, sympy.Abs):
        return abs(_arb(expr.args[0], values))
    if isinstance(expr, sympy.factorial):
        return (_arb(expr.args[0], values) + 1).gamma()
    if isinstance(expr, sympy.factorial2):
        n = _arb(expr.args[0], values)
        if not n.is_exact() or not n.is_integer():
            raise NotEnclosable("double factorial of a non-integer")
        k = int(n.unique_fmpz())
        out = 1
        for j in range(k, 0, -2):
            out *= j
        return flint.arb(out)
    for fn, name in _FUNCTIONS.items():
        if isinstance(expr, fn) and len(expr.args) == 1:
            return getattr(_arb(expr.args[0], values), name)()
    raise NotEnclosable(f"no arb translation for {type(expr).__name__}")


def enclose(expr: Any, values: Mapping[sympy.Symbol, Any], *, dps: int) -> flint.arb:
    """A ball guaranteed to contain ``expr`` at the exact ``values``, at ``dps`` digits."""
    old = flint.ctx.dps
    flint.ctx.dps = dps
    try:
        balls = {s: _exact(v) for s, v in values.items()}
        return _arb(sympy.sympify(expr), balls)
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
