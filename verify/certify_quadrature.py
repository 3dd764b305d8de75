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

__all__ = ["SECOND_OPINION_AGREEMENT", "infinite_breakpoints", "second_opinion_agrees"]

from derivations._precision import SECOND_OPINION_AGREEMENT  # noqa: E402 - tolerances live in one place
#: Working digits of the Gauss–Legendre check (it only has to confirm a gross gap; more is slow).
_GL_DIGITS = 20


def infinite_breakpoints(lo: Any, hi: Any, fine: bool) -> list[Any]:
    """The pieces of an infinite range: its ends, 0, and (``fine``) ±10^k for k < 13, since the
    mass of x^p e^{−x²/2σ²} sits near σ√p, wherever that is, and one map of an infinite
    range can miss a peak far out. ``lo``/``hi`` are mpmath numbers or ±inf."""
    inner = [s * mpmath.mpf(10) ** k for s in (-1, 1) for k in range(0, 13 if fine else 0)]
    inner.append(mpmath.mpf(0))
    return [lo, *sorted(c for c in inner if lo < c < hi), hi]


def _end(e: Any, digits: int) -> Any:
    return mpmath.ninf if e == -sympy.oo else mpmath.inf if e == sympy.oo else mpmath.mpf(sympy.N(e, digits))


def second_opinion_agrees(f: Any, x: Any, lo: Any, hi: Any, params: Mapping[Any, Any],
                          value: mpmath.mpf) -> bool:
    """Whether Gauss–Legendre quadrature of ``∫_lo^hi f dx`` at ``params`` (exact values)
    agrees with tanh-sinh's ``value`` to :data:`SECOND_OPINION_AGREEMENT` (relative); False
    where it cannot be computed (then nothing refutes)."""
    try:
        lam = sympy.lambdify([x], sympy.sympify(f).xreplace(params), "mpmath")
        lo_s, hi_s = sympy.sympify(lo).xreplace(params), sympy.sympify(hi).xreplace(params)
        with mpmath.workdps(_GL_DIGITS):
            pts = infinite_breakpoints(_end(lo_s, _GL_DIGITS), _end(hi_s, _GL_DIGITS), fine=True)
            other = mpmath.mpc(mpmath.quad(lam, pts, method="gauss-legendre"))
            if not mpmath.isfinite(other):
                return False
            return abs(other.real - value) <= SECOND_OPINION_AGREEMENT * max(1, abs(value))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError):
        return False
