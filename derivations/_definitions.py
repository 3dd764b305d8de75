"""Names the premises define: their first definitions, and forms with the names written out.

A premise whose left-hand side is a name (a plain symbol that is not a parameter, an undefined
function applied to symbols, a matrix symbol) defines it, the first time; a later premise on
the same name is a condition (:mod:`derivations._context`). The kernel reads a form that uses
a defined name through its definition (``verify.premises``, ``verify.checker``), and a derived
value evaluates through it (:meth:`derivations.Derivation.evaluate`).

A form speaks at the values its chain gave parameters (:func:`chain_values`: ``Substitute``
literals, ``Ref`` targets and ``using=`` equations, composed along the chain), and a name in it
means its value there: ``p = mv`` is ``3m`` in a result derived at ``v = 3``.

>>> import sympy
>>> x, L0 = sympy.symbols("x L0", positive=True)
>>> L = sympy.Function("L")
>>> expand_names(L(2 * x) + 1, {L: (L(x), L0 * x)})
2*L0*x + 1
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import sympy

from ._budget import OutOfTime
from ._rules import is_name

__all__ = ["body_at", "chain_values", "defining_premises", "expand_names", "first_definitions", "name_key",
           "operator_value", "literal_values",
           "read_at", "specialised_chains", "step_values"]


def first_definitions(derivation: Any, context: frozenset | None = None, *,
                      first_of_all: bool = False) -> tuple[dict, list]:
    """First definitions of names (plain symbols and undefined functions), keyed by the name (a
    function by its head), and the conditions, among the premises in ``context`` (all of them by
    default: then, for the derived value, the definitions are read at the values the result's
    chain gave parameters it is not evaluated in, see :func:`_result_values`). ``first_of_all``:
    a name's first definition is the first among all the premises, in ``context`` or not, so that
    a second one in it (``z = 1/2`` after an unused ``z = cosh x``) is still a condition."""
    params = {p.symbol for p in derivation.symbols}
    defs: dict = {}
    conditions = []
    at = _result_values(derivation) if context is None else {}
    # over all the premises: an operator on a name defined elsewhere, or a definition closing a
    # cycle, is a condition (review 14); a context alone keeps its first definitions as before
    defining = defining_premises([p.expr for p in derivation.premises], params) \
        if context is None or first_of_all else [True] * len(derivation.premises)
    for p, may_define in zip(derivation.premises, defining):
        if context is not None and p.name not in context and not first_of_all:
            continue
        rel = p.expr
        lhs = getattr(rel, "lhs", None)
        key = lhs.func if isinstance(lhs, sympy.core.function.AppliedUndef) else lhs
        if may_define and isinstance(rel, sympy.Eq) and (is_name(lhs, params) or isinstance(lhs, sympy.MatrixSymbol)) \
                and key not in defs:
            defs[key] = (lhs, rel.rhs)
            continue
        if context is None or p.name in context:
            conditions.append((p.name, rel))
    return (read_at(defs, at) if at else defs), conditions


def name_key(name: Any) -> Any:
    """What identifies a name: a plain symbol, or the function of an applied undefined function;
    an operator applied to a name (``d L/dN``, ``lim L``) is identified by that name, whose
    definition already determines it."""
    while isinstance(name, (sympy.Derivative, sympy.Limit, sympy.Subs, sympy.Integral)):
        name = name.args[0]
    return name.func if isinstance(name, sympy.core.function.AppliedUndef) else name


def _plain(lhs: Any) -> bool:
    return isinstance(lhs, (sympy.Symbol, sympy.core.function.AppliedUndef, sympy.MatrixSymbol))


def _names_in(expr: Any, parameters: Any) -> set:
    expr = sympy.sympify(expr)
    return ({s for s in expr.free_symbols if s not in parameters}
            | {a.func for a in expr.atoms(sympy.core.function.AppliedUndef)})


def operator_value(relation: Any, parameters: Any) -> bool:
    """Whether ``relation`` gives a value to an operator applied to a name (``∂h/∂x = 2``, ``lim h = 1``):
    where the name is defined itself, that is a condition on what it is defined as. A statement
    relating two operations on the name (``lim ∫ g = ∫ lim g``) is not read so: it is no value."""
    lhs = getattr(relation, "lhs", None)
    if lhs is None or _plain(lhs):
        return False
    key = name_key(lhs)
    try:  # a name that cancels (h + 2 − h written unevaluated) is no dependence on it (review 15)
        rhs = sympy.expand(sympy.sympify(relation.rhs).doit(deep=False))
    except Exception:  # noqa: BLE001 - as written
        rhs = relation.rhs
    return key not in _names_in(rhs, parameters)


def defining_premises(relations: Iterable[Any], parameters: Any) -> list[bool]:
    """For each premise, whether it defines a name: the first premise with the name alone on the
    left, unless (review 14)

    * a value of an operator applied to a name (``∂h/∂x = 2``) where a premise defines the name itself
      (``h = x² + y²``, listed before or after): the premise is a condition on what ``h`` is
      (:func:`operator_value`);
    * the definition closes a cycle through other definitions (``a = b + 1`` then ``b = a + 1``):
      the later one is an equation to prove, not a second way of naming.
    """
    relations = [sympy.sympify(r) for r in relations]
    plain = {name_key(r.lhs) for r in relations if isinstance(r, sympy.Eq) and _plain(r.lhs) and is_name(r.lhs, parameters)}
    mentions: dict = {}
    out = []
    for r in relations:
        lhs = getattr(r, "lhs", None)
        if not (isinstance(r, sympy.Eq) and (is_name(lhs, parameters) or isinstance(lhs, sympy.MatrixSymbol))):
            out.append(False)
            continue
        key = name_key(lhs)
        if key in mentions or (key in plain and operator_value(r, parameters)):
            out.append(False)
            continue
        uses = _names_in(r.rhs, parameters) - {key}
        seen, todo = set(), list(uses)
        while todo:  # does a name this one is defined through lead back to it?
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo += list(mentions.get(n, ()))
        if key in seen:
            out.append(False)
            continue
        mentions[key] = uses
        out.append(True)
    return out


def read_at(defs: Mapping, values: Mapping) -> dict:
    """The definitions read at ``values``: a plain name means its value there; a function's
    arguments say where it is read (kept); a definition through an operator in a specialised
    variable is dropped (the name stays a name: substituting inside a binder is not reading it)."""
    binders = (sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product, sympy.Limit, sympy.Subs, sympy.Lambda)
    out = {}
    for k, (lhs, rhs) in defs.items():
        rhs = sympy.sympify(rhs)
        if isinstance(lhs, sympy.core.function.AppliedUndef) or (rhs.has(*binders) and not rhs.free_symbols & set(values)):
            out[k] = (lhs, rhs)  # a bound variable is not the parameter: nothing to read there
        elif not rhs.has(*binders):
            out[k] = (lhs, rhs.xreplace(values))
    return out


def _result_values(derivation: Any) -> dict:
    """The values the derived result's chain gave parameters that are not evaluated ones (``v``
    after ``Substitute(using="speed")`` with ``speed: v = 3``): the derived value is read there.
    An evaluated parameter is left to its argument: the values are used only where the
    evaluation would otherwise stop at a parameter it is not given."""
    outcomes, _, after, _ = specialised_chains(derivation)
    chosen = [i for i, o in enumerate(outcomes)
              if getattr(derivation, "result_step", None) is None or o.rule.name == derivation.result_step]
    if not chosen:
        return {}
    evaluated = {p.symbol for p in derivation.symbols if p.name in tuple(getattr(derivation, "parameters", ()) or ())}
    return {k: v for k, v in after[chosen[-1]].items() if k not in evaluated}


# -- the values a chain speaks at -------------------------------------------------------------

def _as_value(value: Any) -> Any | None:
    try:
        value = sympy.sympify(value)
    except (sympy.SympifyError, TypeError):
        return None
    return value if isinstance(value, sympy.Expr) else None


def _equation_value(eq: Any, key: Any) -> Any | None:
    """What the equation ``eq`` says ``key`` equals (its other side), or None."""
    if not isinstance(eq, sympy.Eq):
        return None
    if eq.lhs == key:
        return _as_value(eq.rhs)
    if eq.rhs == key:
        return _as_value(eq.lhs)
    return None


def step_values(rule: Any, params: set, references: Mapping[str, Any] | None = None, *,
                literal: bool = False) -> dict:
    """The values a rule gives declared parameters: a ``Substitute``'s literal mapping values,
    what its ``Ref`` targets say (``references``: the forms it reads, by name), and the equation
    it substitutes ``using=`` when that equation's left-hand side is a parameter (the rule
    replaces the left-hand side by the right). None for any other rule. ``literal``: the
    literal values only."""
    mapping = getattr(rule, "mapping", None)
    if not isinstance(mapping, Mapping):
        return {}
    references = references or {}
    out = {}
    using = None if literal else getattr(rule, "using", None)
    if using and using in references:
        eq = references[using]
        if isinstance(eq, sympy.Eq) and eq.lhs in params:
            value = _as_value(eq.rhs)
            if value is not None:
                out[eq.lhs] = value
    for key, value in mapping.items():
        if key not in params:
            continue
        name = getattr(value, "name", None)
        if type(value).__name__ == "Ref" and isinstance(name, str):
            if literal:
                continue
            value = _equation_value(references.get(name), key)
        else:
            value = _as_value(value)
        if value is not None:
            out[key] = value
    return out


def literal_values(rule: Any, params: set) -> dict:
    """The values a ``Substitute``'s mapping gives parameters as literals (not through a ``Ref``
    or ``using=``): values no premise states, so the premises must be solved again with them."""
    return step_values(rule, params, None, literal=True)


def specialised_chains(derivation: Any) -> tuple[list, list[dict], list[dict], list[bool]]:
    """The replayed outcomes, the values each step's INPUT speaks at, those its OUTPUT speaks
    at, and whether a literal value (:func:`literal_values`) is among the latter: the values given
    along its chain (the input named by ``on=``, else the step before), composed (``a → b`` then
    ``b → 1/4`` is ``a = b = 1/4``). Empty for a broken chain."""
    try:
        outcomes = list(derivation.replay())
    except Exception:  # noqa: BLE001 - a broken chain is reported by the steps
        return [], [], [], []
    # Computed once per replay (the kernel asks at every step): kept beside the replayed outcomes.
    memo = getattr(derivation, "__dict__", {}).get("_specialised_chains")
    if memo is not None and len(memo[0]) == len(outcomes) and all(a is b for a, b in zip(memo[0], outcomes)):
        return memo
    chains = _compose(derivation, outcomes)
    if hasattr(derivation, "__dict__"):
        derivation.__dict__["_specialised_chains"] = chains
    return chains


def _compose(derivation: Any, outcomes: list) -> tuple[list, list[dict], list[dict], list[bool]]:
    params = {p.symbol for p in derivation.symbols}
    named: dict[str, int] = {}
    inputs: list[dict] = []
    outputs: list[dict] = []
    literal: list[bool] = []
    for i, o in enumerate(outcomes):
        on = getattr(o.rule, "on", None)
        source = named.get(on) if on else (i - 1 if i > 0 else None)
        before = outputs[source] if source is not None else {}
        given = step_values(o.rule, params, getattr(o, "references", None))
        after = {k: v.xreplace(given) for k, v in before.items()}
        # A parameter already fixed keeps its first value (the kernel refuses a second one).
        after.update({k: v for k, v in given.items() if k not in after})
        inputs.append(before)
        outputs.append(after)
        literal.append(bool(literal_values(o.rule, params)) or (source is not None and literal[source]))
        name = getattr(o.rule, "name", None)
        if name:
            named[name] = i
    return outcomes, inputs, outputs, literal


def chain_values(derivation: Any) -> list[dict]:
    """For each step, in order, the values its OUTPUT speaks at (see :func:`specialised_chains`)."""
    return specialised_chains(derivation)[2]


def expand_names(expr: Any, defs: Mapping) -> Any:
    """``expr`` with defined names replaced by their definitions, to a fixed point."""
    expr = sympy.sympify(expr)
    for _ in range(8):
        sub = {}
        for atom in expr.atoms(sympy.Symbol, sympy.MatrixSymbol):
            if atom in defs and not isinstance(defs[atom][0], sympy.core.function.AppliedUndef):
                sub[atom] = defs[atom][1]
        for call in expr.atoms(sympy.core.function.AppliedUndef):
            if call.func in defs:
                lhs, rhs = defs[call.func]
                if isinstance(lhs, sympy.core.function.AppliedUndef) and all(a.is_Symbol for a in lhs.args):
                    sub[call] = sympy.sympify(rhs).xreplace(dict(zip(lhs.args, call.args)))
        if not sub:
            break
        expr = expr.xreplace(sub)
    dets = {d: d.doit() for d in expr.atoms(sympy.Determinant) if isinstance(d.arg, sympy.MatrixBase)}
    return expr.xreplace(dets) if dets else expr


class _TiedAtSeveral:
    """What :func:`body_at` returns where a tie moves a variable of the body with the argument and is not
    shown to do so at one value only: the definition at another argument is not known."""

    def __repr__(self) -> str:
        return "TIED_AT_SEVERAL"


TIED_AT_SEVERAL = _TiedAtSeveral()


def body_at(lhs: Any, body: Any, args: Any, ties: Iterable[Any] = (), domains: Mapping | None = None) -> Any:
    """A function's definition ``lhs = body`` (``E(N) = h²/(6ℓ²)``) read at other arguments ``args``, or
    None where it cannot be: a variable of the body that another premise among ``ties`` (equations) ties
    to an argument (``N = (L/h)^d``) is the value at that argument, so it is solved for first
    (``h = L N^{−1/d}``), and left unread where it has not one solution shown the only one (a tie monotone
    in the variable) and inside its domain (``domains``; reviews 27, 28: ``tan h = N`` is not ``h = atan N``)
    (review 26: the spacing at ``N_c`` is not the spacing at ``N``). Where a tie moves the variable with
    the argument but is not solved so (no root shown the only one inside the domain, a tie SymPy cannot
    solve, a chain of equations between them: reviews 28, 33), :data:`TIED_AT_SEVERAL`.

    >>> import sympy
    >>> N, Nc, L, h, l, d = sympy.symbols("N N_c L h ell d", positive=True)
    >>> E = sympy.Function("E")
    >>> body_at(E(N), h**2 / (6 * l**2), (Nc,), [sympy.Eq(N, (L / h)**d)])
    L**2/(6*N_c**(2/d)*ell**2)
    >>> from derivations import Real
    >>> body_at(E(N), h, (Nc,), [sympy.Eq(sympy.tan(h), N)], {h: Real(2, 4)})
    TIED_AT_SEVERAL
    >>> body_at(E(N), h, (Nc,), [sympy.Eq(sympy.tan(h), N)], {h: Real(0, None)})
    TIED_AT_SEVERAL
    """
    params = tuple(lhs.args)
    if tuple(args) == params:
        return body
    pending = [t for t in ties if isinstance(t, sympy.Eq) and t.free_symbols & set(params)]
    while pending:  # until no tie reads a variable: one solved may bring in another (review 34: h = T − N, T = 2N)
        for tie in pending:
            read = _read_through(tie, body, params, domains or {})
            if read is TIED_AT_SEVERAL:
                return read
            if read != body:
                body = read
                pending.remove(tie)
                break
        else:
            break
    if _tied_through_a_chain(body, params, ties):
        return TIED_AT_SEVERAL
    return body.xreplace(dict(zip(params, args)))


def _read_through(tie: Any, body: Any, params: tuple, domains: Mapping) -> Any:
    """``body`` with the first of its variables that ``tie`` moves with the argument solved for (one
    equation, one variable: ``s = E N^α/A`` gives A), as it is where the tie moves none, or
    :data:`TIED_AT_SEVERAL` where it moves one and none is solved so."""
    tied = False
    for v in sorted(body.free_symbols & tie.free_symbols - set(params), key=str):
        if _factors_out(tie.lhs - tie.rhs, v) and _shown_outside(sympy.Integer(0), domains.get(v)):
            # v·g = 0 with v ≠ 0 on its domain (A(kN)^{−α} = A N^{−α}/2, A > 0): g = 0 is the condition, v is
            # free; where v = 0 is allowed, h(N − 1) = 0 gives h = 0 at N = 2 (review 34)
            continue
        try:
            roots = sympy.solve(tie, v)
        except OutOfTime:
            raise  # a budget ran out: undecided, never a reading of the definition as written
        except Exception:  # noqa: BLE001 - review 33: a tie SymPy cannot solve (N = h + atan h) still ties h
            tied = True
            continue
        domain = domains.get(v)
        inside = [r for r in roots if not _shown_outside(r, domain)]
        if roots and not inside:
            continue  # every root outside v's domain: the tie holds at no value of v
        if len(inside) == 1 and _shown_inside(inside[0], domain) and _one_root(tie.lhs - tie.rhs, v):
            return body.xreplace({v: inside[0]})  # v's value at the argument (h = L N^{−1/d})
        if inside and not any(_shown_inside(r, domain) or sympy.sympify(r).free_symbols & set(params)
                              for r in inside):
            continue  # a value not moving with the argument, and not shown in v's domain (α = log 2/log k)
        # review 28: tan h = N has atan N in h > 0, and π/4 + kπ besides; review 33: N = h⁵ + h, whose root
        # SymPy does not give ([]), or N = h³ + h, whose three are not shown inside; review 34: h(N − 1) = 0
        # gives h = 0 at N = 2, though not at N = 1
        tied = True
    return TIED_AT_SEVERAL if tied else body


def _factors_out(g: Any, v: Any) -> bool:
    """Whether ``g`` is a power of ``v`` times a factor free of ``v``."""
    try:
        rest = sympy.factor_terms(g).as_independent(v, as_Add=False)[1]
    except Exception:  # noqa: BLE001 - not shown
        return False
    return rest.is_Pow and rest.base == v or rest == v


def _tied_through_a_chain(body: Any, params: tuple, ties: Iterable[Any]) -> bool:
    """Whether a variable of ``body`` meets an argument only through equations without it (review 33:
    ``T = 2N`` and ``h = √T`` tie h to N, and neither holds both): such a tie is not read."""
    free = [t for t in ties if isinstance(t, sympy.Eq) and not t.free_symbols & set(params)]
    reach = set(body.free_symbols) - set(params)
    seen: set = set()
    while reach - seen:
        s = (reach - seen).pop()
        seen.add(s)
        for t in free:
            if s in t.free_symbols:
                reach |= t.free_symbols
    grown = seen - body.free_symbols
    return any(t.free_symbols & set(params) and t.free_symbols & grown for t in ties if isinstance(t, sympy.Eq))


def _one_root(g: Any, v: Any) -> bool:
    """Whether ``g`` has at most one root in ``v``: no periodic, stepped or piecewise part (review 28:
    ``tan h = 1`` has ``π/4 + kπ`` for ``h > 0``, and SymPy's one root is the first), and a derivative SymPy
    shows of one sign wherever ``v``'s assumptions let it be (``N − (L/h)^d`` for positive ``L, h, d``)."""
    if g.has(sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc, sympy.Piecewise, sympy.Heaviside,
             sympy.floor, sympy.ceiling, sympy.Abs, sympy.sign, sympy.Mod):
        return False
    try:
        slope = sympy.simplify(sympy.diff(g, v))
    except OutOfTime:
        raise  # a budget ran out: undecided, never a reading of the definition as written
    except Exception:  # noqa: BLE001 - SymPy failing: not shown
        return False
    return bool(slope.is_positive or slope.is_negative)


def _gaps(value: Any, domain: Any) -> list[tuple[Any, bool]]:
    """``value``'s signed distance inside each end of a real ``domain`` (simplified by SymPy), with whether
    that end is open."""
    return [(sympy.simplify(sign * (value - end)), is_open)
            for end, sign, is_open in ((domain.lo_exact, 1, domain.lo_open), (domain.hi_exact, -1, domain.hi_open))
            if end is not None]


def _shown_outside(value: Any, domain: Any) -> bool:
    """Whether SymPy shows ``value`` outside ``domain`` (beyond an end, or on an open one)."""
    if getattr(domain, "kind", None) != "real":
        return False
    return any(gap.is_negative or (is_open and gap.is_zero) for gap, is_open in _gaps(value, domain))


def _shown_inside(value: Any, domain: Any) -> bool:
    """Whether SymPy shows ``value`` inside ``domain`` (a variable no domain is declared for: any value)."""
    if domain is None:
        return True
    if getattr(domain, "kind", None) != "real":
        return False
    return all(gap.is_positive if is_open else gap.is_nonnegative for gap, is_open in _gaps(value, domain))
    if getattr(domain, "kind", None) != "real":
        return False
    for end, sign, is_open in ((domain.lo_exact, 1, domain.lo_open), (domain.hi_exact, -1, domain.hi_open)):
        if end is not None:
            gap = sympy.simplify(sign * (value - end))
            if not (gap.is_positive if is_open else gap.is_nonnegative):
                return False
    return True
