"""Where a limit's answer turns: parameter values at which two exponents of the variable meet.

A limit at ``±∞`` or at a point is decided by which power of the variable dominates. When an
exponent depends on a parameter (``x^{1 + 10⁻⁸ − (a − c)²} − x``), the answer changes where
the exponent crosses another one, and SymPy may give the answer of one side on the whole
domain. The band where it is wrong can be 10⁻⁴ wide: sampled parameter points miss it, and
nothing is singular there, so the ball scan of :mod:`verify.certify_scan` sees nothing.

:func:`exponent_suspects` looks where the exponent differences ``e(p) − r`` (``r`` another
exponent of the variable, or 0, ±1) come closest to changing sign: for each real parameter,
the others held at a base point, it locates on a grid the sign changes of ``d`` and of ``d'``
and refines them by bisection; the certificate then probes at each extremum of ``d`` (inside a
narrow band where ``d`` crosses 0 twice between grid points) and beside each root of ``d``.
The points are looked at first and must agree: a band of a wrong answer is then probed.

>>> import sympy as sp
>>> from derivations import Real
>>> x, a = sp.Symbol("x", positive=True), sp.Symbol("a", real=True)
>>> pts = exponent_suspects(x**(1 + sp.Rational(1, 10**8) - (a - 1)**2) - x, x, {a: Real(0, 2)}, {}, {a: sp.Integer(1) / 3})
>>> [round(float(p[a]), 6) for p in pts][:1]
[1.0]
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Mapping

import mpmath
import sympy

from derivations._domains import Domain

from .certify_scan import _range

__all__ = ["exponent_suspects", "EXPONENT_GRID", "EXPONENT_SUSPECTS"]

from derivations._precision import EXPONENT_GRID, EXPONENT_SUSPECTS  # noqa: E402 - tolerances live in one place
_BISECTIONS = 80
_DPS = 40


def _exponents(f: Any, x: Any) -> tuple[list[Any], list[Any]]:
    """The exponents of ``x`` in ``f`` that depend on something else (powers ``(…x…)^e``,
    the leading coefficient of an ``exp`` argument polynomial in ``x``), and the constant ones."""
    varying, fixed = [], [sympy.Integer(0), sympy.Integer(1), sympy.Integer(-1)]
    for p in f.atoms(sympy.Pow):
        if p.base.has(x) and not p.exp.has(x):
            (varying if p.exp.free_symbols else fixed).append(p.exp)
    for e in f.atoms(sympy.exp):
        try:
            lc = sympy.Poly(e.args[0], x).LC()
        except (sympy.PolynomialError, sympy.GeneratorsNeeded):
            continue
        if lc.free_symbols:
            varying.append(lc)
    return varying, fixed


def _refine(g: Any, a: mpmath.mpf, b: mpmath.mpf) -> mpmath.mpf:
    """A sign change of ``g`` between ``a`` and ``b``, by bisection."""
    ga = mpmath.sign(g(a))
    for _ in range(_BISECTIONS):
        m = (a + b) / 2
        gm = mpmath.sign(g(m))
        if gm == 0:
            return m
        if gm == ga:
            a = m
        else:
            b = m
    return (a + b) / 2


def _sign_changes(g: Any, grid: list[mpmath.mpf]) -> list[mpmath.mpf]:
    out, prev = [], None
    for u in grid:
        try:
            v = g(u)
            v = v.real if isinstance(v, mpmath.mpc) and v.imag == 0 else v
            s = mpmath.sign(v) if isinstance(v, mpmath.mpf) and mpmath.isfinite(v) else None
        except (ValueError, ZeroDivisionError, TypeError, OverflowError):
            s = None
        if s is not None and prev is not None and s != 0 and prev[1] != 0 and s != prev[1]:
            out.append(_refine(g, prev[0], u))
        prev = (u, s) if s is not None else None
    return out


def _exact(v: mpmath.mpf) -> sympy.Rational:
    q = Fraction(str(mpmath.nstr(v, _DPS - 5, min_fixed=-mpmath.inf, max_fixed=mpmath.inf)))
    return sympy.Rational(q.numerator, q.denominator)


def exponent_suspects(f: Any, x: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]],
                      base: Mapping[Any, Any]) -> list[dict[Any, Any]]:
    """Exact parameter points (``base`` with one parameter moved) at the extrema and beside the
    roots of each exponent difference; at most :data:`EXPONENT_SUSPECTS`, deterministic."""
    f = sympy.sympify(f)
    varying, fixed = _exponents(f, x)
    diffs = []
    for i, e in enumerate(varying):
        for r in fixed + varying[i + 1:]:
            d = sympy.expand(e - r)
            if d.free_symbols and d not in diffs:
                diffs.append(d)
    points: list[dict[Any, Any]] = []
    for d in diffs:
        for s in sorted(d.free_symbols & set(base), key=str):
            span = _range(domains[s], restrict.get(s)) if s in domains else None
            if span is None:
                continue
            others = {t: sympy.sympify(v) for t, v in base.items() if t != s}
            try:
                expr = d.xreplace(others)
                g = sympy.lambdify([s], expr, "mpmath")
                dg = sympy.lambdify([s], sympy.diff(expr, s), "mpmath")
            except (TypeError, ValueError, SyntaxError, NameError):
                continue
            lo, hi = span
            with mpmath.workdps(_DPS):
                a, b = mpmath.mpf(lo.numerator) / lo.denominator, mpmath.mpf(hi.numerator) / hi.denominator
                grid = [a + (b - a) * (j + mpmath.mpf(1) / 3) / EXPONENT_GRID for j in range(EXPONENT_GRID)]
                extrema = _sign_changes(dg, grid)
                roots = _sign_changes(g, grid)
                width = (b - a) * mpmath.mpf(10) ** -9
                xs = extrema + [r + w for r in roots for w in (-width, width)]
                for u in xs:
                    point = {**base, s: _exact(u)}
                    if a < u < b and point not in points:
                        points.append(point)
    return points[:EXPONENT_SUSPECTS]
