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

import itertools
from typing import Any, Callable, Iterable, Mapping

import mpmath
import sympy

from ._domains import Integer, Real

__all__ = ["admits", "declared_signs", "name_signs", "sign_domain", "unknown_domains"]

_STRICT = (sympy.StrictGreaterThan, sympy.StrictLessThan)
_GREATER = (sympy.StrictGreaterThan, sympy.GreaterThan)


#: Points of the other variables at which an equation of the context is tried for a change of sign.
_SOLVABLE_TRIES = 256


def _part(rel: Any) -> tuple[str, Any] | None:
    """A region entry as ``(kind, g)``: ``g > 0`` / ``g ≥ 0`` (``positive`` / ``nonnegative``), ``g ≠ 0``
    (``nonzero``) or ``g`` a whole number (``whole``); None for anything else."""
    if isinstance(rel, tuple) and len(rel) == 2 and rel[0] in ("nonzero", "whole", "solvable"):
        return rel
    if isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan)):
        return ("positive" if isinstance(rel, _STRICT) else "nonnegative"), rel.lhs - rel.rhs
    if isinstance(rel, (sympy.StrictLessThan, sympy.LessThan)):
        return ("positive" if isinstance(rel, _STRICT) else "nonnegative"), rel.rhs - rel.lhs
    return None


def _across(domain: Any) -> list:
    """A few values across a domain, towards both ends (for a variable the search does not move)."""
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if lo is not None and hi is not None:
        return [lo + (hi - lo) * sympy.Rational(r) for r in ("1/1000", "1/100", "1/4", "1/2", "3/4", "99/100",
                                                              "999/1000")]
    if lo is not None:
        return [lo + sympy.Integer(10) ** k for k in (-6, -2, 0, 2, 6)]
    if hi is not None:
        return [hi - sympy.Integer(10) ** k for k in (-6, -2, 0, 2, 6)]
    return [s * sympy.Integer(10) ** k for s in (-1, 1) for k in (-2, 0, 2, 6)] + [sympy.Integer(0)]


def admits(relations: Iterable[Any], variables: Iterable[Any], domains: Mapping | None = None
           ) -> Callable[[Mapping], bool] | None:
    """A test of a point of the search against ``relations`` (inequalities, or ``("nonzero", g)`` and
    ``("whole", g)``, or ``("solvable", g)``: another equation of the context, ``g = 0`` solvable by its
    variables the search does not move (review 22: ``k² = y − 2`` with ``k`` real rules out ``y < 2``));
    None where there is none. A relation in a variable the search does not move
    holds where some value of it across its domain satisfies it (review 22: ``y > z + ½`` rules out
    ``y = ¼`` for ``z ∈ (0, 1)``); one with a variable of no domain is not read. A point where a relation
    has no real value is not admitted (review 22: ``√(2(y − ½)) > 0`` at ``y = ¼``)."""
    variables, domains = set(variables), domains or {}
    kept = []
    for rel in relations:
        part = _part(rel)
        if part is None or not sympy.sympify(part[1]).free_symbols:
            continue
        kind, g = part[0], sympy.sympify(part[1])
        others = sorted(g.free_symbols - variables, key=str)
        doms = {o: domains.get(o) or (sign_domain(o) if isinstance(o, sympy.Symbol) and o.is_real else None)
                for o in others}
        if any(getattr(doms[o], "kind", None) not in ("real", "integer") for o in others):
            continue
        if kind == "solvable" and not others:
            continue  # an equation in the search's own variables is the matching's to weigh, not the region's
        symbols = sorted(g.free_symbols & variables, key=str) + others
        try:
            fn = sympy.lambdify(symbols, g, "mpmath")
        except Exception:  # noqa: BLE001 - a relation lambdify cannot print: not read
            continue
        choices = [[mpmath.mpf(sympy.N(c, 30)) for c in _across(doms[o])] for o in others]
        if kind == "solvable" and len(others) > 2:  # many variables: each at fewer values (_SOLVABLE_TRIES in all)
            choices = [c[::3] for c in choices]
        kept.append((fn, symbols[:len(symbols) - len(others)], kind, choices))
    if not kept:
        return None

    def holds(fn: Any, values: list, kind: str) -> bool:
        try:
            v = mpmath.mpmathify(fn(*values))
        except Exception:  # noqa: BLE001 - no value there
            return False
        if isinstance(v, mpmath.mpc):
            if abs(v.imag) > mpmath.mpf(10) ** -10 * max(1, abs(v.real)):
                return False
            v = v.real
        if not mpmath.isfinite(v):
            return False
        if kind == "whole":
            return abs(v - mpmath.nint(v)) <= mpmath.mpf(10) ** -9 * max(1, abs(v))
        if kind == "nonzero":
            return abs(v) > mpmath.mpf(10) ** -9
        return v > 0 if kind == "positive" else v >= 0

    def solvable(fn: Any, values: list, choices: list) -> bool:
        """Whether the other variables can make ``fn`` vanish: a zero or a change of sign across them."""
        signs: set = set()
        for combo in itertools.islice(itertools.product(*choices), _SOLVABLE_TRIES):
            try:
                v = mpmath.mpmathify(fn(*values, *combo))
            except Exception:  # noqa: BLE001 - no value there
                continue
            if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
                continue
            signs.add(0 if abs(v) <= mpmath.mpf(10) ** -12 else 1 if v > 0 else -1)
            if 0 in signs or {1, -1} <= signs:
                return True
        return not signs

    def admit(point: Mapping) -> bool:
        for fn, symbols, kind, choices in kept:
            try:
                values = [point[s] for s in symbols]
            except KeyError:
                continue
            if kind == "solvable":
                if not solvable(fn, values, choices):
                    return False
            elif not any(holds(fn, values + list(combo), kind)
                         for combo in itertools.product(*choices)):
                return False
        return True

    return admit


def name_signs(written: Any, names: Iterable[Any], parameters: Any, read: Callable[[Any, Any], Any]) -> tuple:
    """The relations of :func:`declared_signs` for a condition ``written`` in names: those defined
    (``names``) or not (the search's unknowns) that it is written in, directly or through other names;
    ``read(expr, skip)`` reads ``expr`` through the definitions but ``skip``'s."""
    declared = [k for k in set(names) | read(written, None).free_symbols
                if isinstance(k, sympy.Symbol) and k not in parameters
                and (k.is_nonnegative or k.is_nonpositive or k.is_zero is False or k.is_integer)]
    return declared_signs(lambda n: read(n, None), [k for k in declared if k in read(written, k).free_symbols])


def declared_signs(expand: Callable[[Any], Any], names: Iterable[Any]) -> tuple:
    """For each name of ``names`` (those ``condition`` is written in, directly or through other names)
    declared with a sign, as nonzero or as an integer, the relation its definition (``expand(name)``;
    the name itself where none defines it) must then satisfy: ``k`` positive, defined ``y − 2``, gives
    ``y − 2 > 0``; ``n`` an integer, defined ``2y``, gives ``2y`` whole (review 22)."""
    out: list = []
    for s in sorted(set(names), key=str):
        value = expand(s)
        if not isinstance(value, sympy.Expr):
            continue
        if s.is_positive:
            out.append(sympy.Gt(value, 0))
        elif s.is_negative:
            out.append(sympy.Lt(value, 0))
        elif s.is_nonnegative:
            out.append(sympy.Ge(value, 0))
        elif s.is_nonpositive:
            out.append(sympy.Le(value, 0))
        if s.is_zero is False and not (s.is_positive or s.is_negative):
            out.append(("nonzero", value))
        if s.is_integer and value != s:
            out.append(("whole", value))
    return tuple(r for r in out if isinstance(r, tuple) or isinstance(r, sympy.core.relational.Relational))


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
