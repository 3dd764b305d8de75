"""An oscillating integrand split into single-frequency parts, each summed with its own period (review 9).

``sin x · cos(ax)/x`` oscillates at two frequencies, ``1 ± a``. Their common period is long or
does not exist (``a = 239/241`` gives ``2π·241``; an irrational ``a`` none), and summing the
integrand period by period then never ends. Products and powers of ``sin``/``cos`` are rewritten
as sums (product to sum, SymPy's ``TR8``: a proposal only) and the terms grouped by frequency; the
kernel accepts the split only if its parts add up to the integrand at sample points of the range
to near working precision (a wrong rewriting is refused, never used). A part with no oscillation
joins the slowest group, whose convergence check then judges it (``1/(2x)`` from ``sin²x/x``
fails it).

The parts may be singular where the integrand is not (``cos x/x²`` and ``cos 2x/x²`` at 0, whose
difference is integrable there), so the integrand is kept whole on a head ``[c, X]`` and only
the tail beyond ``X`` is split, ``X`` past every real zero of a polynomial denominator; a
denominator that is not polynomial in the variable is refused.
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy
from sympy.polys.polyerrors import BasePolynomialError
from sympy.simplify.fu import TR8

__all__ = ["WHOLE_MULTIPLE", "frequency_groups", "tail_start"]

#: A common period holding more than this many periods of the fastest frequency is summed part by
#: part instead (its pieces would each hold too many oscillations for one quadrature).
WHOLE_MULTIPLE = 16
#: Sample points at which the split must add up to the integrand, and the digits checked.
_CHECK_POINTS, _CHECK_DIGITS = ("0.37", "1.7", "13.1", "101.3", "1234.5"), 30


def _term_frequency(term: Any, x: Any) -> Any:
    """The frequency ``|ω|`` of one term (0 if nothing in it oscillates), None if the term is not
    ``amplitude · sin/cos(ωx + φ)`` with the trigonometric factor appearing once, linearly."""
    trig = [t for t in term.atoms(sympy.sin, sympy.cos) if t.has(x)]
    if not trig:
        return sympy.Integer(0)
    if len(trig) > 1 or trig[0] not in sympy.Mul.make_args(term):
        return None
    w = sympy.diff(trig[0].args[0], x)
    if w.has(x) or w.free_symbols or not w.is_extended_real or w == 0:
        return None
    return abs(w)


def frequency_groups(f: Any, x: Any) -> list[tuple[Any, Any]] | str:
    """``f`` (exact parameter values in) as ``[(part, ω)]``, one part per frequency ``ω > 0``, slowest
    first (the non-oscillating part joined to it), summing to ``f``; the reason as text otherwise."""
    try:
        split = sympy.expand(TR8(sympy.sympify(f)))
    except (TypeError, ValueError, AttributeError, RecursionError, BasePolynomialError):
        return "the product of sines and cosines could not be rewritten as a sum"
    groups: dict[Any, list[Any]] = {}
    for term in sympy.Add.make_args(split):
        w = _term_frequency(term, x)
        if w is None:
            return f"the term {term} is not a single sine or cosine of a linear argument times an amplitude"
        groups.setdefault(w, []).append(term)
    zero = groups.pop(sympy.Integer(0), [])
    if not groups:
        return "nothing in the integrand oscillates"
    try:
        order = sorted(groups, key=lambda w: (float(w), sympy.default_sort_key(w)))
    except (TypeError, ValueError):
        return "a frequency is not a real number"
    parts = [(sympy.Add(*groups[w], *(zero if i == 0 else [])), w) for i, w in enumerate(order)]
    return parts if _adds_up(f, parts, x) else "the split into single frequencies does not add up to the integrand"


def _adds_up(f: Any, parts: list[tuple[Any, Any]], x: Any) -> bool:
    """Whether the parts add up to ``f`` at sample points (to near working precision)."""
    whole = sympy.lambdify([x], f, "mpmath")
    each = [sympy.lambdify([x], p, "mpmath") for p, _ in parts]
    try:
        with mpmath.workdps(_CHECK_DIGITS + 10):
            for s in _CHECK_POINTS:
                t = mpmath.mpf(s)
                v, w = mpmath.mpc(whole(t)), mpmath.mpc(sum(g(t) for g in each))
                scale = max(1, abs(v), *(abs(mpmath.mpc(g(t))) for g in each))
                if not (mpmath.isfinite(v) and abs(v - w) <= mpmath.mpf(10) ** -_CHECK_DIGITS * scale):
                    return False
    except (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError):
        return False
    return True


def tail_start(parts: list[tuple[Any, Any]], x: Any, c: Any) -> Any:
    """A point ``X ≥ c + 1`` beyond which no part has a real pole (past every real zero of each part's
    denominator), or the reason as text where a denominator is not a polynomial in ``x``."""
    start = sympy.sympify(c) + 1
    for part, _ in parts:
        for term in sympy.Add.make_args(part):
            den = sympy.denom(sympy.together(term))
            if not den.has(x):
                continue
            for factor in sympy.Mul.make_args(den):
                base = factor.as_base_exp()[0]
                if isinstance(factor, sympy.exp) or not base.has(x):
                    continue  # e^{...} has no zero
                if not base.is_polynomial(x):
                    return (f"the denominator {den} is not a polynomial in {x}: where the parts are singular "
                            f"is not known")
                try:
                    roots = sympy.Poly(base, x).intervals()
                except (BasePolynomialError, NotImplementedError, TypeError, ValueError):
                    return f"the real zeros of {base} could not be isolated"
                for (_, hi), _ in roots:
                    start = sympy.Max(start, sympy.Rational(hi) + 1)
    return start
