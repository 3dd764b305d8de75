"""Contexts of judgments: the conditions a form rests on, and what its names depend on.

Every form in a chain is a judgment ``Γ ⊢ φ``. ``Γ`` holds the premises and named steps the
form was derived from; among them, the *conditions* — premises that are not the definition
of a new name, such as ``x = 3``, ``y = x``, ``C = 6ND``, or a name defined a second time
(``f = x²`` then ``f = 4``: a name is defined once) — restrict the parameters to a solution
set. A form derived under a condition holds on that set only.

An operation in a variable ``v`` (differentiate, integrate, take a limit or a series,
specialize) treats every other symbol of the form as held fixed, so it is valid only if
``φ`` holds on an open set of ``v`` with those symbols fixed:

* every equation involving ``v`` must be satisfiable by moving some *other* variable of it
  that the form's right-hand side does not contain (a chart in which ``v`` is free); an
  equation on ``v`` alone (``x = 3``) pins it, different equations need different such
  variables, and a chain of equations pins ``v`` too (``y = 2`` and ``x = y + 1`` pin x)
  (:func:`pinning_condition`); an inequality (``x > 1``) restricts ``v`` to an open set and
  pins nothing — a specialization must satisfy it (``verify.judgments``);
* no name the right-hand side uses may be defined in terms of ``v``: SymPy would treat it as
  a constant (:func:`dependent_names`).

>>> import sympy
>>> x, y = sympy.symbols("x y", real=True)
>>> c = premise_constraints("tie", sympy.Eq(y, x), {x, y}, {})
>>> pinning_condition(y, c, sympy.Integer(2) * x, {}).source
'tie'
>>> pinning_condition(x, c, sympy.Integer(2) * x, {}) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import sympy

from ._budget import TACTIC_SECONDS, within

__all__ = ["Constraint", "premise_constraints", "effective_symbols", "name_dependencies", "premise_dependencies",
           "premise_definitions",
           "dependent_names", "pinning_condition", "describe_constraint", "point_across"]


#: Relations that hold on an open set of their variables: they restrict, they do not pin.
_OPEN = (sympy.StrictGreaterThan, sympy.StrictLessThan, sympy.GreaterThan, sympy.LessThan, sympy.Ne)


def _open(relation: Any) -> bool:
    """Whether ``relation`` holds on an open set: an inequality, or an And/Or of them (1 < x < 2)."""
    if isinstance(relation, (sympy.And, sympy.Or)):
        return all(_open(a) for a in relation.args)
    return isinstance(relation, _OPEN)


@dataclass(frozen=True)
class Constraint:
    """A condition a form rests on: its source (premise name), the variables it involves, and
    the relation itself (an inequality restricts its variables to an open set, it pins none).
    ``chain`` names the other conditions that, together with this one, pin a variable."""

    source: str
    variables: frozenset
    relation: Any = field(default=None, compare=False)
    chain: tuple = field(default=(), compare=False)

    @property
    def is_equation(self) -> bool:
        """Whether the condition can pin: an equation (or an unknown relation), not an inequality."""
        return not _open(self.relation)


def _key(name: Any) -> Any:
    """What identifies a name: a plain symbol, or the function of an applied undefined function;
    an operator applied to a name (``d L/dN``, ``lim L``) is identified by that name, whose
    definition already determines it."""
    while isinstance(name, (sympy.Derivative, sympy.Limit, sympy.Subs, sympy.Integral)):
        name = name.args[0]
    return name.func if isinstance(name, sympy.core.function.AppliedUndef) else name


def effective_symbols(expr: Any, depends: Mapping[Any, frozenset]) -> set:
    """The free symbols of ``expr`` plus the parameters its names are defined in terms of."""
    expr = sympy.sympify(expr)
    out = set(expr.free_symbols)
    for s in list(out):
        out |= set(depends.get(s, ()))
    return out


def premise_definitions(relations: Iterable[Any], parameters: Any) -> dict:
    """Each name's first definition among ``relations`` (name key → (left, right)), whatever
    comes between: what a condition's names stand for, read in any order."""
    from ._rules import is_name
    out: dict = {}
    for relation in relations:
        relation = sympy.sympify(relation)
        lhs = getattr(relation, "lhs", None)
        if isinstance(relation, sympy.Eq) and is_name(lhs, parameters) and _key(lhs) not in out:
            out[_key(lhs)] = (lhs, relation.rhs)
    return out


def _through_definitions(expr: Any, names: Mapping, skip: Any) -> Any:
    """``expr`` with each plain-symbol name (but ``skip``) replaced by its definition, until none is
    left (a cycle stops where it closes)."""
    subs = {k: sympy.sympify(rhs) for k, (lhs, rhs) in names.items()
            if isinstance(k, sympy.Symbol) and isinstance(lhs, sympy.Symbol) and k != skip}
    # g(y) = … defines g at every argument: g(t) is its right-hand side at t
    calls = {k: (lhs.args, sympy.sympify(rhs)) for k, (lhs, rhs) in names.items()
             if isinstance(lhs, sympy.core.function.AppliedUndef) and k != skip
             and all(isinstance(a, sympy.Symbol) for a in lhs.args) and len(set(lhs.args)) == len(lhs.args)}

    def call(e: Any) -> Any:
        params, body = calls[e.func]
        return body.xreplace(dict(zip(params, e.args))) if len(params) == len(e.args) else e

    for _ in range(len(subs) + len(calls) + 1):
        expanded = expr.xreplace(subs)
        if calls:
            expanded = expanded.replace(lambda e: isinstance(e, sympy.core.function.AppliedUndef)
                                        and e.func in calls, call)
        if expanded == expr:
            break
        expr = expanded
    return expr


def premise_constraints(name: str, relation: Any, parameters: Any, definitions: dict,
                        names: Mapping | None = None, domains: Mapping | None = None) -> frozenset:
    """The conditions a premise brings; ``definitions`` (name key → right-hand side) is updated.

    A definition of a new name is no condition. Any other premise is one, on the parameters
    in it — and, for a second definition of a name, on those of the first definition too. A
    name anywhere in a condition stands for its definition (``names``, see
    :func:`premise_definitions`): ``z = e^x`` makes ``2z = 6`` a condition on ``x``, and ``z = e^x w``
    with ``w = 1`` makes ``z = 3`` one on ``x`` alone, not one that ``w`` can hold while ``x``
    moves. A parameter the condition does not depend on on ``domains`` is dropped
    (:func:`_absent_from`).
    """
    from ._rules import is_name
    relation = sympy.sympify(relation)
    lhs = getattr(relation, "lhs", None)
    if isinstance(relation, sympy.Eq) and (is_name(lhs, parameters) or isinstance(lhs, sympy.MatrixSymbol)):
        key = _key(lhs)
        if key not in definitions:
            definitions[key] = (lhs, relation.rhs)
            return frozenset()
    table = names if names is not None else definitions
    involved = {s for s in relation.free_symbols if s in parameters}
    condition: Any = None
    if lhs is not None and _key(lhs) in definitions:
        first_lhs, first_rhs = definitions[_key(lhs)]
        rhs = sympy.sympify(first_rhs)
        if isinstance(first_lhs, sympy.core.function.AppliedUndef) and isinstance(lhs, sympy.core.function.AppliedUndef) \
                and lhs.func == first_lhs.func:
            rhs = rhs.xreplace(dict(zip(first_lhs.args, lhs.args)))
        else:
            # The name itself is what the two definitions equate, not a free variable; a name in
            # its definition is what that name is defined as.
            rhs = _through_definitions(rhs, table, _key(lhs))
            involved |= {s for s in rhs.free_symbols if s != lhs}
        involved |= {s for s in rhs.free_symbols if s in parameters}
        involved |= {a for a in rhs.atoms(sympy.core.function.AppliedUndef)}
        if isinstance(relation, sympy.Eq):
            condition = _difference(rhs, relation.rhs)
    elif isinstance(relation, sympy.Eq):
        condition = _difference(relation.lhs, relation.rhs)  # 2z = 6: what its names stand for
        if isinstance(condition, sympy.Expr):
            # a name no premise defines (E in E² = Var) is an unknown the condition gives a value
            expanded = _through_definitions(condition, table, None)
            if any(s in parameters for s in expanded.free_symbols):  # else not a condition on the parameters
                involved |= {s for s in expanded.free_symbols if isinstance(s, sympy.Symbol) and s.is_commutative
                             and s not in parameters and s not in table}
    if isinstance(condition, sympy.Expr):
        condition = _explicit(_through_definitions(condition, table, None))
        involved |= {s for s in condition.free_symbols if s in parameters}
        if len(involved) > 1:
            involved -= _absent_from(condition, involved, parameters, domains)
    if not involved:
        return frozenset()
    return frozenset({Constraint(name, frozenset(involved), relation)})


def _difference(a: Any, b: Any) -> Any:
    try:
        return sympy.sympify(a) - sympy.sympify(b)
    except (TypeError, ValueError, AttributeError):  # matrices, relations of other kinds: as they are
        return None


def _explicit(expr: Any) -> Any:
    """``expr`` with each derivative of an explicit expression (no name left in it) taken."""
    try:
        return expr.replace(lambda e: isinstance(e, sympy.Derivative)
                            and not e.has(sympy.core.function.AppliedUndef), lambda e: e.doit())
    except Exception:  # noqa: BLE001 - SymPy failing on a premise: as written
        return expr


#: Fractions of the way across a domain where a condition's dependence on a parameter is measured.
_PROBES = (sympy.Rational(2, 7), sympy.Rational(1, 2), sympy.Rational(5, 7))


def point_across(domain: Any, r: Any) -> Any:
    """The point a fraction ``r`` of the way across ``domain`` (7 units for a side without an end)."""
    lo, hi = getattr(domain, "lo_exact", None), getattr(domain, "hi_exact", None)
    if lo is not None and hi is not None:
        return lo + (hi - lo) * r
    if lo is not None:
        return lo + 7 * r
    if hi is not None:
        return hi - 7 * r
    return 7 * r - 3


def _absent_from(condition: Any, involved: set, parameters: Any, domains: Mapping | None = None) -> set:
    """The parameters of ``involved`` that ``condition`` (= 0) does not depend on.

    ``e^x (sin²y + cos²y) = 3`` names y but pins x alone: counted as a variable that can move,
    y let x vary while the condition held. Only an explicit condition (parameters, numbers
    and functions of them) is read. A parameter is kept (it can move the condition) only where
    its derivative is not 0: not reduced to 0 by SymPy and, on ``domains``, measured non-zero at
    a point (``e^x + max(y, 2)`` with ``y ∈ (0, 1)``, ``Γ(y + 1)/(yΓ(y))``: SymPy leaves them).
    """
    if any(s not in parameters for s in condition.free_symbols) or condition.has(
            sympy.core.function.AppliedUndef, sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product):
        return set()
    absent = set()
    for w in sorted(involved, key=str):
        if not isinstance(w, sympy.Symbol):
            continue
        if w not in condition.free_symbols:
            absent.add(w)
            continue
        try:
            slope = sympy.diff(condition, w)
            if domains:  # measured first: cheap, and it decides what simplify leaves open
                if slope == 0 or not _moves_somewhere(slope, condition.free_symbols, domains):
                    absent.add(w)
            elif within(TACTIC_SECONDS, lambda: sympy.simplify(slope)) == 0:
                absent.add(w)
        except Exception:  # noqa: BLE001 - undecided: w may move (as if it did)
            continue
    return absent


def _moves_somewhere(slope: Any, symbols: set, domains: Mapping | None) -> bool:
    """Whether ``slope`` is measured non-zero at one of a few points of ``domains`` (True when
    they do not say where to look, or a value cannot be computed: the parameter is kept)."""
    if not domains or any(getattr(domains.get(s), "kind", None) != "real" for s in symbols):
        return True
    for r in _PROBES:
        point = {s: point_across(domains[s], (r + k * sympy.Rational(1, 11)) % 1 or r)
                 for k, s in enumerate(sorted(symbols, key=str))}
        value = sympy.sympify(slope).xreplace(point).evalf(30)
        if not value.is_number or value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
            return True
        if abs(complex(value)) > 1e-12:
            return True
    return False


def name_dependencies(relation: Any, parameters: Any, depends: dict) -> None:
    """Record what a defined name (a plain symbol on the left) is defined in terms of."""
    relation = sympy.sympify(relation)
    if not isinstance(relation, sympy.Eq):
        return
    lhs = relation.lhs
    if isinstance(lhs, sympy.Symbol) and lhs not in parameters and lhs not in depends:
        depends[lhs] = frozenset(s for s in effective_symbols(relation.rhs, depends) if s in parameters)


def premise_dependencies(relations: Iterable[Any], parameters: Any) -> dict:
    """What each name the premises define (a plain symbol on the left, its first definition) is
    defined in terms of, followed through every other definition whatever their order.

    ``h = k + 1`` listed before ``k = x²`` makes ``h`` depend on ``x``: recorded in order, ``k``
    was not yet a name when ``h`` was read, and a derivative in ``x`` held ``h`` constant.
    """
    raw: dict = {}
    for relation in relations:
        relation = sympy.sympify(relation)
        if isinstance(relation, sympy.Eq) and isinstance(relation.lhs, sympy.Symbol) \
                and relation.lhs not in parameters and relation.lhs not in raw:
            raw[relation.lhs] = relation.rhs.free_symbols
    closed = {name: {s for s in rhs if s in parameters} for name, rhs in raw.items()}
    changed = True
    while changed:  # a fixed point: chains of any length, in any order, cycles included
        changed = False
        for name, rhs in raw.items():
            grown = closed[name].union(*(closed[s] for s in rhs if s in closed))
            if grown != closed[name]:
                closed[name], changed = grown, True
    return {name: frozenset(params) for name, params in closed.items()}


def dependent_names(var: Any, expr: Any, depends: Mapping[Any, frozenset]) -> list:
    """Names in ``expr`` whose definitions involve ``var`` (SymPy would hold them constant)."""
    expr = sympy.sympify(expr)
    return sorted((s for s in expr.free_symbols if var in depends.get(s, ())), key=str)


def pinning_condition(var: Any, constraints: Iterable[Constraint], rhs: Any,
                      depends: Mapping[Any, frozenset], lhs: Any = None) -> Constraint | None:
    """A condition that keeps ``var`` from varying with the rest of ``rhs`` held fixed, or None.

    Only equations pin (an inequality leaves an open set). Two tests, either refuses:

    * each equation involving ``var`` needs its own variable, other than ``var``, that
      ``rhs`` does not contain (the left-hand side ``lhs`` may be it): moving those keeps
      every equation true while ``var`` varies (a matching);
    * following the chain: an equation whose variables are all fixed (in ``rhs``) or
      determined but one determines that one (``y = 2`` determines y; then ``x = y + 1``
      determines x). ``var`` determined so is pinned, whatever the first test found.
    """
    used = effective_symbols(rhs, depends) if rhs is not None else set()
    equations = sorted((c for c in set(constraints) if c.is_equation), key=lambda c: c.source)
    involved = [c for c in equations if var in c.variables]
    options = {c: [w for w in sorted(c.variables, key=str) if w != var and (w not in used or w == lhs)]
               for c in involved}
    for c in involved:
        if not options[c]:
            return c
    # Distinct free variables for the conditions: a small bipartite matching.
    match: dict[Any, Constraint] = {}

    def assign(c: Constraint, seen: set) -> bool:
        for w in options[c]:
            if w in seen:
                continue
            seen.add(w)
            if w not in match or assign(match[w], seen):
                match[w] = c
                return True
        return False

    for c in involved:
        if not assign(c, set()):
            return c
    fixed = {w for w in used if w not in (var, lhs)}
    return _determined_through_chain(var, equations, fixed) or _determined_linearly(var, equations, fixed)


def _determines(c: Constraint, w: Any) -> bool:
    """Whether the equation ``c``, with its other variables fixed, leaves ``w`` isolated values.

    A non-constant analytic function of ``w`` has isolated zeros: ``y = 2``, ``x = y + 1``,
    ``sin y = 1/2`` determine. An identity in ``w`` (its derivative in ``w`` reduces to 0)
    does not, nor does an equation holding ``w`` where it is not analytic — a bound of a sum
    or an integral, the argument of a name (``linearity: ∫ Σ_{j<k} … = Σ_{j<k} ∫ …``, true for
    every k): those are not counted as determining.
    """
    relation = c.relation
    if not isinstance(relation, sympy.Eq):
        return not _open(relation)
    expr = relation.lhs - relation.rhs
    for node in expr.atoms(sympy.Sum, sympy.Product, sympy.Integral):
        if any(b.has(w) for limit in node.limits for b in limit[1:]):
            return False
    if any(a.has(w) for a in expr.atoms(sympy.core.function.AppliedUndef, sympy.Derivative, sympy.Subs)):
        return False
    try:
        return sympy.simplify(sympy.diff(expr, w)) != 0
    except Exception:  # noqa: BLE001 - SymPy failing on a premise: count it as determining (refuse more)
        return True


def _determined_linearly(var: Any, equations: list, fixed: set) -> Constraint | None:
    """The equation on ``var`` that, with the other linear equations, determines it, or None.

    The equations linear in the variables not held fixed (``x = y + z``, ``y + z = 2``) are
    solved together: if their solution leaves ``var`` no free parameter, those equations alone
    fix it, whatever the others say (a subset that determines ``var`` suffices).
    """
    linear, unknowns = [], set()
    for c in equations:
        if not isinstance(c.relation, sympy.Eq):
            continue
        expr = c.relation.lhs - c.relation.rhs
        gens = sorted((w for w in c.variables if w not in fixed and expr.has(w)), key=str)
        if not gens:
            continue
        try:
            if sympy.Poly(expr, *gens).total_degree() != 1:
                continue
        except (sympy.PolynomialError, sympy.GeneratorsNeeded, TypeError, ValueError):
            continue
        linear.append((c, expr))
        unknowns |= set(gens)
    if var not in unknowns:
        return None
    order = sorted(unknowns, key=str)
    try:
        solution = sympy.linsolve([e for _, e in linear], order)
    except (TypeError, ValueError, NotImplementedError):
        return None
    if not isinstance(solution, sympy.FiniteSet) or len(solution) != 1:
        return None
    value = dict(zip(order, next(iter(solution))))[var]
    if sympy.sympify(value).free_symbols & unknowns:
        return None
    first = next(c for c, _ in linear if var in c.variables)
    return Constraint(first.source, first.variables, first.relation,
                      tuple(sorted(c.source for c, _ in linear if c.source != first.source)))


def _determined_through_chain(var: Any, equations: list, fixed: set) -> Constraint | None:
    """The equation that determines ``var`` from the fixed variables through a chain of equations, or None."""
    by: dict[Any, Constraint] = {}
    grew = True
    while grew and var not in by:
        grew = False
        for c in equations:
            unknown = [w for w in c.variables if w not in fixed and w not in by]
            if len(unknown) == 1 and _determines(c, unknown[0]):
                by[unknown[0]] = c
                grew = True
    if var not in by:
        return None
    # The sources the determination rests on, for the message.
    chain, todo, seen = [], [var], set()
    while todo:
        c = by[todo.pop()]
        if c.source in seen:
            continue
        seen.add(c.source)
        chain.append(c.source)
        todo += [w for w in c.variables if w in by and by[w].source not in seen]
    first = by[var]
    return Constraint(first.source, first.variables, first.relation, tuple(sorted(chain[1:])))


def describe_constraint(var: Any, c: Constraint) -> str:
    """Why ``var`` cannot vary, in words."""
    others = sorted(str(s) for s in c.variables if s != var)
    if c.chain:
        return (f"premise {c.source!r} together with {', '.join(map(repr, c.chain))}, which pin {var} "
                f"(the conditions leave it no open set)")
    if not others:
        return f"premise {c.source!r}, which pins {var}"
    return (f"premise {c.source!r}, which ties {var} to {', '.join(others)} (and the form keeps "
            f"{'it' if len(others) == 1 else 'each of them'} fixed)")
