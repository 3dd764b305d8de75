"""A second, independent quadrature before an infinite-range integral refutes SymPy (review 4).

On an infinite range the kernel's quadrature is mpmath's tanh-sinh (:mod:`verify.certify_ops`),
whose error estimate is no bound: for a slowly decaying oscillation (``e^{−γt} cos ωt`` with
``γ = 10⁻⁷``) it returns a value off by orders of magnitude, and a gross gap from SymPy's
answer is then no evidence. A non-rigorous quadrature must never refute on its own: the gap
counts only when Gauss–Legendre quadrature on the same pieces (different nodes, different
failure modes) agrees with tanh-sinh. Otherwise the point is undecided, neither a
counterexample nor an agreement.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy

__all__ = ["SECOND_OPINION_AGREEMENT", "converges_absolutely", "dominating", "infinite_breakpoints", "second_opinion_agrees",
           "slow_tail"]

from derivations._precision import SECOND_OPINION_AGREEMENT  # noqa: E402 - tolerances live in one place
#: Working digits of the Gauss–Legendre check (it only has to confirm a gross gap; more is slow).
_GL_DIGITS = 20


def infinite_breakpoints(lo: Any, hi: Any, fine: bool, extra: Any = ()) -> list[Any]:
    """The pieces of an infinite range: its ends, 0, and (``fine``) ±10^k for k < 13, since the
    mass of x^p e^{−x²/2σ²} sits near σ√p, wherever that is, and one map of an infinite
    range can miss a peak far out; ``extra``: cuts at the integrand's peaks (verify/certify_peaks.py).
    ``lo``/``hi`` are mpmath numbers or ±inf."""
    inner = [s * mpmath.mpf(10) ** k for s in (-1, 1) for k in range(0, 13 if fine else 0)]
    inner += [mpmath.mpf(0), *extra]
    return [lo, *sorted(c for c in inner if lo < c < hi), hi]


def _end(e: Any, digits: int) -> Any:
    return mpmath.ninf if e == -sympy.oo else mpmath.inf if e == sympy.oo else mpmath.mpf(sympy.N(e, digits))


def second_opinion_agrees(f: Any, x: Any, lo: Any, hi: Any, params: Mapping[Any, Any],
                          value: mpmath.mpf, extra: Any = ()) -> bool:
    """Whether Gauss–Legendre quadrature of ``∫_lo^hi f dx`` at ``params`` (exact values)
    agrees with tanh-sinh's ``value`` to :data:`SECOND_OPINION_AGREEMENT` (relative); False
    where it cannot be computed (then nothing refutes)."""
    try:
        lam = sympy.lambdify([x], sympy.sympify(f).xreplace(params), "mpmath")
        lo_s, hi_s = sympy.sympify(lo).xreplace(params), sympy.sympify(hi).xreplace(params)
        with mpmath.workdps(_GL_DIGITS):
            pts = infinite_breakpoints(_end(lo_s, _GL_DIGITS), _end(hi_s, _GL_DIGITS), fine=True, extra=extra)
            other = mpmath.mpc(mpmath.quad(lam, pts, method="gauss-legendre"))
            if not mpmath.isfinite(other):
                return False
            return abs(other.real - value) <= SECOND_OPINION_AGREEMENT * max(1, abs(value))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError):
        return False


#: Where the tail of an infinite range is looked at: beyond the last breakpoint, far out.
_TAIL_AT = (30, 60)


def slow_tail(f: Any, x: Any, lo: Any, hi: Any, tolerance: Any) -> bool:
    """Whether ``∫ f`` (parameters in) may hold mass beyond ``10^30`` on an infinite side that no
    quadrature sums: ``|f|`` there decays like ``x^{−p}`` with ``p ≤ 1`` or a tail
    ``|f(X)| X/(p − 1)`` above ``tolerance`` (review 19: the Pareto moment at ``α = 2 + 3·10⁻⁷``,
    whose integrand is ``x^{−1−3·10⁻⁷}``, was "refuted" by two sums that both stop short of it).
    Such a point is undecided, never a refutation; False where the tail cannot be evaluated."""
    sides = [s for s, end in ((1, hi), (-1, lo)) if sympy.sympify(end).is_infinite]
    if not sides:
        return False
    try:
        lam = sympy.lambdify([x], sympy.sympify(f), "mpmath")
        with mpmath.workdps(40):
            for s in sides:
                near, far = (mpmath.mpf(10) ** k for k in _TAIL_AT)
                a, b = abs(mpmath.mpmathify(lam(s * near))), abs(mpmath.mpmathify(lam(s * far)))
                if not (mpmath.isfinite(a) and mpmath.isfinite(b)) or a == 0:
                    continue
                if b == 0:
                    continue
                p = -mpmath.log(b / a) / mpmath.log(far / near)
                if p <= 1 or a * near / (p - 1) > tolerance:
                    return True
    except (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError):
        return False
    return False


def dominating(f: Any, x: Any) -> Any:
    """A function ``F ≥ |f|`` on the real line with no oscillation left: ``|sin|``, ``|cos|`` of a real
    argument bounded by 1 through products, sums and positive whole powers; every other part by its
    absolute value. ``∫ F`` finite makes ``∫ f`` converge absolutely.

    >>> x = sympy.Symbol("x", real=True)
    >>> dominating(sympy.exp(-x) * sympy.cos(7 * x) + sympy.sin(x) ** 2 / (1 + x**2), x)
    exp(-x) + 1/(x**2 + 1)
    """
    f = sympy.sympify(f)
    if not f.has(x):
        return abs(f)
    if isinstance(f, (sympy.sin, sympy.cos)) and f.args[0].is_extended_real:
        return sympy.Integer(1)
    if isinstance(f, sympy.Mul):
        return sympy.Mul(*(dominating(a, x) for a in f.args))
    if isinstance(f, sympy.Add):
        return sympy.Add(*(dominating(a, x) for a in f.args))
    if isinstance(f, sympy.Pow) and f.exp.is_Integer and f.exp > 0:
        return dominating(f.base, x) ** f.exp
    return abs(f)


def converges_absolutely(f: Any, x: Any, lo: Any, hi: Any) -> bool:
    """Whether ``∫_lo^hi F`` of :func:`dominating` (parameters in) settles: tanh-sinh at two precisions
    agree to a millionth and the tail beyond ``10^30`` is negligible (:func:`slow_tail`). Evidence
    that an integral quadrature could not sum (an oscillation too fast to be summed period by period,
    review 20) converges; a divergent one (``e^{tx} cos x`` at ``t ≥ 0``) does not settle."""
    try:
        bound = dominating(f, x)
        lam = sympy.lambdify([x], bound, "mpmath")
        values = []
        for digits in (_GL_DIGITS, _GL_DIGITS + 10):
            with mpmath.workdps(digits):
                pts = infinite_breakpoints(_end(lo, digits), _end(hi, digits), fine=True)
                v, err = mpmath.quad(lam, pts, error=True)
                if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
                    return False
                values.append((v, err))
        (v1, e1), (v2, e2) = values
        scale = mpmath.mpf(10) ** -6 * max(1, abs(v2))
        return abs(v1 - v2) + abs(e1) + abs(e2) <= scale and not slow_tail(bound, x, lo, hi, scale)
    except (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError):
        return False
