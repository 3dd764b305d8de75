"""Values the conditions fix outright, and who holds a condition at them (issue 16, item 1; review 15).

Who can hold a condition is searched across the whole domain of every other variable
(:mod:`derivations._holders`). Where another premise fixes one of them (``z = 2``), the search
must look only there: ``(x − ½)(y − 5z) = 0`` with ``y ∈ (0, 8)`` is held by ``y`` at ``z < 8/5``,
and by nobody at ``z = 2``, where it pins ``x``. So is a condition on a name read through its
definition: ``C = 0`` with ``C = (x − ½)(y − 5)`` and ``y = 2`` pins ``x``.

:func:`fixed_values` reads the values off the equations that, once the values already found are
put in, are linear in a single variable with numeric coefficients (``z = 2``, ``2y = z + 1``);
:func:`at_fixed_values` gives a condition's constraint re-judged there: the fixed variables are
no longer free to hold it, and the others are searched with the values put in.

>>> import sympy
>>> from derivations._context import Constraint
>>> x, y, z = sympy.symbols("x y z", real=True)
>>> gear = Constraint("gear", frozenset({z}), sympy.Eq(z, 2), condition=z - 2)
>>> tie = Constraint("tie", frozenset({y, z}), sympy.Eq(2 * y, z + 1), condition=2 * y - z - 1)
>>> fixed_values([gear, tie])
{z: (2, 'gear'), y: (3/2, 'tie')}
>>> fixed_values([gear, tie], moving=y)
{z: (2, 'gear')}
"""

from __future__ import annotations

from typing import Any, Iterable

import sympy

from ._holders import Holders, discrete_holders, lazy_holders
from ._search_region import region_at

__all__ = ["fixed_values", "at_fixed_values", "specialized"]

#: Constraints re-judged at fixed values, by (source, condition, values): the holders' search is lazy
#: and remembered in each, so a derivation's steps share it.
_JUDGED: dict = {}
_JUDGED_MAX = 512


def _expression(c: Any) -> Any:
    """The condition as an expression = 0 with its names read through, or None (then nothing is put in:
    the relation as written may hide variables behind a name)."""
    return c.condition if isinstance(c.condition, sympy.Expr) else None


def fixed_values(equations: Iterable[Any], moving: Any = None) -> dict:
    """The variables the equations fix to one number, found in turn (``z = 2``, then ``y = z + 1``),
    each with its value and the premise that fixes it; never ``moving`` (the variable operated in)."""
    equations = list(equations)
    pending = [(c, e) for c in equations if c.is_equation and isinstance(e := _expression(c), sympy.Expr)]
    # the derivation's domains, as the holders' search carries them (a polynomial's one root on a domain)
    domains = next((c.holders.domains for c in equations if isinstance(c.holders, Holders)), {})
    known: dict = {}
    grew = True
    while grew:
        grew = False
        for c, expr in pending:
            rest = [w for w in c.variables if w not in known and isinstance(w, sympy.Symbol)]
            if len(rest) != 1 or rest[0] == moving:
                continue
            w = rest[0]
            value = _one_root(expr.xreplace({v: value for v, (value, _) in known.items()}), w, domains.get(w))
            if value is not None:
                known[w] = (value, c.source)
                grew = True
    return known


#: The highest degree of a polynomial equation whose real roots are counted on a domain (exactly, by SymPy).
_MAX_DEGREE = 4


def _one_root(expr: Any, w: Any, domain: Any) -> Any:
    """The one root of ``expr`` = 0 in ``w``: ``a w + b`` with numbers a ≠ 0 and b, or a polynomial with
    rational coefficients of degree at most :data:`_MAX_DEGREE` with exactly one real root inside
    ``domain`` (review 17: ``z² = 4`` on ``z > 0``); else None."""
    if expr.free_symbols != {w}:
        return None
    try:
        poly = sympy.Poly(sympy.expand(expr), w)
    except (sympy.polys.polyerrors.PolynomialError, TypeError, ValueError):
        return None
    if 1 < poly.degree() <= _MAX_DEGREE and domain is not None and poly.domain in (sympy.ZZ, sympy.QQ):
        try:
            inside = [r for r in poly.real_roots() if domain.contains(r)]
        except Exception:  # noqa: BLE001 - SymPy failing on the roots or the domain test: nothing fixed
            return None
        return inside[0] if len(set(inside)) == 1 else None
    if poly.degree() != 1:
        return None
    a, b = poly.all_coeffs()
    if not (a.is_number and b.is_number) or a.is_zero is not False or not (a.is_real and b.is_real):
        return None
    # a Float's own value, exactly: never a simpler number it is near (review 19: 0.33333333333333332 is no 1/3)
    return sympy.Rational(-b / a) if isinstance(a, sympy.Float) or isinstance(b, sympy.Float) else -b / a


def at_fixed_values(c: Any, known: dict) -> Any:
    """``c`` with the values ``known`` (:func:`fixed_values`) put in: its variables among them are no
    longer free to hold it, and who holds it is searched where they are (``c`` itself where none of
    them is in it). The premises that fix them join its chain (they pin with it)."""
    expr = _expression(c)
    fixed = {w: v for w, (v, source) in known.items() if w in c.variables and source != c.source}
    if not fixed or not isinstance(expr, sympy.Expr):
        return c
    domains = getattr(c.holders, "domains", None) or {}
    key = (c.source, expr, c.variables, tuple(sorted(fixed.items(), key=lambda kv: str(kv[0]))),
           tuple(sorted((str(w), repr(domains.get(w))) for w in c.variables)))
    if key not in _JUDGED:
        if len(_JUDGED) >= _JUDGED_MAX:
            _JUDGED.clear()
        condition = expr.xreplace(fixed)
        # a variable the condition no longer depends on there is no longer in it (y = 5 with (x − ½)(y − 5) = 0)
        involved = frozenset(w for w in c.variables if w not in fixed and condition.has(w))
        holders = c.holders
        if isinstance(holders, Holders):  # with its region at the values (review 24: k > 0 with k = y − 2)
            holders = lazy_holders(condition, set(involved), holders.parameters, holders.domains,
                                   region=region_at(holders.region, fixed))
        elif holders is not None:
            holders = frozenset(w for w in holders if w in involved)
        discrete = discrete_holders(holders, holders.domains) if isinstance(holders, Holders) else \
            frozenset(w for w in c.discrete if w in involved)
        chain = tuple(sorted(set(c.chain) | {known[w][1] for w in fixed}))
        _JUDGED[key] = type(c)(c.source, involved, c.relation, chain, holders=holders,
                               condition=condition, discrete=discrete)
    return _JUDGED[key]


def specialized(constraints: Iterable[Any], values: dict, parameters: Any, domains: dict, form: Any = None,
                depends: Any = None, read: Any = None) -> frozenset:
    """The constraints a form rests on after a specialization ``values`` (``x → 3``, ``x → y``): each
    condition read at the values (review 16: ``x + y = 10`` after ``x → y`` is ``2y = 10``, which pins
    ``y``; ``x`` no longer holds it, the form having no ``x``). A variable of the condition that the
    specialized ``form`` does not contain is a witness of its own there (primed): the form at ``p = 2``
    and the form at ``p`` rest on the condition at different points, whose other variables need not
    agree (``μ_p`` and ``μ_2`` in one amplification). ``depends`` (name → the parameters its definition
    involves) and ``read`` (an expression with its names read through their definitions) see through
    names: in the form (``f`` defined through ``y`` keeps ``y`` shared) and in the values (``x → 10/(2 + w²)``
    with ``w = y`` brings ``y``; review 17)."""
    from ._context import effective_symbols
    out = set()
    in_form = effective_symbols(form, depends or {}) if form is not None else None
    values = {k: (read(v) if read is not None else v) for k, v in values.items()}
    for c in constraints:
        hit = {k: v for k, v in values.items() if k in c.variables}
        if not hit:
            out.add(c)
            continue
        relation = c.relation.xreplace(hit) if hasattr(c.relation, "xreplace") else c.relation
        condition = c.condition.xreplace(hit) if isinstance(c.condition, sympy.Expr) else None
        involved = (set(c.variables) - set(hit)) | {s for v in hit.values() for s in sympy.sympify(v).free_symbols
                                                   if s in parameters}
        if condition is not None:
            involved = {w for w in involved if condition.has(w)}
        if not involved:
            continue  # a number now: the specialization's own obligations say whether it holds there
        witnesses = {w: sympy.Symbol(w.name + "′", **w.assumptions0) for w in involved
                     if in_form is not None and isinstance(w, sympy.Symbol) and w not in in_form}
        if witnesses:
            relation = relation.xreplace(witnesses) if hasattr(relation, "xreplace") else relation
            condition = condition.xreplace(witnesses) if condition is not None else None
            involved = {witnesses.get(w, w) for w in involved}
        where = {**domains, **{v: domains[w] for w, v in witnesses.items() if w in domains}}
        region = region_at(getattr(c.holders, "region", ()), {**hit, **witnesses})
        holders = lazy_holders(condition, involved, set(parameters) | set(witnesses.values()), where, region=region) \
            if condition is not None and len(involved) > 1 else None
        discrete = discrete_holders(holders if holders is not None else frozenset(involved), where)
        out.add(type(c)(c.source, frozenset(involved), relation, c.chain, holders=holders, condition=condition,
                        discrete=discrete))
    return frozenset(out)
