"""Contexts of judgments: the conditions a form rests on, and what its names depend on.

Every form in a chain is a judgment ``Γ ⊢ φ``. ``Γ`` holds the premises and named steps the form was
derived from; among them, the *conditions* — premises that are not the definition of a new name, such
as ``x = 3``, ``y = x``, ``C = 6ND``, or a name defined a second time (``f = x²`` then ``f = 4``) —
restrict the parameters to a solution set. A form derived under a condition holds on that set only.

An operation in a variable ``v`` (differentiate, integrate, take a limit or a series, specialize)
holds every other symbol of the form fixed, so it is valid only if ``φ`` holds on an open set of ``v``:

* every equation involving ``v`` must be satisfiable by moving some *other* variable of it
  that the form's right-hand side does not contain (a chart in which ``v`` is free); an
  equation on ``v`` alone (``x = 3``) pins it, different equations need different such
  variables, and a chain of equations pins ``v`` too (``y = 2`` and ``x = y + 1`` pin x)
  (:func:`pinning_condition`); an inequality (``x > 1``) restricts ``v`` to an open set and
  pins nothing — a specialization must satisfy it (``verify.judgments``);
* no name the right-hand side uses may be defined in terms of ``v`` (:func:`dependent_names`).

>>> import sympy
>>> x, y = sympy.symbols("x y", real=True)
>>> c = premise_constraints("tie", sympy.Eq(y, x), {x, y}, {})
>>> pinning_condition(y, c, sympy.Integer(2) * x, {}).source
'tie'
>>> pinning_condition(x, c, sympy.Integer(2) * x, {}) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace as _replace
from typing import Any, Iterable, Mapping

import sympy
from sympy.core.function import AppliedUndef

from ._budget import TACTIC_SECONDS, within
from ._definitions import TIED_AT_SEVERAL, _plain, body_at, defining_premises, name_key as _key, operator_value
from ._eliminated import at_eliminated, eliminations
from ._fixed_values import at_fixed_values, fixed_values
from ._holders import discrete_holders, lazy_holders
from ._search_region import name_signs, region_at

__all__ = ["Constraint", "premise_constraints", "effective_symbols", "name_dependencies", "premise_dependencies",
           "premise_definitions", "defining_premises", "dependent_names", "pinning_condition", "describe_constraint"]


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
    #: The variables that can keep the condition true while another moves (None: every one;
    #: see :mod:`derivations._holders`), and the condition as an expression = 0, names read through.
    holders: Any = field(default=None, compare=False)
    condition: Any = field(default=None, compare=False)
    #: The integer and choice parameters among the holders (they hold only a variable moving in steps).
    discrete: frozenset = field(default=frozenset(), compare=False)
    #: Why none of the other variables can follow the one operated in (set where it pins; for the message).
    why: str = field(default="", compare=False)

    @property
    def is_equation(self) -> bool:
        """Whether the condition can pin: an equation (or an unknown relation), not an inequality."""
        return not _open(self.relation)


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
    relations = [sympy.sympify(r) for r in relations]
    return {_key(r.lhs): (r.lhs, r.rhs) for r, defines in zip(relations, defining_premises(relations, parameters))
            if defines}


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
                        names: Mapping | None = None, domains: Mapping | None = None,
                        defines: bool | None = None, ties: Iterable[Any] = ()) -> frozenset:
    """The conditions a premise brings; ``definitions`` (name key → right-hand side) is updated.

    A definition of a new name is no condition. Any other premise is one, on the parameters
    in it — and, for a second definition of a name, on those of the first definition too. A
    name anywhere in a condition stands for its definition (``names``, see
    :func:`premise_definitions`): ``z = e^x`` makes ``2z = 6`` a condition on ``x``, and ``z = e^x w``
    with ``w = 1`` makes ``z = 3`` one on ``x`` alone, not one that ``w`` can hold while ``x``
    moves. A parameter the condition does not depend on on ``domains`` is dropped
    (:func:`_absent_from`); which of the others can hold it is :mod:`derivations._holders`'.
    ``defines`` (:func:`defining_premises`) says whether the premise is a definition; by
    default, whether it is the first premise with its name on the left. ``ties``: the other equations
    (:func:`derivations._definitions.body_at` reads a function's definition at other arguments through them).
    """
    from ._rules import is_name
    relation = sympy.sympify(relation)
    lhs = getattr(relation, "lhs", None)
    unread = False
    if isinstance(relation, sympy.Eq) and (is_name(lhs, parameters) or isinstance(lhs, sympy.MatrixSymbol)):
        key = _key(lhs)
        if defines if defines is not None else key not in definitions:
            definitions[key] = (lhs, relation.rhs)
            return frozenset()
    table = names if names is not None else definitions
    involved = {s for s in relation.free_symbols if s in parameters}
    condition: Any = None
    operator_on_name = lhs is not None and operator_value(relation, parameters) and _key(lhs) in table \
        and _plain(table[_key(lhs)][0])
    if lhs is not None and _key(lhs) in definitions and not operator_on_name:
        first_lhs, first_rhs = definitions[_key(lhs)]
        rhs = sympy.sympify(first_rhs)
        if isinstance(first_lhs, sympy.core.function.AppliedUndef) and isinstance(lhs, sympy.core.function.AppliedUndef) \
                and lhs.func == first_lhs.func:
            read = body_at(first_lhs, rhs, lhs.args, ties, domains)  # else as written
            # review 28: tan h = N ties h to N at many values; the body there is unknown, no variable holds it
            unread = read is TIED_AT_SEVERAL
            rhs = rhs.xreplace(dict(zip(first_lhs.args, lhs.args))) if read is None or unread else read
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
                # an unknown function no premise defines (y(x) on x² + y(x)² = R²): implicit differentiation
                involved |= {a for a in expanded.atoms(sympy.core.function.AppliedUndef) if a.func not in table}
    holders = None
    if isinstance(condition, sympy.Expr):
        # reviews 21, 22: a name declared with a sign, nonzero or whole holds only where its definition is so
        written = _difference(relation.lhs, relation.rhs) if isinstance(relation, sympy.Eq) else None
        signs = name_signs(written if isinstance(written, sympy.Expr) else condition, table, parameters,
                           lambda e, skip: _through_definitions(e, table, skip))
        condition = _explicit(_through_definitions(condition, table, None))
        involved |= {s for s in condition.free_symbols if s in parameters}
        if len(involved) > 1:
            involved -= _absent_from(condition, involved, parameters, domains)
            holders = frozenset() if unread else lazy_holders(condition, involved, parameters, domains, signs)
    if not involved:
        return frozenset()
    discrete = discrete_holders(holders if holders is not None else frozenset(involved), domains)
    return frozenset({Constraint(name, frozenset(involved), relation, holders=holders,
                                 condition=condition if isinstance(condition, sympy.Expr) else None,
                                 discrete=discrete)})


def _difference(a: Any, b: Any) -> Any:
    try:
        return sympy.sympify(a) - sympy.sympify(b)
    except (TypeError, ValueError, AttributeError):  # matrices, relations of other kinds: as they are
        return None


def _explicit(expr: Any) -> Any:
    """``expr`` with each derivative of an explicit expression (no name left in it) taken."""
    try:
        return expr.replace(lambda e: isinstance(e, sympy.Derivative) and not e.has(AppliedUndef), lambda e: e.doit())
    except Exception:  # noqa: BLE001 - SymPy failing on a premise: as written
        return expr


def _absent_from(condition: Any, involved: set, parameters: Any, domains: Mapping | None = None) -> set:
    """The parameters of ``involved`` that ``condition`` (= 0) does not depend on.

    ``e^x (sin²y + cos²y) = 3`` names y but pins x alone: counted as a variable that can move,
    y let x vary while the condition held. Only an explicit condition (parameters, numbers
    and functions of them) is read: a parameter is dropped whose derivative SymPy reduces to 0
    (simplified where no domains are given). Where domains are given, which of the others can
    hold the condition is measured on its zero set (:mod:`derivations._holders`, review 14: a
    slope measured anywhere said ``y`` held ``(x − ½)(1 + y²) = 0``).
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
            if domains:  # which variables move where it holds is the holders' search (derivations._holders)
                if slope == 0:
                    absent.add(w)
            elif within(TACTIC_SECONDS, lambda: sympy.simplify(slope)) == 0:
                absent.add(w)
        except Exception:  # noqa: BLE001 - undecided: w may move (as if it did)
            continue
    return absent


def name_dependencies(relation: Any, parameters: Any, depends: dict, defines: Any = None) -> None:
    """Record what a defined name (a plain symbol on the left) is defined in terms of: its right side
    and, for a fresh name a step defines, what it stands for (``defines``: ``A = 9`` written for
    ``f|_{x=3}`` depends on ``f``'s other parameters; review 19)."""
    relation = sympy.sympify(relation)
    if not isinstance(relation, sympy.Eq):
        return
    lhs = relation.lhs
    if isinstance(lhs, sympy.Symbol) and lhs not in parameters and lhs not in depends:
        found = effective_symbols(relation.rhs, depends)
        if defines is not None and defines != lhs:
            found = set(found) | set(effective_symbols(defines, depends))
        depends[lhs] = frozenset(s for s in found if s in parameters)


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
                      depends: Mapping[Any, frozenset], lhs: Any = None, continuous: bool = False,
                      region: tuple = ()) -> Constraint | None:
    """A condition that keeps ``var`` from varying with the rest of ``rhs`` held fixed, or None.

    Only equations pin (an inequality leaves an open set). Two tests, either refuses:

    * each equation involving ``var`` needs its own variable, other than ``var``, that
      ``rhs`` does not contain (the left-hand side ``lhs`` may be it): moving those keeps
      every equation true while ``var`` varies (a matching);
    * following the chain: an equation whose variables are all fixed (in ``rhs``) or
      determined but one determines that one (``y = 2`` determines y; then ``x = y + 1``
      determines x). ``var`` determined so is pinned, whatever the first test found.

    ``continuous``: ``var`` moves continuously (a derivative, an integral, a series, a limit in a
    real variable): an integer or a choice cannot follow it (:mod:`derivations._holders`).
    """
    used = effective_symbols(rhs, depends) if rhs is not None else set()
    equations = sorted((c for c in set(constraints) if c.is_equation), key=lambda c: c.source)
    # where other premises fix a variable (z = 2), it holds nothing and the others are searched there
    known = fixed_values(equations, moving=var)
    subs, tied, ties = eliminations((c for c in equations if c.is_equation), var, used)  # review 24: y − z = 1/10
    involved = [c for c in (at_eliminated(at_fixed_values(c, known), subs, tied, ties) for c in equations
                            if var in c.variables) if var in c.variables]
    candidates = {c: [w for w in sorted(c.variables, key=str)
                      if w != var and (w not in used or w == lhs) and not (continuous and w in c.discrete)]
                  for c in involved}
    searched: dict = {}

    def can_hold(c: Constraint, w: Any) -> bool:
        # a holder's search costs up to seconds: asked only when the matching reaches the pair
        if (c, w) not in searched:  # where the other equations of the context can hold too (review 22)
            others = tuple(("solvable", o.condition) for o in equations if o is not c
                           and isinstance(o.condition, sympy.Expr))
            at = {**{u: v for u, (v, _) in known.items()}, **subs}  # the values other premises fix (review 24)
            searched[c, w] = _can_hold(c, w, used - {var}, region_at(tuple(region) + others, at) + tied)
        return searched[c, w]

    for c in involved:
        if not any(can_hold(c, w) for w in candidates[c]):
            return _with_reasons(c, var, used, lhs, continuous)
    # Distinct free variables for the conditions: a small bipartite matching.
    match: dict[Any, Constraint] = {}

    def assign(c: Constraint, seen: set) -> bool:
        for w in candidates[c]:
            if w in seen or not can_hold(c, w):
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


def _with_reasons(c: Constraint, var: Any, used: set, lhs: Any, continuous: bool) -> Constraint:
    """``c`` with why each of its other variables cannot follow ``var``, for the message."""
    reasons = []
    for w in sorted((w for w in c.variables if w != var), key=str):
        if w in used and w != lhs:
            reasons.append(f"the form keeps {w} fixed")
        elif continuous and w in c.discrete:
            reasons.append(f"{w} moves in steps")
        elif _can_hold(c, w, frozenset()):
            fixed = sorted(str(v) for v in used if v != var and v in getattr(c.holders, "involved", ()))
            reasons.append(f"{w} follows it only at some values of {', '.join(fixed)}" if fixed else
                           f"{w} cannot keep it true")
        else:
            reasons.append(f"{w} cannot keep it true while {var} moves")
    if all(r.startswith("the form keeps") for r in reasons):
        return c  # a tie the form holds fixed: said as such (describe_constraint)
    return _replace(c, why="; ".join(reasons))


def _can_hold(c: Constraint, w: Any, used: set, region: tuple = ()) -> bool:
    """Whether ``w`` can keep ``c`` true while another variable moves, at every value of the variables the
    form holds fixed (``used``) where ``c`` can hold (:meth:`derivations._holders.Holders.holds`)."""
    if c.holders is None:
        return True
    holds = getattr(c.holders, "holds", None)
    return holds(w, fixed=frozenset(used), region=tuple(region)) if holds is not None else w in c.holders


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
        # the condition with its names read through (r = R with r = √(x² + y² + z²) is not linear in R alone)
        expr = c.condition if c.condition is not None else c.relation.lhs - c.relation.rhs
        gens = sorted((w for w in c.variables if w not in fixed and expr.has(w)), key=str)
        if not gens:
            continue
        try:
            if sympy.Poly(expr, *gens).total_degree() != 1:
                continue
        except (sympy.polys.polyerrors.BasePolynomialError, TypeError, ValueError):
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
    if c.why:
        return f"premise {c.source!r}, which pins {var} ({c.why})"
    stuck = sorted(str(w) for w in c.variables if w != var and (c.holders is not None and w not in c.holders
                                                                  or w in c.discrete))
    if stuck == others:  # none of them can follow var (derivations._holders)
        return (f"premise {c.source!r}, which pins {var}: {', '.join(stuck)} cannot keep it true while {var} moves "
                f"(an integer or a choice moves in steps; a real variable counts where it moves the condition's "
                f"zero set)")
    return (f"premise {c.source!r}, which ties {var} to {', '.join(others)} (and the form keeps "
            f"{'it' if len(others) == 1 else 'each of them'} fixed)")
