"""Equations no matching weighs, eliminated before the holders' search (issue 16, item 1; review 24).

An operation in ``x`` asks of each condition involving ``x`` that another of its variables can
follow (:func:`derivations._context.pinning_condition`). An equation of the context that does not
involve ``x`` is no such condition, yet it ties the holders: ``y − z = 1/10`` beside
``(x − ½)(y − z) = 0`` leaves ``(x − ½)/10 = 0``, which pins ``x``; ``D = 20N`` beside ``C = 6ND``
leaves ``C = 120N²``, which ``N`` follows. Each such equation linear in a variable the form does not
keep (through sums and products only) is solved for it and put into the conditions
(:func:`eliminations`, :func:`at_eliminated`); the coefficient must not vanish and the value must lie
in that variable's domain: relations of the region of every condition's search, not only of those
written in that variable (review 25: ``p − q = 1/10`` keeps ``q < 9/10`` wherever ``q`` is searched).

>>> import sympy
>>> from derivations._context import Constraint
>>> x, y, z = sympy.symbols("x y z", real=True)
>>> gap = Constraint("gap", frozenset({y, z}), sympy.Eq(y - z, sympy.Rational(1, 10)), condition=y - z - sympy.Rational(1, 10))
>>> eliminations([gap], x, {x})
({y: z + 1/10}, (), ('gap',))
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import sympy

from ._holders import Holders, discrete_holders, lazy_holders
from ._search_region import region_at

__all__ = ["at_eliminated", "eliminations"]

_JUDGED: dict = {}
_JUDGED_MAX = 512
#: An equation in more symbols than this is left to the matching (its elimination would not be read).
_MAX_SYMBOLS = 8


def _bounds(v: Any, value: Any, domain: Any) -> list:
    """``value`` inside ``v``'s domain, as relations of the region."""
    out = []
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if lo is not None:
        out.append(sympy.Gt(value, lo) if getattr(domain, "lo_open", True) else sympy.Ge(value, lo))
    if hi is not None:
        out.append(sympy.Lt(value, hi) if getattr(domain, "hi_open", True) else sympy.Le(value, hi))
    return out


def eliminations(equations: Iterable[Any], var: Any, used: set) -> tuple:
    """``(substitutions, region, sources)``: for each equation not involving ``var`` that is linear in a
    real variable neither ``var`` nor ``used`` (the form keeps those), that variable solved for, in
    turn (each value read through the ones before); the region asks the coefficient nonzero and each
    value inside its variable's domain; ``sources`` names the equations used."""
    equations = list(equations)
    domains = next((c.holders.domains for c in equations if isinstance(c.holders, Holders)), {})
    subs: dict = {}
    region: list = []
    sources: list = []
    for c in sorted(equations, key=lambda c: c.source):
        expr = c.condition
        if not isinstance(expr, sympy.Expr) or var in c.variables:
            continue
        expr = expr.xreplace(subs)
        for v in sorted(expr.free_symbols, key=str):
            if v in used or v == var or v in subs or not isinstance(v, sympy.Symbol) or v.is_integer \
                    or getattr(domains.get(v), "kind", "real") != "real" or len(expr.free_symbols) > _MAX_SYMBOLS:
                continue
            if not _plainly_in(expr, v):
                continue  # in a function of v (arg(p − ¼) has the derivative 0 to SymPy, review 25) or a power
            a = sympy.diff(expr, v)  # affine in v where this is free of it (no expansion: C = 6ND, not a power)
            if a == 0 or a.has(v):
                continue
            value = -expr.xreplace({v: 0}) / a
            subs = {w: e.xreplace({v: value}) for w, e in subs.items()}
            subs[v] = value
            if a.free_symbols:
                region.append(("nonzero", a))
            region += _bounds(v, value, domains.get(v))
            sources.append(c.source)
            break
    # every relation in the values as they end (review 25: p = q + 1/10 then q = 2r leaves p's bound in r)
    return subs, region_at(region, subs), tuple(sources)


def _plainly_in(expr: Any, v: Any) -> bool:
    """Whether ``v`` occurs in ``expr`` only through sums and products (no function of it, no power)."""
    if expr == v or not expr.has(v):
        return True
    if isinstance(expr, (sympy.Add, sympy.Mul)):
        return all(_plainly_in(a, v) for a in expr.args)
    return False


def at_eliminated(c: Any, subs: Mapping, region: tuple, sources: tuple) -> Any:
    """``c`` with the eliminated variables put in: who holds it is searched on what is left, in the region
    (its own and ``region``); the equations used join its chain."""
    expr = c.condition
    hit = {v: e for v, e in subs.items() if v in c.variables}
    if not hit or not isinstance(expr, sympy.Expr) or not isinstance(c.holders, Holders):
        return c
    key = (c.source, expr, c.variables, tuple(sorted(hit.items(), key=lambda kv: str(kv[0]))), region)
    if key not in _JUDGED:
        if len(_JUDGED) >= _JUDGED_MAX:
            _JUDGED.clear()
        condition = expr.xreplace(hit)
        brought = set().union(*(sympy.sympify(e).free_symbols for e in hit.values()))
        involved = frozenset(w for w in (set(c.variables) - set(hit)) | brought if condition.has(w))
        holders = c.holders
        holders = lazy_holders(condition, set(involved), holders.parameters, holders.domains,
                               region=region_at(holders.region, hit) + tuple(region))
        discrete = discrete_holders(holders, holders.domains) if holders is not None else frozenset()
        _JUDGED[key] = type(c)(c.source, involved, c.relation, tuple(sorted(set(c.chain) | set(sources))),
                               holders=holders, condition=condition, discrete=discrete)
    return _JUDGED[key]
