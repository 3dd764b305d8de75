"""Along the range: a limit, a series or an integral goes only where the conditions can hold (reviews 15, 16).

A form derived under a condition ``g = 0`` holds only on the condition's solution set. A limit, a
series or an integral in ``x`` looks at the form at points of ``x`` beyond the one it was derived
at: near the limit or series point (on the side(s) it is taken from, down to ``10^-300``; at ±∞ far
out, to ``10^300``) or all along an integral's range. A point or an end is read through the premises'
definitions; one that cannot be evaluated refuses where a condition involves ``x`` (review 17). ``x`` moves in
its domain, or, a declared name, in the one its assumptions give (review 19). At each such point some variable of
the condition that the form does not hold fixed (a *holder*) must keep ``g = 0``:

* for every probe value of the variables the form holds fixed (those of its right-hand side, and
  the parameters an integral's ends depend on, tried at several probe values and near both ends of
  their domains) — a fixed variable
  stays at one value along the range (review 16: ``z = a`` held at ``x = 2, 4, 6, 8`` by four
  different probe values of ``a``);
* a real holder by a root along its domain (found like :mod:`derivations._holders` finds one, with the
  bracket first narrowed by ratios where it spans powers of ten); an integer holder with a bounded
  domain by a whole value in it where ``g`` vanishes (to tolerance); a declared real name no premise
  defines is searched as a real variable on ``(−∞, ∞)``, not assumed to hold; the condition is read in
  the holders' searchable form (an unknown function's value a real stand-in, held by the variables it
  is a function of), and one that cannot be searched is unheld.

Points along an integral's range are spaced by the golden ratio (never simple fractions of it), plus
points near both ends. A point the search cannot evaluate or decide in time counts as unheld (as a
search that cannot evaluate the condition counts a variable out in :mod:`derivations._holders`).
"""

from __future__ import annotations

import itertools
from typing import Any, Mapping

import mpmath
import sympy

from derivations._budget import TACTIC_SECONDS, within
from derivations._context import _through_definitions, effective_symbols
from derivations._domain_points import point_across
from derivations._domains import Real
from derivations._search_region import admits, probe_value, region_at
from derivations._holders import _DPS, _ZeroSet, _searchable, _searchable_form, sign_domain, unknown_domains

__all__ = ["off_its_range", "range_values", "unheld_along"]

#: Powers of ten at which a limit or a series at ±∞ is looked at (mpmath's exponents reach them).
_FAR = (2, 4, 8, 12, 16, 32, 64, 150, 300)
#: Offsets (powers of ten of a scale) from a finite limit or series point, on each side it is taken from: the
#: same decades, down to 10^-300 (review 17: a condition held at 10^-2, 10^-4, 10^-8 but not below 10^-12).
_NEAR = _FAR
#: Digits a point of the range is carried at: 5 + 10^-300 must not round to 5 (the search itself works at _DPS).
_POINT_DPS = _DPS + max(_NEAR) + 20
#: Points along an integral's range, golden-ratio spaced, and offsets (powers of ten of the width) from each end.
_RANGE_POINTS = 24
_END_OFFSETS = (3, 6)
#: Decades spanned by the golden-ratio points near the finite end of a range with an infinite end.
_DECADES = (-2, 8)
#: Probe values of the parameters an integral's ends depend on (besides values near both ends of their domains,
#: at _END_OFFSETS, or 10^_FAR_END on a side without an end); joint corners for up to _CORNER_NAMES of them.
_BOUND_PROBES = 3
_FAR_END = 6
_CORNER_NAMES = 3
#: Whole values an integer holder is tried at; a larger (or unbounded) integer domain is kept as a holder.
_WHOLE_VALUES = 2000
#: |g| at which a whole value counts as a root, relative to max(1, |x|) at the point.
_WHOLE_TOLERANCE = mpmath.mpf(10) ** (5 - _DPS)
#: Steps narrowing a bracket by ratios (it may span 10^-300 … 10^300) before it is bisected.
_RATIO_STEPS = 64
#: Powers of ten below 10^-300 where a holder whose domain ends at 0 is also tried.
_TOWARD_ZERO = (100000, 10000, 1000)
#: Powers of ten beyond 10^300 where a holder without an end on a side is tried when its grid held no root
#: (review 17: E = √(p²c² + m²c⁴) at c = 10^300 is m·10^600; a point near 0 at 10^-300 asks for 1/x² = 10^600).
#: mpmath's sin and exp of 10^3000 take a millisecond; a point not evaluated in time is unheld, as any other.
_BEYOND = (600, 1000, 3000)
#: Seconds the search at one point may take; beyond it the point counts as unheld.
_SECONDS = TACTIC_SECONDS
_GOLDEN = (mpmath.sqrt(5) - 1) / 2


def _golden(k: int) -> sympy.Float:
    return sympy.Float(mpmath.frac(k * _GOLDEN), _DPS)


def range_values(rule: Any, var: Any, domains: Mapping, definitions: Mapping | None = None) -> list | str | None:
    """The points of ``var`` a rule looks at, as pairs (values of the parameters its point or ends depend on,
    points); None where it looks at none (an indefinite integral, a finite limit over the integers); a reason
    (a str) where a point or an end cannot be evaluated, even read through the premises' ``definitions``
    (name key → (left, right), :func:`derivations._context.premise_definitions`)."""
    name = type(rule).__name__
    if name in ("Limit", "SeriesExpand"):
        ends: tuple = (sympy.sympify(rule.point),)
    elif name == "Integrate" and rule.lower is not None:
        ends = (sympy.sympify(rule.lower), sympy.sympify(rule.upper))
    else:
        return None
    if definitions:  # review 17: an end 8/(1 + w²) under w = 0 is 8, not out of reach
        ends = tuple(_through_definitions(e, definitions, None) for e in ends)
    names = sorted(set().union(*(e.free_symbols for e in ends)), key=str)
    unknown = [s for s in names if s == var or getattr(domains.get(s), "kind", None) not in ("real", "integer")]
    if unknown:
        return f"its {'point' if len(ends) == 1 else 'ends'} ({', '.join(map(str, ends))}) cannot be evaluated"
    out = []
    for at in _end_values(names, domains):
        values = [e.xreplace(at) for e in ends]
        if not all(v.is_number and v.is_extended_real for v in values):
            return f"its {'point' if len(ends) == 1 else 'ends'} ({', '.join(map(str, ends))}) cannot be evaluated"
        values = _around(rule, var, values[0], domains) if len(values) == 1 else _along(*sorted(values))
        if values is None:
            return None
        out.append((at, values))
    return out


def _end_values(names: list, domains: Mapping) -> list:
    """Values of the parameters of a point or an end: golden-ratio probes, then each one near both ends of its
    domain (far out on a side without one) with the others at the first probe, and the joint corners of a few
    (review 17: ∫₀^a probed at a = 6.18, 2.36, 8.54 of (0, 10) missed a > 9, where the range leaves the condition)."""
    if not names:
        return [{}]

    def value(s: Any, r: Any) -> Any:
        return point_across(domains[s], r) if domains[s].kind == "real" else \
            sympy.Integer(int(probe_value(domains[s], r)))

    def edges(s: Any) -> list:
        lo, hi = domains[s].lo_exact, domains[s].hi_exact
        if lo is not None and hi is not None:
            near = [(hi - lo) * sympy.Integer(10) ** -k for k in _END_OFFSETS]
            values = [lo + d for d in near] + [hi - d for d in reversed(near)]
        else:
            far = sympy.Integer(10) ** _FAR_END
            values = ([lo + d for d in (sympy.Integer(10) ** -k for k in _END_OFFSETS)] if lo is not None
                      else [-far]) + ([hi - d for d in (sympy.Integer(10) ** -k for k in _END_OFFSETS)]
                                      if hi is not None else [far])
        if domains[s].kind == "integer":
            values = [sympy.Integer(int(probe_value(domains[s], (v - lo) / (hi - lo)))) if lo is not None
                      and hi is not None else sympy.Integer(int(sympy.floor(v))) for v in values]
        return values

    probes = [{s: value(s, _golden(k + j)) for j, s in enumerate(names)} for k in range(1, _BOUND_PROBES + 1)]
    out = probes + [{**probes[0], s: e} for s in names for e in edges(s)]
    if 1 < len(names) <= _CORNER_NAMES:
        out += [dict(zip(names, c)) for c in itertools.product(*[(edges(s)[0], edges(s)[-1]) for s in names])]
    return out


def _around(rule: Any, var: Any, point: Any, domains: Mapping) -> list | None:
    """Points beside a limit's or a series' point, on the side(s) it is taken from, inside the domain."""
    if point.is_infinite:
        return [sympy.sign(point) * sympy.Integer(10) ** k for k in _FAR]
    dom = domains.get(var)
    if dom is not None and dom.kind == "integer":
        return None  # a limit at a finite point over the integers is no limit
    direction = rule.direction
    if type(rule).__name__ == "SeriesExpand" and direction is None:
        from derivations._rules_calculus import _series_side
        direction = _series_side(var, point, domains)
    lo, hi = getattr(dom, "lo_exact", None), getattr(dom, "hi_exact", None)
    if point.has(sympy.Float):  # a probe value: carried at the digits 10^-300 beside it needs
        point = sympy.Float(point, _POINT_DPS)
    scale = max(1, abs(point)) if lo is None or hi is None else min(max(1, abs(point)), hi - lo)
    values = [point + side * scale * sympy.Integer(10) ** -k for side in
              {"+": (1,), "-": (-1,), "+-": (1, -1)}.get(direction, (1, -1)) for k in _NEAR]
    return [v for v in values if (lo is None or v > lo) and (hi is None or v < hi)]


def _along(lo: Any, hi: Any) -> list:
    if lo.is_finite and hi.is_finite:
        width = hi - lo
        ends = [e for k in _END_OFFSETS
                for e in (lo + width * sympy.Integer(10) ** -k, hi - width * sympy.Integer(10) ** -k)]
        return [lo + width * _golden(k) for k in range(1, _RANGE_POINTS + 1)] + ends
    low, high = _DECADES
    offsets = [sympy.Integer(10) ** (low + (high - low) * _golden(k)) for k in range(1, _RANGE_POINTS + 1)]
    offsets += [sympy.Integer(10) ** k for k in _FAR]
    if lo.is_finite:
        return [lo + d for d in offsets]
    if hi.is_finite:
        return [hi - d for d in offsets]
    return [s * d for d in offsets for s in (1, -1)]


def derivation_definitions(derivation: Any) -> dict:
    """The names a derivation's premises define (:func:`derivations._context.premise_definitions`), once."""
    if "_range_definitions" not in derivation.__dict__:
        from derivations._context import premise_definitions
        derivation.__dict__["_range_definitions"] = premise_definitions(
            (p.expr for p in derivation.premises), {p.symbol for p in derivation.symbols})
    return derivation.__dict__["_range_definitions"]


def off_its_range(rule: Any, outcome: Any, domains: Mapping[Any, Any], definitions: Mapping | None = None,
                  region: tuple = ()) -> str | None:
    """Why a limit, a series or an integral in a variable goes where a condition the form rests on cannot
    hold, or None: at the points it looks at, some variable of the condition that the form does not hold
    fixed must keep it true (:func:`unheld_along`), at a point where the step's ``region`` (its inequality
    premises, :func:`verify.checker.holders_region`) and the condition's own (declared signs) hold
    (review 24: ``y < 5`` beside ``x + y = 10`` holds nothing for ``x < 5``). A point or an end that cannot
    be evaluated (even read through the premises' ``definitions``) refuses where a condition involves
    the variable."""
    name = type(rule).__name__
    if name not in ("Limit", "SeriesExpand", "Integrate") or not isinstance(outcome.given, sympy.Eq):
        return None
    var = sympy.sympify(rule.var)
    domains = {**domains, var: _range_domain(var, domains, name)}
    kind = domains[var].kind
    if kind != "real" and not (kind == "integer" and name == "Limit"):
        return None  # a choice: no calculus in it (derivations._rules_calculus._continuous_in)
    ranges = range_values(rule, var, domains, definitions)
    if not ranges:
        return None
    used = effective_symbols(outcome.given.rhs, outcome.depends)
    ends = set(ranges[0][0]) if isinstance(ranges, list) else set()
    for c in sorted(outcome.fixed, key=lambda c: c.source):
        if not c.is_equation or var not in c.variables or c.condition is None:
            continue
        # the condition as the holders' search reads it (review 16, 17): an unknown function's value is a real
        # stand-in, held by the variables it is a function of; a closed limit is carried out; a declared real name
        # no premise defines is an unknown, searched on the whole line, not assumed to hold
        condition, stand_ins, doms = _searchable_form(c.condition, frozenset(domains), domains)
        if condition is None:  # not searchable: points not decided count as unheld
            condition, stand_ins, doms = c.condition, {}, {**unknown_domains(c.condition, domains), **domains}
        candidates = [w for w in sorted(c.variables, key=str) if w != var and w not in used and w not in ends
                      and isinstance(w, sympy.Symbol) and (c.holders is None or w in c.holders)]
        holders = [w for w in candidates if getattr(doms.get(w), "kind", None) == "real"]
        if kind == "integer":  # a limit over the integers: an integer follows it in steps
            whole = [w for w in candidates if getattr(doms.get(w), "kind", None) == "integer"]
            if any(_whole_values(doms[w]) is None for w in whole):
                continue  # an unbounded integer holder is kept, as before
            holders += whole
        if isinstance(ranges, str):  # review 17: not looked at is not held
            return (f"cannot operate in {var} over the range: {ranges}, and premise {c.source!r} holds only where "
                    f"{', '.join(map(str, holders)) or 'no other variable'} can keep it")
        # g(y) follows y; an unknown of no holder (g(a), g(x), g(1)) stays at one value along the range
        moving = [v for u, v in stand_ins.items() if any(u.has(w) for w in holders)]
        fixed = sorted((s for s in c.condition.free_symbols if s != var and (s in used or s in ends)), key=str)
        fixed += [v for v in stand_ins.values() if v not in moving]
        shown, holders = ', '.join(map(str, holders)) or 'any other variable', holders + moving
        for at, values in ranges:
            where_held = tuple(region) + tuple(getattr(c.holders, "region", ()))
            point = unheld_along(condition, var, values, holders, doms, fixed=fixed, ends=at,
                                 region=region_at(where_held, stand_ins), held=used | ends)
            if point is not None:
                where = "".join(f", {s} = {v}" for s, v in at.items())
                return (f"cannot operate in {var} over the range: at {var} = {_show(point)}{where}, premise "
                        f"{c.source!r} holds for no value of {shown} "
                        f"(the form holds only where the condition can)")
    return None


def _range_domain(var: Any, domains: Mapping, name: str) -> Any:
    """Where the operated variable moves: its declared domain, else the one its assumptions give (review 19: a
    name in ``names=`` has no domain, and was never looked at; one with no assumption moves on the whole line);
    an integer one as its real hull for an integral or a series, which extend the form to real values."""
    dom = domains.get(var)
    dom = sign_domain(var) if dom is None else dom
    if dom.kind == "integer" and name != "Limit":
        dom = Real(dom.lo_exact, dom.hi_exact, lo_open=dom.lo_exact is None, hi_open=dom.hi_exact is None)
    return dom


def _show(value: Any) -> Any:
    return sympy.N(value, 6) if isinstance(value, sympy.Float) or value.has(sympy.Float) else value


def unheld_along(condition: Any, var: Any, values: list, holders: list, domains: Mapping,
                 fixed: list = (), ends: Mapping | None = None, region: tuple = (), held: Any = ()) -> Any:
    """The first of ``values`` of ``var`` at which, for some probe value of the ``fixed`` variables (with
    ``ends`` at their given values), no one of ``holders`` keeps ``condition`` (= 0) true at a point where
    the relations ``region`` hold (:func:`derivations._search_region.admits`, at every value of the
    variables ``held`` that only they are written in); None where every value is
    held or the condition cannot be searched. A point not decided (not evaluable, out of time) counts as
    unheld."""
    if not holders or var not in condition.free_symbols:
        return None
    holders = [w for w in holders if w in condition.free_symbols]  # y of g(y) holds through g(y)'s stand-in
    if not holders:  # none of them in the condition: none can keep it
        return values[0] if values else None
    if not _searchable(condition, domains):  # review 17: a condition the search cannot read is not shown held
        return values[0] if values else None
    ends = {s: v for s, v in (ends or {}).items() if s in condition.free_symbols}
    try:
        search = within(_SECONDS, lambda: _ZeroSet(condition, domains))
    except Exception:  # noqa: BLE001 - the condition cannot be set up for a search: not held
        return values[0] if values else None
    pinned = {s: mpmath.mpf(sympy.N(v, _DPS)) for s, v in ends.items()}
    admit = admits(region, search.variables, domains, fixed=set(held) | set(fixed)) if region else None
    fixed = [s for s in fixed if s not in ends and s in condition.free_symbols]
    groups: dict = {}
    for probe in search.probes:  # one group per probe value of the fixed variables
        groups.setdefault(tuple(probe[s] for s in fixed), probe)
    for value in values:
        with mpmath.workdps(_POINT_DPS):
            at = mpmath.mpf(sympy.N(value, _POINT_DPS))
        for key, own in groups.items():
            bases = [own] + [p for p in search.probes if p is not own]
            held_fixed = {**dict(zip(fixed, key)), **pinned, var: at}
            try:
                held = within(_SECONDS, lambda: any(_holds(search, {**q, **held_fixed}, w, domains, admit)
                                                    for q in bases for w in holders))
            except Exception:  # noqa: BLE001 - out of time, SymPy or mpmath failing: not shown held
                held = False
            if not held:
                return value
    return None


def _holds(search: Any, base: Mapping, w: Any, domains: Mapping, admit: Any = None) -> bool:
    """Whether ``w`` keeps the condition 0 with the other variables at ``base``, at a point ``admit``
    lets in."""
    if domains[w].kind == "integer":
        scale = max(1, max((abs(v) for v in base.values()), default=1))
        for n in _whole_values(domains[w]) or ():
            v = search.value({**base, w: mpmath.mpf(n)})
            if v is not None and abs(v) <= _WHOLE_TOLERANCE * scale and (admit is None or admit({**base, w: mpmath.mpf(n)})):
                return True
        return False
    along = search.line(base, w)
    points = _reach(search, w, domains[w])
    if _root_among(search, base, w, along, points, admit):
        return True
    beyond = [mpmath.mpf(10) ** k for k in _BEYOND]  # only where the grid held none: a far point may be slow
    return (domains[w].lo_exact is None and _root_among(search, base, w, along, [-d for d in reversed(beyond)] + points[:1], admit)
            or domains[w].hi_exact is None and _root_among(search, base, w, along, points[-1:] + beyond, admit))


def _root_among(search: Any, base: Mapping, w: Any, along: Any, points: list, admit: Any = None) -> bool:
    values = [along(t) for t in points]
    for (a, va), (b, vb) in zip(zip(points, values), zip(points[1:], values[1:])):
        if va is None or vb is None or va == 0 or (va < 0) == (vb < 0):
            continue
        a, b, va, vb = _by_ratios(along, a, b, va, vb)
        root = search.bisect(base, w, a, b, va, vb, along) if a is not None else None
        if root is not None and search.admitted(admit, {**base, w: root}, w):
            return True
    return False


def _reach(search: Any, w: Any, domain: Any) -> list:
    """The holder's grid, reaching on towards an end at 0 down to 10^-100000 (p = 1/(1 + N^α) at
    N = 10^300; mpmath's exponents reach it, and a small argument costs no more than another)."""
    grid, reach = search.grids[w], search.__dict__.setdefault("reach", {})
    if w not in reach:
        tiny = [mpmath.mpf(10) ** -k for k in _TOWARD_ZERO]
        low = [t for t in tiny if domain.lo_exact == 0] if domain.lo_exact is not None else []
        high = [-t for t in reversed(tiny) if domain.hi_exact == 0] if domain.hi_exact is not None else []
        reach[w] = low + grid + high
    return reach[w]


def _by_ratios(along: Any, a: Any, b: Any, va: Any, vb: Any) -> tuple:
    """The bracket ``(a, b)`` narrowed by geometric means while it spans more than a factor 2 on one side
    of 0 (the grid's far cells run from 10^100 to 10^300: a plain bisection leaves a root there unresolved)."""
    with mpmath.workdps(_DPS):
        for _ in range(_RATIO_STEPS):
            if a * b <= 0 or max(abs(a), abs(b)) <= 2 * min(abs(a), abs(b)):
                break
            m = mpmath.sign(a) * mpmath.sqrt(a * b)
            vm = along(m)
            if vm is None:
                return None, None, None, None
            if vm == 0:
                return m, m, vm, vm
            if (vm < 0) == (va < 0):
                a, va = m, vm
            else:
                b, vb = m, vm
    return a, b, va, vb


def _whole_values(domain: Any) -> list | None:
    """The whole values of a bounded integer domain, or None where it is unbounded or has too many."""
    lo, hi = domain.lo_exact, domain.hi_exact
    if lo is None or hi is None:
        return None
    lo, hi = int(sympy.ceiling(lo)), int(sympy.floor(hi))
    if hi - lo + 1 > _WHOLE_VALUES:
        return None
    return [n for n in range(lo, hi + 1) if not getattr(domain, "even", False) or n % 2 == 0]
