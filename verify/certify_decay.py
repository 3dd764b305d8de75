"""Where an integrand over an infinite range decays slowest (certification of SymPy's integrals).

SymPy's convergence condition for ``∫₀^∞ e^{−b x} cos x dx`` may be false on the whole domain (it
is stated for complex parameters), and then the value is certified at sampled points of that part.
A band of parameters where the integral diverges (``b < 0``) can lie between every sampled point
(review 21). Here the integrand's exponential envelope is read off — the sum ``E`` of the
exponents of its ``exp`` factors — and the points of the domain where ``E``'s leading coefficient
at the infinite end is largest are sought (drawn, then climbed): where it is positive the
integrand grows, and those points join the ones every quadrature must sum.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable, Mapping

import mpmath
import sympy

from derivations._domains import Domain, Real  # noqa: F401  (Real: the doctest)

__all__ = ["envelope_rate", "slowest_decay_points"]


def envelope_rate(f: Any, x: Any, end: Any) -> Any | None:
    """The leading coefficient of the exponent of ``f``'s exponential factors as ``x`` → ``end``
    (``±oo``), signed so that a positive rate means growth; None where ``f`` is not one product of
    exponentials and factors free of them, or the exponent is not a polynomial in ``x``."""
    f = sympy.powsimp(sympy.sympify(f), combine="exp")
    exponent = sympy.S.Zero
    for factor in sympy.Mul.make_args(f):
        if isinstance(factor, sympy.exp):
            exponent += factor.args[0]
        elif factor.is_Pow and factor.base.is_positive and factor.base.is_number and factor.exp.has(x):
            exponent += factor.exp * sympy.log(factor.base)
        elif factor.has(x) and (factor.has(sympy.exp) or (factor.is_Pow and factor.exp.has(x))):
            return None  # an exponential inside another function, or a base that moves: not read here
    exponent = sympy.expand(exponent)
    if not exponent.has(x):
        return None
    try:
        poly = sympy.Poly(exponent, x)
    except sympy.PolynomialError:
        return None
    degree = poly.degree()
    if degree < 1 or any(c.has(x) for c in poly.all_coeffs()):
        return None
    lead = poly.LC()
    return lead if end == sympy.oo or degree % 2 == 0 else -lead


def slowest_decay_points(f: Any, x: Any, lo: Any, hi: Any, points: list[Mapping[Any, Any]],
                         domains: Mapping[Any, Domain], admit: Callable[[Mapping[Any, Any]], bool],
                         dps: int, count: int = 3) -> list[dict[Any, Any]]:
    """Up to ``count`` points where ``f``'s envelope grows at an infinite end of ``[lo, hi]``: the
    drawn ``points`` with the largest rate, each climbed in its real parameters (coordinate steps,
    halved when they stop helping) strictly inside their domains and where ``admit`` holds; kept
    only where the rate is positive there. Exact rational points, so that the quadrature's own
    exact substitution applies.

    >>> t = sympy.Symbol("t"); x = sympy.Symbol("x")
    >>> found = slowest_decay_points(sympy.exp(-(t**2 + t + sympy.Rational(3, 16)) * x) * sympy.cos(x), x, 0, sympy.oo,
    ...                      [{t: sympy.Rational(3, 2)}, {t: sympy.Rational(-9, 10)}], {t: Real(-1, 2)},
    ...                      lambda p: True, 30)
    >>> sorted(round(float(p[t]), 2) for p in found)  # climbed to b's least value, at t = -1/2
    [-0.5, -0.5]
    """
    ends = [e for e in (sympy.sympify(lo), sympy.sympify(hi)) if e.is_infinite]
    found: list[dict[Any, Any]] = []
    for end in ends:
        rate = envelope_rate(f, x, sympy.oo if end == sympy.oo else -sympy.oo)
        if rate is None or not rate.free_symbols or not rate.free_symbols <= set(domains):
            continue
        names = sorted(rate.free_symbols, key=str)
        with mpmath.workdps(max(dps, 30)):
            fn = sympy.lambdify(names, rate, "mpmath")

            def value(p: Mapping[Any, Any]) -> Any:
                try:
                    v = fn(*(mpmath.mpf(sympy.Rational(p[s]).p) / sympy.Rational(p[s]).q for s in names))
                    return v if mpmath.isfinite(v) and mpmath.im(v) == 0 else None
                except (TypeError, ValueError, ZeroDivisionError, OverflowError):
                    return None

            scored = sorted(((value(p), i) for i, p in enumerate(points) if all(s in p for s in names)),
                            key=lambda vi: (vi[0] is None, -(vi[0] or 0), vi[1]))
            for v, i in scored[:count]:
                if v is None:
                    break
                best = _climb(value, dict(points[i]), [s for s in names if domains[s].kind == "real"], domains, admit)
                if (value(best) or 0) > 0 and best not in found:
                    found.append(best)
    return found


def _climb(value: Callable[[Mapping[Any, Any]], Any], p: dict[Any, Any], names: list[Any],
           domains: Mapping[Any, Domain], admit: Callable[[Mapping[Any, Any]], bool]) -> dict[Any, Any]:
    """Coordinate ascent of ``value`` from ``p`` with rational steps (a sixteenth of each bounded
    range, halved 24 times), staying strictly inside the domains and where ``admit`` holds."""
    steps = {}
    for s in names:
        d = domains[s]
        width = Fraction(d.hi - d.lo) if d.lo is not None and d.hi is not None else 1 + abs(Fraction(str(p[s])))
        steps[s] = sympy.Rational(width.numerator, width.denominator) / 16
    current = value(p)
    for _ in range(24):
        moved = False
        for s in names:
            for sign in (1, -1):
                q = dict(p)
                q[s] = sympy.Rational(p[s]) + sign * steps[s]
                d = domains[s]
                if ((d.lo is not None and not q[s] > sympy.Rational(d.lo.numerator, d.lo.denominator))
                        or (d.hi is not None and not q[s] < sympy.Rational(d.hi.numerator, d.hi.denominator))
                        or not admit(q)):
                    continue
                v = value(q)
                if v is not None and current is not None and v > current:
                    p, current, moved = q, v, True
                    break
        if not moved:
            steps = {s: st / 2 for s, st in steps.items()}
    return p
