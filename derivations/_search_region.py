"""Where the holders' search may look: the inequalities its points must satisfy (review 21), and the
domains of the names and unknowns it searches (their signs' half-lines).

A premise ``C = (x − ½)(y − ¼) = 0`` beside ``y > ½`` pins ``x``: the branch ``y = ¼`` where ``y`` could
follow ``x`` lies outside the premises. Likewise a name declared positive and defined ``k = y − 2`` holds
only where ``y − 2 > 0``. The search (:mod:`derivations._holders`) counts a point of the zero set only
where every such relation holds; a relation in a variable the search does not move is not read.

    >>> import sympy
    >>> y, z = sympy.symbols("y z", real=True)
    >>> admit = admits((sympy.Gt(y, sympy.Rational(1, 2)), sympy.Gt(z, 0)), {y})
    >>> admit({y: 0.25}), admit({y: 0.75})
    (False, True)
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

import mpmath
import sympy

from ._domains import Integer, Real

__all__ = ["admits", "declared_signs", "sign_domain", "unknown_domains"]

_STRICT = (sympy.StrictGreaterThan, sympy.StrictLessThan)
_GREATER = (sympy.StrictGreaterThan, sympy.GreaterThan)


def admits(relations: Iterable[Any], variables: Iterable[Any]) -> Callable[[Mapping], bool] | None:
    """A test of a point of the search against those of ``relations`` all of whose symbols are among
    ``variables``; None where there is none. A relation that cannot be evaluated at a point admits it
    (the search then counts the point, as without the relation)."""
    variables = set(variables)
    kept = []
    for rel in relations:
        if not isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan, sympy.StrictLessThan, sympy.LessThan)):
            continue
        if not rel.free_symbols or not rel.free_symbols <= variables:
            continue
        g = rel.lhs - rel.rhs if isinstance(rel, _GREATER) else rel.rhs - rel.lhs
        symbols = sorted(g.free_symbols, key=str)
        try:
            kept.append((sympy.lambdify(symbols, g, "mpmath"), symbols, isinstance(rel, _STRICT)))
        except Exception:  # noqa: BLE001 - a relation lambdify cannot print: not read
            continue
    if not kept:
        return None

    def admit(point: Mapping) -> bool:
        for fn, symbols, strict in kept:
            try:
                v = mpmath.mpmathify(fn(*(point[s] for s in symbols)))
            except Exception:  # noqa: BLE001 - no value there: admitted, as without the relation
                continue
            if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
                continue
            if v < 0 or (strict and v == 0):
                return False
        return True

    return admit


def declared_signs(condition: Any, expand: Callable[[Any], Any], names: Iterable[Any]) -> tuple:
    """For each name of ``names`` (those ``condition`` is written in, directly or through other names)
    declared with a sign, the relation its definition (``expand(name)``) must then satisfy: ``k``
    positive, defined ``y − 2``, gives ``y − 2 > 0``."""
    out = []
    for s in sorted(set(names), key=str):
        value = expand(s)
        if value == s or not isinstance(value, sympy.Expr):
            continue
        if s.is_positive:
            out.append(sympy.Gt(value, 0))
        elif s.is_negative:
            out.append(sympy.Lt(value, 0))
        elif s.is_nonnegative:
            out.append(sympy.Ge(value, 0))
        elif s.is_nonpositive:
            out.append(sympy.Le(value, 0))
    return tuple(r for r in out if isinstance(r, sympy.core.relational.Relational))


def unknown_domains(condition: Any, domains: Mapping) -> dict:
    """Domains for the declared real names in ``condition`` that no parameter is: unknowns, searched on
    the line (the half-line its sign allows) like a real parameter, not assumed to hold
    (review 16: ``x(1 + k²) = 1/2`` was held by ``k`` for ``x > 1/2``)."""
    return {s: sign_domain(s) for s in condition.free_symbols
            if s not in domains and isinstance(s, sympy.Symbol) and s.is_commutative and s.is_real is not False}


def sign_domain(value: Any) -> Any:
    """Where a declared name, or an unknown function's value, may lie by its assumptions: integers
    in steps (review 17), a sign's half-line, closed where it may vanish (review 19: a nonnegative
    ``k`` is never −1), else the line."""
    if value.is_zero:
        return Integer(0, 0)
    lo = 0 if value.is_nonnegative else None
    hi = 0 if value.is_nonpositive else None
    if value.is_integer:
        return Integer(1 if value.is_positive else lo, -1 if value.is_negative else hi)
    return Real(lo, hi, lo_open=lo is None or bool(value.is_positive), hi_open=hi is None or bool(value.is_negative))
