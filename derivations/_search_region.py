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

from fractions import Fraction
from typing import Any, Callable, Iterable, Mapping

import mpmath
import sympy

from ._crossing import real_arguments
from ._domains import Integer, Real, mpf_fraction
from ._held_boxes import ball_distance_from_zero, compile_margin, failing_value, spread

__all__ = ["admits", "declared_signs", "grid_across", "name_signs", "probe_value", "region_at", "sign_domain",
           "unknown_domains"]

_STRICT = (sympy.StrictGreaterThan, sympy.StrictLessThan)
_GREATER = (sympy.StrictGreaterThan, sympy.GreaterThan)


#: The number of cells a holder's own domain is cut into for a sign change.
_CELLS = 48
#: Points of the other variables at which an equation of the context is tried for a change of sign.
_SOLVABLE_TRIES = 256
#: Values of the variables the form holds fixed at which a relation in them is tried (each must admit).
_HELD_TRIES = 49
#: Digits of a point as the search finds it (a root bracketed in floats), and the guard digits the
#: relations are read with.
_SEARCH_DIGITS, _GUARD = 15, 10


def _part(rel: Any) -> tuple[str, Any] | None:
    """A region entry as ``(kind, g)``: ``g > 0`` / ``g ≥ 0`` (``positive`` / ``nonnegative``), ``g ≠ 0``
    (``nonzero``) or ``g`` a whole number (``whole``); None for anything else."""
    if isinstance(rel, tuple) and len(rel) == 2 and rel[0] in ("nonzero", "whole", "solvable", "real"):
        return rel
    if isinstance(rel, sympy.Ne):  # review 23: y ≠ ¼
        return "nonzero", rel.lhs - rel.rhs
    if isinstance(rel, sympy.Eq):  # review 26: an equation of the context no form rests on
        return "solvable", rel.lhs - rel.rhs
    if isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan)):
        return ("positive" if isinstance(rel, _STRICT) else "nonnegative"), rel.lhs - rel.rhs
    if isinstance(rel, (sympy.StrictLessThan, sympy.LessThan)):
        return ("positive" if isinstance(rel, _STRICT) else "nonnegative"), rel.rhs - rel.lhs
    return None


def _across(domain: Any) -> list:
    """A few values across a domain, towards both ends (for a variable the search does not move)."""
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if getattr(domain, "kind", None) == "integer":  # whole values only (review 23: n = 3/2 is no integer)
        first = sympy.ceiling(lo) if lo is not None else (sympy.floor(hi) - 10**6 if hi is not None else -10**6)
        last = sympy.floor(hi) if hi is not None else first + 10**6
        return sorted(v for v in {first, first + 1, first + 2, (first + last) // 2, last - 2, last - 1, last}
                      if first <= v <= last)
    if lo is not None and hi is not None:
        return [lo + (hi - lo) * sympy.Rational(r) for r in ("1/1000", "1/100", "1/4", "1/2", "3/4", "99/100",
                                                              "999/1000")]
    if lo is not None:
        return [lo + sympy.Integer(10) ** k for k in (-6, -2, 0, 2, 6)]
    if hi is not None:
        return [hi - sympy.Integer(10) ** k for k in (-6, -2, 0, 2, 6)]
    return [s * sympy.Integer(10) ** k for s in (-1, 1) for k in (-2, 0, 2, 6)] + [sympy.Integer(0)]


def admits(relations: Iterable[Any], variables: Iterable[Any], domains: Mapping | None = None,
           fixed: Iterable[Any] = ()) -> Callable[..., bool] | None:
    """A test of a point of the search against ``relations`` (inequalities, ``("nonzero", g)``,
    ``("whole", g)``, or ``("solvable", g)``: another equation of the context, ``g = 0``); None where
    there is none.

    The relations in variables the search does not move hold where one value of those variables,
    the same for all of them, satisfies every one (reviews 22, 23: ``y > z + ½`` rules out ``y = ¼``
    for ``z ∈ (0, 1)``; ``z < y`` and ``z > 1 − y`` together rule out ``y ≤ ½``), tried at values
    across their domains (whole ones for an integer) — except the variables ``fixed`` (those the form
    holds fixed), at *every* one of whose tried values where the relations without the point's
    variables can hold the point must be admitted (review 24: ``y > z − ½`` with the form keeping
    ``z`` rules out ``y = ¼``, at ``z = 0.9``). An equation of the context must change sign or vanish
    as its own other variables move (an integer's at a whole value, never between two), or, with
    none, vanish at the point (review 23: ``θ(y − ½) = 1``). A point where a relation has no real value
    is not admitted. ``admit(point, digits)`` reads the relations at the point's ``digits`` (15 as the
    search finds a root; more where it is narrowed in balls, :func:`derivations._crossing.refined_bracket`),
    with tolerances those digits allow (review 25: an equation 10⁻¹² off, a number 4·10⁻⁷ off a whole one,
    a bound 10⁻³⁰ beside the root all passed at 15 digits)."""
    variables, domains, fixed = set(variables), domains or {}, set(fixed)
    plain, equations, margins = [], [], []
    for rel in relations:
        part = _part(rel)
        if rel is sympy.false or part is not None and not sympy.sympify(part[1]).free_symbols and _fails(*part):
            # a relation of the context false outright (review 25): no point is in it
            return lambda point, digits=_SEARCH_DIGITS: False
        if part is None or not sympy.sympify(part[1]).free_symbols:
            continue
        kind, g = part[0], sympy.sympify(part[1])
        others = sorted(g.free_symbols - variables, key=str)
        doms = {o: domains.get(o) or (sign_domain(o) if isinstance(o, sympy.Symbol) and o.is_real else None)
                for o in others}
        if any(getattr(doms[o], "kind", None) not in ("real", "integer") for o in others):
            continue
        own = sorted(g.free_symbols & variables, key=str)
        try:
            fn = sympy.lambdify(own + others, g, "mpmath")
        except Exception:  # noqa: BLE001 - a relation lambdify cannot print: not read
            continue
        if kind == "solvable" and not others and len(own) > 1:
            continue  # an equation among the search's own variables is the matching's to weigh (C = 6ND, D = 20N)
        if kind == "solvable":
            choices = [[_number(c) for c in _across(doms[o])] for o in others]
            if len(others) > 2:  # many variables: each at fewer values (_SOLVABLE_TRIES in all)
                choices = [c[::3] for c in choices]
            whole = [getattr(doms[o], "kind", None) == "integer" for o in others]
            kept = [o in fixed for o in others]  # review 26: the form's z cannot move to solve 48y² = 5z
            equations.append((fn, own, choices, whole, kept, _kept_boxes(g, own, others, kept, choices, doms)))
        else:
            plain.append((fn, own, others, kind, doms))
            margins.append(g)
            for kind_of_arg, arg in real_arguments(g) if kind == "real" else ():
                plain.append((sympy.lambdify(own + others, arg, "mpmath"), own, others, kind_of_arg, doms))
                margins.append(arg)  # review 26: √(y − h(z)) real at every z, searched in boxes too
    if not plain and not equations:
        return None
    shared = sorted({o for _, _, others, _, _ in plain for o in others}, key=str)
    shared_doms = {o: d for _, _, _, _, doms in plain for o, d in doms.items()}
    held = [o for o in shared if o in fixed]
    values = {o: [_number(c) for c in _across(shared_doms[o])] for o in shared}
    held_combos = spread([values[o] for o in held], _HELD_TRIES)
    free_combos = spread([values[o] for o in shared if o not in fixed], _SOLVABLE_TRIES // (4 if held else 1))
    free_of_point = [r for r in plain if not r[1]]  # relations in the other variables alone
    boxed = _boxed(plain, margins, fixed, free_of_point)

    def holds_at(rels: list, point: Mapping, h: tuple, f: tuple, digits: int) -> bool:
        at = {**dict(zip(held, h)), **dict(zip([o for o in shared if o not in fixed], f))}
        return all(_holds(fn, [point[s] for s in own] + [at[o] for o in others], kind, digits)
                   for fn, own, others, kind, _ in rels)

    def admit(point: Mapping, digits: int = _SEARCH_DIGITS) -> bool:
        with mpmath.workdps(digits + _GUARD):
            return _admit(point, digits)

    def _admit(point: Mapping, digits: int) -> bool:
        try:
            for fn, own, choices, whole, kept, boxes in equations:
                if not _solvable_at_each(fn, [point[s] for s in own], choices, whole, kept, digits, boxes):
                    return False
            if not plain:
                return True
            seen = False
            for h in held_combos:  # every value of what the form holds fixed where the rest can hold
                if held and not any(holds_at(free_of_point, point, h, f, digits) for f in free_combos):
                    continue
                seen = True
                if not any(holds_at(plain, point, h, f, digits) for f in free_combos):
                    return False
            # between the tried values too (review 25: a band of z between two of them)
            return seen and not any(_fails_between(point, digits, *b) for b in boxed)
        except KeyError:  # a variable the point does not give: not read
            return True

    return admit


def _boxed(plain: list, margins: list, fixed: set, free_of_point: list) -> list:
    """The relations in a point's variables and kept ones alone (bounded, real), each with its margin
    compiled for balls, the boxes of its kept variables and of those the relations gating them are
    in (review 26: ``z < w`` beside a band in ``z``), and those gating relations."""
    out, margin_of = [], {id(r): g for r, g in zip(plain, margins)}
    for (fn, own, others, kind, doms), g in zip(plain, margins):
        if kind not in ("positive", "nonnegative", "nonzero") or not own or not others:
            continue
        box_vars, gate = set(others), []
        while True:  # the relations in kept variables alone that reach these, and their variables
            gate = [r for r in free_of_point if set(r[2]) & box_vars]
            more = box_vars.union(*(r[2] for r in gate))
            if more == box_vars:
                break
            box_vars = more
        box_vars = sorted(box_vars, key=str)
        box_doms = {**{o: d for r in gate for o, d in r[4].items()}, **doms}
        if not set(box_vars) <= fixed or any(
                getattr(box_doms.get(o), "kind", None) != "real" or box_doms[o].lo_exact is None
                or box_doms[o].hi_exact is None for o in box_vars):
            continue
        margin = compile_margin(g, own + box_vars)
        gate_margins = [(compile_margin(margin_of[id(r)], own + box_vars), r[3]) for r in gate]
        if margin is not None:
            boxes = [(_fraction(box_doms[o].lo_exact), _fraction(box_doms[o].hi_exact)) for o in box_vars]
            out.append((fn, own, others, kind, margin, box_vars, boxes, gate,
                        [(m, k) for m, k in gate_margins if m is not None]))
    return out


def _fails_between(point: Mapping, digits: int, fn: Any, own: list, others: list, kind: str, margin: Any,
                   box_vars: list, boxes: list, gate: list, gate_margins: list) -> bool:
    """Whether a value of the kept variables ``box_vars`` fails the relation at ``point`` where ``gate``
    (the relations in them alone) holds: searched in boxes (:mod:`derivations._held_boxes`)."""
    at = [point[s] for s in own]

    def fails(mid: list) -> bool:
        h = dict(zip(box_vars, (mpmath.mpf(m.numerator) / m.denominator for m in mid)))
        return all(_holds(gfn, [h[o] for o in gothers], gkind, digits) for gfn, _, gothers, gkind, _ in gate) \
            and not _holds(fn, at + [h[o] for o in others], kind, digits)

    return failing_value(margin, at, boxes, kind, fails, digits, gate_margins) is not None


def _fraction(value: Any) -> Fraction:
    value = sympy.sympify(value)
    if value.is_Rational:
        return Fraction(int(value.p), int(value.q))
    return mpf_fraction(mpmath.mpf(sympy.N(value, 30)))


def _fails(kind: str, g: Any) -> bool:
    """Whether a relation with no variable left is shown false (``("solvable", −½)``, ``−1 > 0``)."""
    try:
        v = complex(sympy.N(g, 30))
    except (TypeError, ValueError):
        return False
    if kind == "real":
        return abs(v.imag) > 1e-12 * max(1, abs(v))
    if abs(v.imag) > 1e-12 * max(1, abs(v)):
        return kind != "nonzero"
    return {"solvable": abs(v.real) > 1e-12 * max(1, abs(v.real)) and sympy.sympify(g).is_zero is False,
            "nonzero": sympy.sympify(g).is_zero is True, "whole": sympy.sympify(g).is_integer is False,
            "positive": v.real <= 0 and sympy.sympify(g).is_positive is False,
            "nonnegative": v.real < 0 and sympy.sympify(g).is_nonnegative is False}.get(kind, False)


def _number(value: Any) -> Any:
    return mpmath.mpf(sympy.N(value, 30))


#: A relation that cannot be evaluated at all (a sum lambdify writes as Python's): not read, as before.
_UNREAD = object()


def _value(fn: Any, values: list) -> Any:
    """``fn`` at ``values`` as a finite real; None where it has no finite real value; :data:`_UNREAD` where
    it cannot be evaluated."""
    try:
        v = mpmath.mpmathify(fn(*values))
    except (ValueError, ZeroDivisionError, OverflowError, ArithmeticError):
        return None  # a pole, a log of 0: no value there
    except Exception:  # noqa: BLE001 - an operator the evaluation cannot carry out
        return _UNREAD
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > mpmath.mpf(10) ** -10 * max(1, abs(v.real)):
            return None
        v = v.real
    return v if mpmath.isfinite(v) else None


def _equation_tolerance(digits: int) -> Any:
    """How near 0 an equation read at a point known to ``digits`` counts as vanishing (10⁻⁹ at 15)."""
    return mpmath.mpf(10) ** (6 - digits)


def _whole_tolerance(digits: int) -> Any:
    """How near a whole number a value read at a point known to ``digits`` counts as whole (10⁻⁶ at 15)."""
    return mpmath.mpf(10) ** (9 - digits)


def _holds(fn: Any, values: list, kind: str, digits: int = _SEARCH_DIGITS) -> bool:
    v = _value(fn, values)
    if v is _UNREAD:
        return True
    if v is None:
        return False
    if kind == "whole":  # absolute (review 23: 10¹⁰·y at ¼ + 5·10⁻¹¹ is no whole number) and for a large
        # value a part of it the point's digits cannot tell (review 26: 3y = 10¹² at a 60-digit root)
        return abs(v - mpmath.nint(v)) <= max(_whole_tolerance(digits), mpmath.mpf(10) ** (3 - digits) * abs(v))
    if kind == "nonzero":
        return abs(v) > mpmath.mpf(10) ** -9
    if kind == "real":  # a real value at all (review 23: log(y − 2) at y = 1 is none)
        return True
    return v > 0 if kind == "positive" else v >= 0


def _solvable_at_each(fn: Any, values: list, choices: list, whole: list, kept: list, digits: int,
                      boxes: tuple | None = None) -> bool:
    """:func:`_solvable` at every tried value of the variables the form keeps (``kept``): those do not
    move to solve the equation (review 26), the others do; and between the tried values, searched in
    ``boxes`` (:func:`_kept_boxes`; review 27: a resonance in the kept ``z`` between two of them)."""
    if not any(kept):
        return _solvable(fn, values, choices, whole, digits)
    free = [c for c, k in zip(choices, kept) if not k]
    free_whole = [w for w, k in zip(whole, kept) if not k]

    def solvable_at(at: tuple) -> bool:
        def at_kept(*args: Any) -> Any:
            head, tail, fixed_values = list(args[:len(values)]), iter(args[len(values):]), iter(at)
            return fn(*head, *[next(fixed_values) if k else next(tail) for k in kept])
        return _solvable(at_kept, values, free, free_whole, digits)

    if not all(solvable_at(at) for at in spread([c for c, k in zip(choices, kept) if k], _HELD_TRIES)):
        return False
    if boxes is None:
        return True
    margin, ranges, distance = boxes

    def fails(mid: list) -> bool:
        return not solvable_at(tuple(mpmath.mpf(m.numerator) / m.denominator for m in mid))

    # two orders: where no value of the free variables can solve it (the boxes level by level where
    # that shows nowhere), then where it strays furthest from 0 at their middle values
    return failing_value(margin, values, ranges, "nonnegative", fails, digits,
                         priority=lambda box: (-distance(values, [(lo + hi) / 2 for lo, hi in box]),
                                               -max(hi - lo for lo, hi in box))) is None \
        and failing_value(margin, values, ranges, "nonnegative", fails, digits) is None


def _kept_boxes(g: Any, own: list, others: list, kept: list, choices: list, doms: Mapping) -> tuple | None:
    """For an equation in kept variables of bounded real domains: ``−g²`` (the free variables at their
    middle tried values) compiled for balls, the kept variables' ranges, and the order the boxes go in:
    first where the ball of ``g`` over the free variables' whole tried range stays furthest from 0 (no
    value of them solves it there; review 28: at their middle value ``g`` was near 0 on that band), then
    where ``g`` at their middle value strays furthest; None where there is no such search."""
    held = [o for o, k in zip(others, kept) if k]
    if not held or any(getattr(doms.get(o), "kind", None) != "real" or doms[o].lo_exact is None
                       or doms[o].hi_exact is None for o in held):
        return None
    middle = {o: sympy.Float(c[len(c) // 2], 30) for o, c, k in zip(others, choices, kept) if not k}
    margin = compile_margin(-g.xreplace(middle)**2, own + held)
    free = [o for o, k in zip(others, kept) if not k]
    whole = compile_margin(g, own + held + free)
    spans = [(_fraction(min(c)), _fraction(max(c))) for c, k in zip(choices, kept) if not k]
    if margin is None or whole is None:
        return None
    return margin, [(_fraction(doms[o].lo_exact), _fraction(doms[o].hi_exact)) for o in held], \
        lambda values, mid: ball_distance_from_zero(whole, list(values) + list(mid), spans)


def _solvable(fn: Any, values: list, choices: list, whole: list | None = None, digits: int = _SEARCH_DIGITS) -> bool:
    """Whether the other variables can make ``fn`` vanish: an exact zero or a change of sign across them
    (with their ``whole`` ones, integers, at the same values: a sign change between two whole values is
    no root; review 24), a near zero where all are whole; with no other variable, ``fn`` vanishing at the
    point; never where it has no real value at all."""
    if not choices:
        v = _value(fn, values)
        return v is _UNREAD or v is not None and abs(v) <= _equation_tolerance(digits) * max([1] + [abs(u)
                                                                                               for u in values])
    whole = whole or [False] * len(choices)
    scale = max([1] + [abs(u) for u in values])
    signs: dict = {}
    for combo in spread(choices, _SOLVABLE_TRIES):
        v = _value(fn, values + list(combo))
        if v is _UNREAD:
            return True
        if v is None:
            continue
        if all(whole):
            if abs(v) <= _equation_tolerance(digits) * scale * max([1] + [abs(c) for c in combo]):
                return True
            continue
        group = signs.setdefault(tuple(c for c, w in zip(combo, whole) if w), set())
        group.add(0 if v == 0 else 1 if v > 0 else -1)  # exactly 0: ħ²k²/2m − (y − 2)e is tiny, not 0
        if 0 in group or {1, -1} <= group:
            return True
    return False


def region_at(region: Iterable[Any], values: Mapping) -> tuple:
    """The region's relations with ``values`` put in (variables other premises fix, review 24: ``10z = 9``
    beside ``y > z − ½``; primed witnesses of a specialization)."""
    out = []
    for rel in region:
        if isinstance(rel, tuple):
            out.append((rel[0], sympy.sympify(rel[1]).xreplace(values)))
        elif hasattr(rel, "xreplace"):
            out.append(rel.xreplace(values))
        else:
            out.append(rel)
    return tuple(out)


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


def grid_across(domain: Any) -> list:
    """Points across a domain: evenly spaced where it is bounded, with more towards each end, down to
    ``10^-300`` of the width (a zero set as thin as ``xy = 10⁻⁶`` lies inside the first cell;
    ``p = 1/(1 + N^α)`` at ``N = 10^8``), reaching far out (to ``10^300``) on a side without an end."""
    from ._domain_points import point_across
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    toward = [sympy.Integer(10) ** -k for k in (300, 200, 100, 50, 30, 20, 15, *range(12, 1, -1))]
    if lo is not None and hi is not None:
        width = hi - lo
        return ([lo + width * t for t in toward] + [lo + width * sympy.Rational(k, _CELLS) for k in range(1, _CELLS)]
                + [hi - width * t for t in reversed(toward)])
    near = [point_across(domain, sympy.Rational(k, _CELLS // 2)) for k in range(1, _CELLS // 2)]
    far = [sympy.Integer(10) ** sympy.Rational(k, 4) for k in range(4, 33)] + [sympy.Integer(10) ** k for k in
                                                                               (12, 20, 50, 100, 300)]
    if lo is not None:
        return [lo + t for t in toward] + near + [lo + d for d in far]
    if hi is not None:
        return [hi - d for d in reversed(far)] + near + [hi - t for t in reversed(toward)]
    return [-d for d in reversed(far)] + near + far


def probe_value(domain: Any, r: Any, dps: int = 15) -> Any:
    """A probe's value: a fraction ``r`` across a real domain, a whole number inside an integer one."""
    from ._domain_points import point_across
    value = point_across(domain, r)
    if domain.kind != "integer":
        return mpmath.mpf(sympy.N(value, dps))
    lo = sympy.ceiling(domain.lo_exact) if domain.lo_exact is not None else None
    hi = sympy.floor(domain.hi_exact) if domain.hi_exact is not None else None
    n = sympy.floor(value)
    n = max(n, lo) if lo is not None else n
    n = min(n, hi) if hi is not None else n
    if domain.even and n % 2:
        n = n + 1 if hi is None or n + 1 <= hi else n - 1
    return mpmath.mpf(int(n))
