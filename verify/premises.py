"""The premise set is satisfiable on the domain: a witness point, or the reason there is none.

Part of the kernel (issue 16, item 3). Inconsistent premises (``f = x + 1`` and ``f = x + 2``)
or a condition with no solution on the domain (``x = 5`` with ``0 < x < 1``) make every
step vacuously true, so before anything is called proved the conditions among the premises
— every premise that is not the first definition of a name — are solved for a point of the
domain, reported as the witness:

* names are replaced by their definitions (a second definition becomes an equation between
  the two right-hand sides); what stays unknown (undefined functions, operators applied to
  them) is a free real unknown;
* the equations are taken in order, each solved (exactly where SymPy can, otherwise by
  mpmath root finding from several starts) for one variable not yet fixed — its left-hand
  side first, then a name, then a parameter — with the others drawn from their domains;
* inequalities must then hold at the point; up to :data:`ATTEMPTS` draws at moderate magnitudes
  are tried, then :data:`FAR_ATTEMPTS` reaching far out on unbounded sides; a parameter that a
  condition in it alone restricts (``2x + 1 > 5``) is drawn inside what the condition leaves
  (:mod:`verify.premise_regions`), and an empty intersection fails, naming the premises;
* a declared name's sign assumptions (``positive=True``) are conditions too, met through its
  definition: ``f`` positive and ``f = x − 5`` on ``0 < x < 1`` fail.

A condition that reduces to ``False``, or an equation in one parameter whose solution set
on its domain is provably empty, makes the premises ``failed``; no witness and no proof
either way is ``inconclusive``.

A step that specialises parameters to values (``Substitute`` with ``a → 1/2``) speaks only
where the premises its input rests on can still hold: those premises are solved again with the
values fixed (``x + 1 = a`` with ``0 < x < 1`` has no solution at ``a = 1/2``), composed along
the chain with the values a ``using=`` equation or a ``Ref`` gives (``a → b``, then
``pin: b = 1/4``) whenever a literal value is among them.
"""

from __future__ import annotations

import random
from typing import Any, Mapping

import mpmath
import sympy

from derivations._budget import OutOfTime, within
from derivations._definitions import expand_names, first_definitions
from derivations._domain_points import whole_domain_point
from derivations._domains import Domain

from .specialisation import specialised_chains, step_values
from .premise_regions import declared_conditions, domain_interval, domain_of, draw_in, solve_region
from .premise_inequalities import standing_inequalities
from .verdicts import FAILED, INCONCLUSIVE, PROVED, stable_seed

__all__ = ["ATTEMPTS", "FAR_ATTEMPTS", "check_premises", "by_definitions"]

#: Random draws of the free variables tried before the premises are called unsatisfied: first at
#: moderate magnitudes (well-conditioned root finding), then far out on unbounded sides.
ATTEMPTS = 12
FAR_ATTEMPTS = 12
#: The draw index that makes premise_regions draw log-uniformly out to 10^±EXTREME_EXPONENT.
FAR_INDEX = 4

_SOLVE_SECONDS = 2.0




def _definitions(derivation: Any, context: frozenset | None = None) -> tuple[dict, list]:
    """The first definitions among all the premises, the conditions among ``context``'s."""
    return first_definitions(derivation, context, first_of_all=True)
_expand_names = expand_names


def by_definitions(expr: Any, derivation: Any, rests_on: Any, values: Mapping | None = None) -> Any:
    """``expr`` with the names that the premises in ``rests_on`` define (first definitions, not
    recursive) replaced by their definitions: a result written with the defined name
    (``dQ/dt = −Q(t)/τ`` under ``Q(t) = Q₀e^{−t/τ}``) means what the definition says; in a form
    that speaks at ``values`` (the parameters its chain specialised), a plain name means its
    value there (``p = mv`` is ``3m`` at ``v = 3``).

    >>> import sympy, derivations
    >>> d = derivations.get("pedestal.loss")  # premise: L(x) = L0 + x^α (L1 − L0)
    >>> x, L0 = sympy.Symbol("x", positive=True), sympy.Symbol("L0", positive=True)
    >>> by_definitions(sympy.Function("L")(x) - L0, d, ["loss"]).has(sympy.Function("L"))
    False
    """
    names = {p.name for p in derivation.premises}
    defs, _ = first_definitions(derivation, frozenset(n for n in rests_on if n in names))
    usable = {k: v for k, v in defs.items()
              if not isinstance(v[0], sympy.MatrixSymbol) and not _mentions_name(v[1], k)}
    if values:  # a plain name in a form at v = 3 means its value there (a function's arguments say it)
        binders = (sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product, sympy.Limit, sympy.Subs, sympy.Lambda)
        usable = {k: (lhs, rhs if isinstance(lhs, sympy.core.function.AppliedUndef) else sympy.sympify(rhs).xreplace(values))
                  for k, (lhs, rhs) in usable.items()
                  # a definition through an operator in a specialised variable is left as a name
                  if isinstance(lhs, sympy.core.function.AppliedUndef)
                  or not (sympy.sympify(rhs).has(*binders) and sympy.sympify(rhs).free_symbols & set(values))}
    return _expand_names(expr, usable) if usable else expr


def _mentions_name(expr: Any, key: Any) -> bool:
    expr = sympy.sympify(expr)
    return key in expr.free_symbols or any(call.func == key for call in expr.atoms(sympy.core.function.AppliedUndef))


def _opaque_unknowns(expr: Any) -> tuple[Any, dict]:
    """``expr`` with every undefined function application (or operator on one) as a fresh unknown."""
    found = {}
    # Operators that cannot be evaluated inside a root finder (integrals, sums, limits) are
    # unknowns too: the witness then shows the conditions consistent, not their operators' values.
    for atom in sorted(expr.atoms(sympy.Derivative, sympy.Subs, sympy.Limit, sympy.Integral, sympy.Sum,
                                  sympy.Product, sympy.core.function.AppliedUndef), key=sympy.srepr):
        if any(atom in other.args for other in found):
            continue
        found[atom] = sympy.Dummy(f"u_{len(found)}", real=True)
    return (expr.xreplace(found) if found else expr), found


def _in_domain(value: Any, domain: Domain) -> bool:
    try:
        return domain.contains(value)
    except (OutOfTime, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001
        return False


def _solve_one(eq: Any, var: Any, domain: Domain, rng: random.Random) -> Any | None:
    """A root of ``eq`` (an expression = 0) in ``var`` inside its domain, or None."""
    # Numeric root finding only: SymPy's solve on an instance with float exponents can turn
    # into a polynomial of huge degree whose factorization no time budget interrupts.
    f = sympy.lambdify(var, eq, modules="mpmath")
    for k in range(12):
        start = whole_domain_point(domain, rng, k)
        try:
            with mpmath.workdps(30):
                x = mpmath.findroot(f, mpmath.mpf(sympy.Rational(start)))
                if isinstance(x, mpmath.mpc) and abs(x.imag) > 1e-20:
                    continue
                x = mpmath.re(x)
                if abs(f(x)) > mpmath.mpf(10) ** -20 * max(1, abs(x)):
                    continue
            val = sympy.Float(x, 30)
            if _in_domain(val, domain):
                return val
        except (OutOfTime, KeyboardInterrupt):
            raise
        except Exception:  # noqa: BLE001 - no convergence from this start
            continue
    return None


def _negligible(value: Any) -> bool:
    """Whether a fully evaluated residual is zero to the working precision of the search."""
    try:
        v = complex(sympy.N(value, 40))
    except (TypeError, ValueError):
        return False
    return abs(v) <= 1e-20


def _truth(rel: Any, point: Mapping) -> bool | None:
    try:
        v = sympy.sympify(rel).xreplace(point)
        if isinstance(v, sympy.Eq):
            d = (v.lhs - v.rhs).evalf(30)
            return bool(abs(d) <= sympy.Float(10) ** -15 * (1 + abs(v.lhs.evalf(30))))
        v = v.evalf(30) if hasattr(v, "evalf") else v
        if v in (sympy.true, sympy.false):
            return bool(v)
        return None
    except (OutOfTime, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001
        return None


def _draw(s: Any, domains: Mapping, rng: random.Random, index: int, regions: Mapping | None = None,
          far: bool = False) -> Any:
    """A point of the symbol's domain (inside the region its one-variable conditions leave, when
    known); reals as 30-digit floats (exact huge powers blow up)."""
    dom = _domain_of(s, domains)
    if regions and s in regions:
        inside = draw_in(regions[s], rng, index, integer=dom.kind == "integer")
        if inside is not None and _in_domain(inside, dom):
            return inside
    if dom.kind != "real":
        return dom.draw(rng)
    # Moderate magnitudes first keep the root finding well conditioned; later draws reach far
    # out on unbounded sides (premise_regions), so a condition met only there is met.
    lo = -2.0 if dom.lo is None else float(dom.lo)
    hi = (lo + 4.0 if dom.lo is not None else 2.0) if dom.hi is None else float(dom.hi)
    far = far and (dom.lo is None or dom.hi is None)
    if far:
        x = float(draw_in(_interval(dom), rng, FAR_INDEX) or lo)
    elif dom.lo is not None and dom.hi is None and dom.lo >= 0:
        x = float(dom.lo) + 10 ** rng.uniform(-1, 1)
    else:
        x = lo + (hi - lo) * rng.uniform(0.05, 0.95)
    q = sympy.Float(repr(x if far else round(x, 6)), 40)  # a float: exact rationals make SymPy factor huge powers
    return q if dom.contains(q) else sympy.Float(dom.draw(rng), 40)


def _interval(dom: Domain) -> Any:
    return domain_interval(dom)


def _domain_of(s: Any, domains: Mapping) -> Domain:
    return domain_of(s, domains)


#: Seconds the search for a witness may take for one derivation.
PREMISE_SECONDS = 20.0


def check_premises(derivation: Any) -> dict[str, Any]:
    """``{"verdict", "method", "witness"}``: the premise set shown satisfiable on the domain."""
    try:
        return within(PREMISE_SECONDS, _check_premises, derivation)
    except OutOfTime:
        return {"verdict": INCONCLUSIVE, "method": f"no witness for the premises within {PREMISE_SECONDS:g} s",
                "witness": None}


def _specialisations(derivation: Any) -> list[tuple[int, frozenset, dict]]:
    """Each step that gives declared parameters values (numbers or expressions in other
    parameters): its number, the premises its input rests on, and the values its output speaks
    at, composed along its chain (``a → b`` then ``b → 1/4`` is ``a = b = 1/4``)."""
    params = {p.symbol for p in derivation.symbols}
    names = {p.name for p in derivation.premises}
    out = []
    try:
        outcomes = list(derivation.replay())
    except Exception:  # noqa: BLE001 - a broken chain is reported by the steps
        return []
    _, _, chains, literal = specialised_chains(derivation)
    # review 21: a standing inequality premise, read by every step's side conditions, holds at the values too
    standing = frozenset(standing_inequalities(derivation))
    for o, values, has_literal in zip(outcomes, chains, literal):
        context = frozenset(n for n in o.rests_on if n in names) | standing
        # Values that only equations among the context state hold wherever it does: a literal
        # among them (a → b, then pin: b = 1/4) is what must be solved again.
        if step_values(o.rule, params, o.references) and values and context and has_literal:
            out.append((o.index + 1, context, values))
    return out


def _contexts(derivation: Any) -> list[frozenset]:
    """The maximal sets of premises some form rests on: only premises used together must be
    satisfiable together (two cases of a case analysis exclude each other)."""
    names = {p.name for p in derivation.premises}
    sets = set()
    try:
        for o in derivation.replay():
            sets.add(frozenset(n for n in o.rests_on if n in names))
    except Exception:  # noqa: BLE001 - a broken chain: every premise together
        sets = {frozenset(names)}
    sets = sets or {frozenset(names)}
    # the standing inequality premises are read by every step (verify.premise_inequalities): each set
    # must hold together with them (review 20: x > 3 beside x ∈ (0, 2), used by no form, proved x − 1 > 0)
    standing = frozenset(standing_inequalities(derivation))
    sets = {c | standing for c in sets}
    return sorted((c for c in sets if not any(c < other for other in sets)), key=lambda c: (-len(c), sorted(c)))


def _check_premises(derivation: Any) -> dict[str, Any]:
    results = []
    for context in _contexts(derivation):
        r = _check_set(derivation, context)
        if r["verdict"] != PROVED:
            used = ", ".join(sorted(context))
            return dict(r, method=f"{r['method']} (premises used together: {used})")
        results.append(r)
    for step, context, values in _specialisations(derivation):
        defs, conditions = _definitions(derivation, context)
        mentioned = set().union(*(sympy.sympify(_expand_names(rel, defs)).free_symbols for _, rel in conditions))
        if not mentioned & set(values):
            continue  # the values act on no condition: the premises hold as shown above
        r = _check_set(derivation, context, values)
        if r["verdict"] != PROVED:
            at = ", ".join(f"{k} = {v}" for k, v in sorted(values.items(), key=lambda kv: str(kv[0])))
            return dict(r, method=f"step {step} specialises to {at}, where {r['method']} (premises its input rests "
                                  f"on: {', '.join(sorted(context))})")
    witness = next((r["witness"] for r in results if r["witness"]), {})
    checked = [r for r in results if r["witness"]]
    if not checked:
        return {"verdict": PROVED, "method": "every premise defines a new name: satisfiable", "witness": {}}
    return {"verdict": PROVED, "method": f"satisfiable: the conditions of each of {len(results)} set(s) of premises "
                                         f"used together hold at a witness point of the domain", "witness": witness}


def _regions(others: list, domains: Mapping) -> tuple[dict, str | None]:
    """Per real parameter, the region its one-variable conditions leave on its domain, and why
    the premises fail when that region is provably empty (None when it is not)."""
    regions: dict = {}
    names: dict = {}
    for name, rel in others:
        free = sympy.sympify(rel).free_symbols
        if len(free) != 1:
            continue
        (var,) = free
        if var not in domains or domains[var].kind not in ("real", "integer"):
            continue
        region = solve_region(rel, var, domains[var])
        if region is None:
            continue
        regions[var] = regions[var].intersect(region) if var in regions else region
        names.setdefault(var, []).append(name)
        if regions[var] is sympy.S.EmptySet:
            said = "; ".join(names[var])
            return regions, (f"no {var} in its domain ({domains[var].describe()}) satisfies {said}: the premises "
                             f"cannot all hold")
    return regions, None


def _at(expr: Any, fixed: Mapping) -> Any:
    """``expr`` at the values ``fixed``; an operator in a fixed variable is evaluated there
    (``Subs``), not rewritten into a derivative with respect to an expression."""
    try:
        return expr.xreplace(fixed)
    except (ValueError, TypeError):
        pass
    try:
        return expr.subs(fixed, simultaneous=True)
    except (ValueError, TypeError) as exc:  # never the form without its values: undecided
        raise _Unreadable(f"{expr} cannot be read at the values ({type(exc).__name__})") from exc


class _Unreadable(Exception):
    """A premise that SymPy cannot write at a specialisation's values."""


def _check_set(derivation: Any, context: frozenset, fixed: Mapping | None = None) -> dict[str, Any]:
    """A witness of the premises in ``context`` (with the parameters of ``fixed`` at its values)."""
    try:
        return _check_set_at(derivation, context, fixed)
    except _Unreadable as exc:
        return {"verdict": INCONCLUSIVE, "method": str(exc), "witness": None}


def _check_set_at(derivation: Any, context: frozenset, fixed: Mapping | None = None) -> dict[str, Any]:
    defs, conditions = _definitions(derivation, context)
    # A value may be a name the premises define (pin: b = c, c = 1/4): read it through its definition.
    fixed = {k: _expand_names(v, defs) for k, v in (fixed or {}).items()}
    # A declared name's assumptions are premises too: its definition must meet them somewhere.
    declared = declared_conditions(derivation, context)
    if not conditions and not declared:
        return {"verdict": PROVED, "method": "every premise defines a new name: satisfiable", "witness": {}}
    domains = derivation.domains()
    params = set(domains)
    eqs, others = [], []
    for name, rel in conditions:
        expanded = _at(_expand_names(rel, defs), fixed)
        if expanded is sympy.false:
            return {"verdict": FAILED, "method": f"premise {name!r} contradicts the definitions before it "
                                                 f"(it reduces to False)", "witness": None}
        if expanded is sympy.true:
            continue
        if isinstance(expanded, sympy.Eq) and (isinstance(expanded.lhs, (sympy.MatrixBase, sympy.MatrixExpr))
                                               or isinstance(expanded.rhs, (sympy.MatrixBase, sympy.MatrixExpr))):
            lhs_m, rhs_m = expanded.lhs, expanded.rhs
            if isinstance(lhs_m, sympy.MatrixBase) and isinstance(rhs_m, sympy.MatrixBase) and lhs_m.shape == rhs_m.shape:
                for k, (a, b) in enumerate(zip(lhs_m, rhs_m)):
                    diff, _ = _opaque_unknowns(sympy.sympify(a - b))
                    if diff.free_symbols:
                        eqs.append((f"{name}[{k}]", diff, None))
                    elif diff.is_nonzero:
                        return {"verdict": FAILED, "method": f"premise {name!r} contradicts the definitions "
                                                             f"before it (entry {k})", "witness": None}
            # A matrix symbol left undefined is itself an unknown that can satisfy the condition.
            continue
        if isinstance(expanded, sympy.Eq):
            diff, opaque = _opaque_unknowns(expanded.lhs - expanded.rhs)
            diff = sympy.sympify(diff)
            if not diff.free_symbols:
                if diff.is_nonzero:
                    return {"verdict": FAILED, "method": f"premise {name!r} contradicts the definitions before it "
                                                         f"(it reduces to {sympy.simplify(diff)} = 0)", "witness": None}
                continue
            only = diff.free_symbols & params
            if len(diff.free_symbols) == 1 and only:
                (var,) = only
                dom = domains[var]
                if dom.kind == "real":
                    interval = sympy.Interval(-sympy.oo if dom.lo is None else dom.lo_exact,
                                              sympy.oo if dom.hi is None else dom.hi_exact,
                                              dom.lo_open, dom.hi_open)
                    try:
                        sols = within(_SOLVE_SECONDS, sympy.solveset, diff, var, interval)
                    except (OutOfTime, KeyboardInterrupt):
                        raise
                    except Exception:  # noqa: BLE001
                        sols = None
                    if sols is sympy.S.EmptySet:
                        return {"verdict": FAILED, "method": f"premise {name!r} has no solution for {var} on its "
                                                             f"domain ({dom.describe()})", "witness": None}
            lhs = expanded.lhs if isinstance(rel.lhs, sympy.Symbol) else None
            eqs.append((name, diff, lhs))
        else:
            others.append((name, expanded))
    for name, rel in declared:  # checked at the witness, never solved for (``im(f) = 0`` has no root to find)
        expanded = _at(_expand_names(rel, defs), fixed)
        if expanded is sympy.false:
            return {"verdict": FAILED, "method": f"{name} cannot hold (it reduces to False)", "witness": None}
        if expanded is not sympy.true:
            others.append((name, expanded))
    conditions = conditions + declared
    regions, empty = _regions(others, domains)
    if empty is not None:
        return {"verdict": FAILED, "method": empty, "witness": None}
    rng = random.Random(stable_seed(derivation.id + "#premises"))
    for attempt in range(ATTEMPTS + FAR_ATTEMPTS):
        point: dict = {}
        ok = True
        pending = list(eqs)
        while pending:
            # The equation with the fewest unknowns left goes first: it is solved for one of them.
            pending.sort(key=lambda e: len(e[1].free_symbols - set(point)))
            name, diff, lhs = pending.pop(0)
            try:
                diff = diff.xreplace(point)
            except (OutOfTime, KeyboardInterrupt):
                raise
            except Exception:  # noqa: BLE001
                ok = False
                break
            unknown = sorted(diff.free_symbols, key=str)
            if not unknown:
                if not _negligible(diff):
                    ok = False
                    break
                continue
            prefer = ([lhs] if lhs in unknown else []) + [u for u in unknown if u not in params] + \
                     sorted((u for u in unknown if u in params), key=lambda u: (domains[u].kind != "real", str(u)))
            root = None
            for var in prefer:  # the first variable this equation can be solved for at a drawn point
                trial = dict(point)
                for u in unknown:
                    if u is not var and u not in trial:
                        trial[u] = _draw(u, domains, rng, attempt + len(trial), regions, attempt >= ATTEMPTS)
                try:
                    root = _solve_one(diff.xreplace(trial), var, _domain_of(var, domains), rng)
                except (OutOfTime, KeyboardInterrupt):
                    raise
                except Exception:  # noqa: BLE001 - SymPy failing on this draw: try another variable
                    root = None
                if root is not None:
                    point = trial
                    break
            if root is None:
                ok = False
                break
            point[var] = root
        if not ok:
            continue
        for s in sorted(set().union(*(sympy.sympify(r).free_symbols for _, r in others)) if others else [],
                        key=str):
            if s not in point:
                point[s] = _draw(s, domains, rng, attempt + len(point), regions, attempt >= ATTEMPTS)
        if all(_truth(r, point) is True for _, r in others):
            shown = {str(k): (str(v) if not isinstance(v, sympy.Float) else mpmath.nstr(mpmath.mpf(v._mpf_), 12))
                     for k, v in sorted(point.items(), key=lambda kv: str(kv[0])) if not isinstance(k, sympy.Dummy)}
            return {"verdict": PROVED, "method": f"satisfiable: {len(conditions)} condition(s) hold at a witness "
                                                 f"point of the domain", "witness": shown}
    said = "; ".join(name for name, _ in conditions)
    return {"verdict": INCONCLUSIVE, "method": f"no point of the domain satisfying the {len(conditions)} "
                                               f"condition(s) among the premises ({said}) was found in "
                                               f"{ATTEMPTS + FAR_ATTEMPTS} attempts", "witness": None}
