"""A root of a condition found at 15 digits, confirmed in ball arithmetic (issue 16, item 1; review 24).

The holders' search (:mod:`derivations._holders`) brackets the points where a condition crosses 0
at 15 digits. Round-off can make one up: ``√(p² + 1) − p`` at ``p = 10³⁰⁰`` is 0 or an ulp of either
sign there, so a factor that never vanishes was "held" by ``p``. Here the bracket's ends are
evaluated as arb balls at rising precision: a crossing stands where the signs are shown opposite
(across the bracket, or across it widened up to a billion times), and falls where every bracket's
ends are shown of one sign. What arb cannot evaluate (a sum, an unknown) is left as found.

>>> import sympy
>>> p = sympy.Symbol("p")
>>> noise = sympy.sqrt(p**2 + 1) - p
>>> crossing_stands(noise, [p], {p: mpmath.mpf(10)**300}, {p: mpmath.mpf(10)**300 * (1 + 4 * mpmath.eps)})
False
>>> crossing_stands(p - sympy.Rational(1, 4), [p], {p: mpmath.mpf("0.2499")}, {p: mpmath.mpf("0.2501")})
True
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping, Sequence

import flint
import mpmath
import sympy

from ._domains import mpf_fraction
from ._precision import NotEnclosable, arb_compile

__all__ = ["REFINED_DIGITS", "crossing_stands", "refined_bracket"]

#: Precisions (bits) at which the ends are tried: 1 200 digits of cancellation at most.
_PRECISIONS = (64, 256, 1024, 4096)

#: Significant digits to which a root is narrowed in balls before the premises beside it are read there
#: (review 25: ``y < ⅓ − 10⁻³⁰`` read at a 15-digit root of ``y − ⅓`` admitted it).
REFINED_DIGITS = 60

_COMPILED: dict = {}
_COMPILED_MAX = 256


def _compiled(condition: Any, variables: Sequence[Any]) -> Any:
    key = (condition, tuple(variables))
    if key not in _COMPILED:
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        try:
            _COMPILED[key] = arb_compile(condition, list(variables))
        except (NotEnclosable, TypeError, ValueError):
            _COMPILED[key] = None
    return _COMPILED[key]


def _ball(value: Any) -> flint.arb:
    """The point's coordinate exactly (an mpf keeps every bit it has: rounding it to 53 bits moved
    ``x − 5`` at ``x = 5 + 5·10⁻¹²`` by a part in 10⁴)."""
    if isinstance(value, Fraction):
        q = value
    elif isinstance(value, mpmath.mpf):
        q = mpf_fraction(value)
    elif isinstance(value, int):
        q = Fraction(value)
    else:
        with mpmath.workprec(2000):
            q = mpf_fraction(mpmath.mpf(value))
    return flint.arb(flint.fmpq(q.numerator, q.denominator))


def _sign(fn: Any, variables: Sequence[Any], point: Mapping, prec: int) -> int | None:
    """The sign of the condition at ``point`` as a ball shows it (0: the ball is exactly 0), or None."""
    old = flint.ctx.prec
    flint.ctx.prec = prec
    try:
        ball = fn([_ball(point[s]) for s in variables])
        if isinstance(ball, flint.acb):
            if not ball.imag.contains(0):
                return 2  # no real value: not a crossing
            ball = ball.real
        if not ball.is_finite():
            return None
        if ball.is_exact() and ball == 0:
            return 0
        return 1 if ball > 0 else -1 if ball < 0 else None
    except (NotEnclosable, ValueError, ZeroDivisionError, TypeError, ArithmeticError):
        return None
    finally:
        flint.ctx.prec = old


def _verdict(fn: Any, variables: Sequence[Any], a: Mapping, b: Mapping) -> bool | None:
    """True: the balls show the signs at ``a`` and ``b`` opposite (or one exactly 0); False: one sign at
    both, or no real value at an end (review 26: ``y − ⅓ + 10⁻²⁰√(y − ½)`` is never real below ½, and
    its 15-digit values drop the imaginary part); None: not shown at 4096 bits."""
    for prec in _PRECISIONS:
        sa, sb = _sign(fn, variables, a, prec), _sign(fn, variables, b, prec)
        if sa == 2 or sb == 2:
            return False
        if sa is not None and sb is not None:
            return sa == 0 or sb == 0 or sa != sb
    return None


def real_arguments(g: Any) -> list:
    """What must hold for ``g`` to have a real value, as ``(kind, margin)``: a root's base ``≥ 0``, a
    logarithm's argument ``> 0``."""
    out = [("nonnegative", b) for b, e in (p.as_base_exp() for p in g.atoms(sympy.Pow))
           if b.free_symbols and e.is_number and not e.is_integer]
    return out + [("positive", lg.args[0]) for lg in g.atoms(sympy.log) if lg.args[0].free_symbols]


def _not_real_at(condition: Any, variables: Sequence[Any], point: Mapping) -> bool:
    """Whether balls show ``condition`` without a real value at ``point`` (arb's real functions give no
    sign there, only an indeterminate ball): a root's base or a logarithm's argument shown negative."""
    for kind, arg in real_arguments(condition):
        margin = _compiled(arg, variables)
        for prec in _PRECISIONS[:2]:
            s = _sign(margin, variables, point, prec) if margin is not None else None
            if s is not None:
                if s == -1 or kind == "positive" and s == 0:
                    return True
                break
    return False


def crossing_stands(condition: Any, variables: Sequence[Any], a: Mapping, b: Mapping) -> bool:
    """Whether a root bracketed between the points ``a`` and ``b`` (which differ in one variable) survives
    ball arithmetic: the balls show a change of sign across the bracket, or across it widened a thousand,
    a million or a billion times (the 15-digit values near a root can be round-off: ``x^{1/α}`` at
    ``α = 10⁻⁸`` puts the crossing a millionth away); False where every bracket shows one sign at both
    ends; True where the first cannot be decided at all (arb cannot evaluate the condition, or 4096
    bits do not settle it: left as the search found it)."""
    fn = _compiled(condition, variables)
    if fn is None:
        return True
    moving = [s for s in variables if a[s] != b[s]]
    if len(moving) != 1:
        return True
    u = moving[0]
    lo, hi = min(a[u], b[u]), max(a[u], b[u])
    width = max(hi - lo, max(abs(lo), abs(hi)) * mpmath.mpf(2) ** -50) or mpmath.mpf(2) ** -1000
    first = None
    for k in (0, 3, 6, 9):
        pad = 0 if k == 0 else width * mpmath.mpf(10) ** k
        ends = ({**a, u: lo - pad}, {**a, u: hi + pad})
        verdict = _verdict(fn, variables, *ends)
        if verdict is None and any(_not_real_at(condition, variables, end) for end in ends):
            verdict = False  # review 26: no real value at an end, whatever its 15-digit value's real part
        if verdict:
            return True
        first = verdict if k == 0 else first
    return first is None


def refined_bracket(condition: Any, variables: Sequence[Any], point: Mapping, u: Any,
                    digits: int = REFINED_DIGITS) -> tuple | None:
    """The root along ``u`` near ``point`` (found at 15 digits) enclosed in balls to ``digits``
    significant digits: a bracket around it whose ends the balls show of opposite signs (widened as
    :func:`crossing_stands` does), halved in exact rationals while a ball at the midpoint has a sign.
    The bracket's ends as mpfs carrying the digits (one point twice where the root is met exactly);
    None where arb cannot evaluate the condition or shows no crossing. Whatever is read at the root
    must hold at both ends (review 26: ``y > ⅓ + 10⁻⁷⁰`` read at one 60-digit value of ``⅓``).

    >>> import sympy
    >>> y = sympy.Symbol("y")
    >>> lo, hi = refined_bracket(y - sympy.Rational(1, 3), [y], {y: mpmath.mpf(1) / 3}, y)
    >>> with mpmath.workdps(70): lo < mpmath.mpf(1) / 3 < hi and hi - lo < mpmath.mpf(10) ** -59
    True
    """
    fn = _compiled(condition, variables)
    if fn is None or u not in point:
        return None
    t = point[u]
    width = max(abs(t), mpmath.mpf(2) ** -1000) * mpmath.mpf(2) ** -45
    for k in (0, 3, 6, 9):
        lo, hi = _ball_value(t - width * 10 ** k), _ball_value(t + width * 10 ** k)
        s_lo, s_hi = _signs(fn, variables, point, u, lo), _signs(fn, variables, point, u, hi)
        if s_lo == 2 or s_hi == 2:
            return None
        if s_lo == 0 or s_hi == 0:
            exact = _mpf_of(lo if s_lo == 0 else hi, digits)
            return exact, exact
        if s_lo is not None and s_hi is not None and s_lo != s_hi:
            break
    else:
        return None
    goal = Fraction(1, 10 ** digits) * max(abs(lo), abs(hi), Fraction(1, 10 ** 300))
    while hi - lo > goal:
        mid = (lo + hi) / 2
        s = _signs(fn, variables, point, u, mid)
        if s == 0 or s is None or s == 2:  # 0, or within 4096 bits' round-off of the root (e^{4y} − e at ¼)
            exact = _mpf_of(mid, digits)
            return exact, exact
        if s == s_lo:
            lo = mid
        else:
            hi = mid
    return _mpf_of(lo, digits), _mpf_of(hi, digits)


def _ball_value(value: Any) -> Fraction:
    return mpf_fraction(mpmath.mpf(value)) if not isinstance(value, Fraction) else value


def _signs(fn: Any, variables: Sequence[Any], point: Mapping, u: Any, value: Fraction) -> int | None:
    """The condition's sign with ``u`` at ``value``, at the first precision whose ball shows it."""
    at = {**point, u: value}
    for prec in _PRECISIONS:
        s = _sign(fn, variables, at, prec)
        if s is not None:
            return s
    return None


def _mpf_of(value: Fraction, digits: int) -> mpmath.mpf:
    """``value`` as an mpf: exactly where it is dyadic (a bisection's end), else to ``digits`` + 10."""
    bits = max(value.numerator.bit_length() + value.denominator.bit_length(), mpmath.libmp.dps_to_prec(digits + 10))
    with mpmath.workprec(bits + 8):
        return mpmath.mpf(value.numerator) / value.denominator
