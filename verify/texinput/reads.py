r"""What a ``\wcclaim`` reads: the derived forms its names stand for, and where it reads them.

Every name of a claim's formula the derivation defines (``f(0.5)``, ``I``, ``E'(3)``) stands for
what the kernel derived for it, and each is read only where it was derived:

* at a point of its parameters' domains, however the point is reached: a value after the comma,
  a call's argument even when it is computed (``f(f(0.5) + 2)`` reads f at 5/2), a derivative's
  point; an open end only at the centre of a truncated series that this very form went through;
* through a bound variable (``\int_2^3 f(a)\,da``, ``\sum_{k=2}^{3} f(k)``) only when the variable
  itself is the argument and its numeric range lies in the domain (an integral's ends may be
  open ends: they have measure zero); through a limit (``\lim_{a \to 1/2} f(a)``) only when the
  variable itself is the argument and it approaches a point of the domain from within it: any
  side at an interior point, from inside at an end (``a \to 0^+`` on (0, 1)), ∞ on an unbounded
  domain; any other bound read (``f(2k)``, a two-sided limit at an end) is refused;
* a truncated (≃) form only at its centre, where its exact form is continuous (⌈x⌉ about 0 has
  the limit 1 there but the value 0), and never under a derivative, an integral, a sum, a product
  or a limit: it is known only near its centre and only to its order.

A read that breaks a rule raises ``ValueError`` naming the form and the point: the claim fails
with that message, never reads a form where it was not derived.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy
from sympy.core.function import AppliedUndef

from derivations import Derivation

__all__ = ["Defined", "Names", "derived_names", "substitute_names"]

#: A read this deep into names defined through names stops (a cycle of definitions).
_MAX_DEPTH = 8

#: The operators that read a form away from one point, by what a message calls them.
_BINDERS = {sympy.Integral: "integrate", sympy.Sum: "sum", sympy.Product: "multiply"}
_NOUNS = {"integrate": "integral", "sum": "sum", "multiply": "product", "take a limit in": "limit"}


@dataclass(frozen=True)
class Defined:
    """One definition of a name: its arguments and derived value, where the chain specialised it
    (``fixed``: a ``Subs`` left-hand side, ``h`` at ``D = 3``) and, for a value that went through a
    truncated series (``≃``), that series' centres by variable name (empty for an exact value) and
    the exact form it approximates (``source``; None where a later step changed more than its form)."""

    args: tuple[Any, ...]
    value: Any
    fixed: tuple[tuple[Any, Any], ...] = ()
    centres: tuple[tuple[str, Any], ...] = ()
    source: Any = None


#: A name (a Symbol, an undefined function, or ``(function, ((argument index, order), ...))`` for a
#: derivative ``E'(v)``) -> its definitions, in chain order.
Names = dict[Any, list[Defined]]


def derivative_key(lhs: Any) -> tuple[Any, tuple[Any, ...]] | None:
    """``E'(v)`` -> ``(E, ((0, 1),))``: the function and which arguments it is differentiated in, how often."""
    if not (isinstance(lhs, sympy.Derivative) and isinstance(lhs.expr, AppliedUndef)):
        return None
    args = lhs.expr.args
    if not all(isinstance(a, sympy.Symbol) for a in args) or len(set(args)) != len(args):
        return None
    try:
        return lhs.expr.func, tuple((args.index(v), int(n)) for v, n in lhs.variable_count)
    except ValueError:  # differentiated in a symbol that is not an argument
        return None


def derived_names(d: Derivation) -> Names:
    """Every name the derivation defines -> its definitions (:class:`Defined`), in chain order.

    A premise defines its left-hand side; a step defines the left-hand side the author wrote
    with the right-hand side the rule derived (a declared symbol only when the step solved for
    it: ``t = \\sqrt{2H/g}``). The last definition is the name's value, except where a claim's
    values ask for the name off a point the chain specialised it at (:func:`chosen`). A step's
    series centres are those its own input went through (not every series of the derivation).
    """
    params = {p.symbol for p in d.symbols}
    everywhere = tuple(sorted({(str(sympy.sympify(s.var)), sympy.sympify(s.point)) for s in d.steps
                               if type(s).__name__ == "SeriesExpand"}, key=str))
    out: Names = {}

    def record(lhs: Any, rhs: Any, around: tuple[tuple[str, Any], ...] = (), source: Any = None,
               solved: bool = False) -> None:
        fixed: tuple[tuple[Any, Any], ...] = ()
        if isinstance(lhs, sympy.Subs):  # h at D = 3: the name h, as the chain specialised it
            fixed = tuple(zip(lhs.variables, lhs.point))
            lhs = lhs.expr
        key = derivative_key(lhs)
        if isinstance(lhs, sympy.Symbol) and (lhs not in params or (solved and lhs not in rhs.free_symbols)):
            out.setdefault(lhs, []).append(Defined((), rhs, fixed, around, source))
        elif isinstance(lhs, AppliedUndef) and all(isinstance(a, sympy.Symbol) for a in lhs.args):
            out.setdefault(lhs.func, []).append(Defined(lhs.args, rhs, fixed, around, source))
        elif key is not None:
            out.setdefault(key, []).append(Defined(lhs.expr.args, rhs, fixed, around, source))

    for p in d.premises:
        if isinstance(p.expr, sympy.Eq):
            record(p.expr.lhs, p.expr.rhs)
    centres: dict[str, frozenset] = {}
    sources: dict[str, Any] = {}
    before: tuple[frozenset, Any] = (frozenset(), None)
    for o in d.replay():
        rule = o.rule
        around, source = (centres.get(rule.on, frozenset()), sources.get(rule.on)) if rule.on else before
        for ref in rule.references():
            around, source = around | centres.get(ref, frozenset()), None
        if type(rule).__name__ == "SeriesExpand":
            exact = not around and isinstance(o.given, sympy.Eq)
            source = o.given.rhs if exact else None
            around = around | {(str(sympy.sympify(rule.var)), sympy.sympify(rule.point))}
        elif type(rule).__name__ != "Rewrite":  # only an equal form keeps the exact form it approximates
            source = None
        if o.approximate and not around:  # cannot tell which series: every one, and no exact form
            around, source = frozenset(everywhere), None
        if not o.approximate:
            around, source = frozenset(), None
        before = (around, source)
        if rule.name:
            centres[rule.name], sources[rule.name] = before
        if o.error is None and isinstance(o.output, sympy.Eq) and isinstance(o.expect, sympy.Eq):
            record(o.expect.lhs, o.output.rhs, tuple(sorted(around, key=str)), source, solved=True)
    return out


def shown(key: Any) -> str:
    if isinstance(key, tuple):
        return f"{key[0]}{chr(39) * sum(n for _, n in key[1])}"
    return str(getattr(key, "__name__", key))


def chosen(key: Any, defs: list[Defined], assign: dict[Any, Any], used: set[Any],
           call: tuple[Any, ...] = ()) -> Defined:
    """The definition of ``key`` a claim with values ``assign`` reads, applied to ``call`` (``h(2)``);
    ``used`` collects the assigned symbols a specialisation consumed.

    The last one, unless the chain specialised it (``f`` at ``x = 3``) and the claim gives ``x``
    (a value after the comma, or an argument): then the last generic definition, which the value
    acts on; with none, the specialised value only at the same point. A value through a truncated
    series is read only at the series' centre.
    """
    def point_of(d: Defined) -> dict[Any, Any]:
        point = dict(assign)
        point.update({a: v for a, v in zip(d.args, call) if v != a})
        return point

    last = defs[-1]
    point = point_of(last)
    given = {k: v for k, v in last.fixed if k in point}
    if given:
        generic = [x for x in defs if not x.fixed]
        if generic:
            last = generic[-1]
            point = point_of(last)
        elif all(sympy.simplify(point[k] - v) == 0 for k, v in given.items()):
            used.update(k for k in given if k in assign)
        else:
            k, v = next((k, v) for k, v in given.items() if sympy.simplify(point[k] - v) != 0)
            raise ValueError(f"{shown(key)} is derived only at {k} = {v} (the chain specialised it there), so "
                             f"the claim cannot read it at {k} = {point[k]}")
    for var, centre in last.centres:
        for k, v in point.items():
            if str(k) == var and (centre.is_infinite or sympy.simplify(v - centre) != 0):
                raise ValueError(f"{shown(key)} is a truncated series (≃) about {var} = "
                                 f"{'∞' if centre.is_infinite else centre}: it holds only as {var} approaches "
                                 f"its centre, so the claim cannot read it at {var} = {v}")
    return last


class Reader:
    """Walks a claim's formula, replacing each defined name by its derived value where it may be read.

    ``env``: the values symbols take where the walk is (the claim's, a ``Subs`` point's); ``bound``:
    the variables an integral, sum, product or limit binds there -> (its verb, its ends); ``under``:
    the verb of the innermost operator that reads a form away from one point, if any.
    """

    def __init__(self, names: Names, assign: dict[Any, Any], used: set[Any], domains: dict[Any, Any]):
        self.names, self.assign, self.used, self.domains = names, assign, used, domains

    def walk(self, e: Any, env: dict[Any, Any], bound: dict[Any, Any], under: str | None, depth: int) -> Any:
        if isinstance(e, sympy.Symbol):
            if e in self.names and e not in self.assign and e not in bound:
                return self.value(e, (), env, bound, under, depth)
            return e
        if not isinstance(e, sympy.Basic) or not e.args:
            return e
        if isinstance(e, AppliedUndef) and e.func in self.names:
            args = tuple(self.walk(a, env, bound, under, depth) for a in e.args)
            return self.value(e.func, args, env, bound, under, depth)
        if isinstance(e, sympy.Derivative):
            key = derivative_key(e)
            if key is not None and key in self.names:  # E'(v) the chain derived: read like a name
                return self.value(key, e.expr.args, env, bound, under, depth)
            return sympy.Derivative(self.walk(e.expr, env, bound, "differentiate", depth), *e.variable_count)
        if isinstance(e, sympy.Subs):  # E'(3): the variables take the point's values inside
            point = tuple(self.walk(p, env, bound, under, depth) for p in e.point)
            known = self.known(env, bound)
            inner_env = {**env, **{v: p.xreplace(known) for v, p in zip(e.variables, point)}}
            inner_bound = {k: v for k, v in bound.items() if k not in e.variables}
            return sympy.Subs(self.walk(e.expr, inner_env, inner_bound, under, depth), e.variables, point)
        verb = next((v for kind, v in _BINDERS.items() if isinstance(e, kind)), None)
        if verb is not None:
            inner, limits = dict(bound), []
            for lim in e.limits:
                ends = tuple(self.walk(x, env, bound, under, depth) for x in lim[1:])
                inner[lim[0]] = (verb, ends)
                limits.append((lim[0], *ends))
            return type(e)(self.walk(e.function, env, inner, verb, depth), *limits)
        if isinstance(e, sympy.Limit):
            body, var, point, side = e.args
            point = self.walk(point, env, bound, under, depth)
            side = str(side)
            bind = ("take a limit in", (point.xreplace(self.known(env, bound)), side))
            body = self.walk(body, env, {**bound, var: bind}, "take a limit of", depth)
            return sympy.Limit(body, var, point, str(side))
        return e.func(*(self.walk(a, env, bound, under, depth) for a in e.args))

    @staticmethod
    def known(env: dict[Any, Any], bound: dict[Any, Any]) -> dict[Any, Any]:
        """The values of ``env`` a bound variable does not shadow."""
        return {k: v for k, v in env.items() if k not in bound}

    def value(self, key: Any, args: tuple[Any, ...], env: dict[Any, Any], bound: dict[Any, Any],
              under: str | None, depth: int) -> Any:
        defs = self.names[key]
        try:
            got = chosen(key, defs, self.assign, self.used, args)
        except ValueError:
            if under and any(x.centres for x in defs):  # say why, not "read at x = x"
                raise ValueError(_truncated(key, next(x for x in reversed(defs) if x.centres), under)) from None
            raise
        if under and got.centres:
            raise ValueError(_truncated(key, got, under))
        self.hold(key, got, args, self.known(env, bound), bound)
        out = got.value.xreplace(dict(zip(got.args, args)))
        return self.walk(out, env, bound, under, depth + 1) if depth < _MAX_DEPTH else out

    def hold(self, key: Any, got: Defined, args: tuple[Any, ...], known: dict[Any, Any],
             bound: dict[Any, Any]) -> None:
        """Refuse a read of ``got`` outside where it was derived (the module's rules)."""
        point = dict(zip(got.args, args))
        for s in sorted(got.value.free_symbols, key=str):
            point.setdefault(s, s)  # a parameter the value depends on takes the value it has here
        at: dict[Any, Any] = {}
        for p, v in point.items():
            if p not in self.domains:
                continue
            v = sympy.sympify(v).xreplace(known)
            if v.free_symbols & set(bound):
                self.through(key, p, v, bound, known)
            elif v.is_number:
                self.inside(key, got, p, v)
                at[p] = v
        centre = [(p, v) for p, v in at.items() if _is_centre(got, p, v)]
        if centre:
            self.continuous(key, got, args, at, centre[0])

    def inside(self, key: Any, got: Defined, p: Any, v: Any) -> None:
        dom = self.domains[p]
        try:
            if dom.contains(v):
                return
        except Exception:  # not a real number: outside
            pass
        ends = (dom.lo_exact, dom.hi_exact) if dom.kind == "real" else ()
        if _is_centre(got, p, v) and any(e is not None and sympy.simplify(v - e) == 0 for e in ends):
            return  # an open end that is the centre of the series this form went through
        raise ValueError(f"{shown(key)} is derived only where {p} is {dom.describe()}: the claim reads it at "
                         f"{p} = {v}, where it was never derived")

    def through(self, key: Any, p: Any, v: Any, bound: dict[Any, Any], known: dict[Any, Any]) -> None:
        dom = self.domains[p]
        if v not in bound:
            raise ValueError(f"{shown(key)} is read at {p} = {v}, an expression in a variable the claim binds: "
                             f"a derived form is read through an integral, a sum or a limit only with the variable "
                             f"itself as its argument, over a range inside {p}'s domain")
        verb, ends = bound[v]
        if verb == "take a limit in":
            why = _approach_refused(dom, *ends)
            if why:
                raise ValueError(f"{shown(key)} is derived only where {p} is {dom.describe()}: the claim's limit "
                                 f"takes {p} → {_arrow(*ends)}, {why}")
            return
        ends = tuple(sympy.sympify(x).xreplace(known) for x in ends)
        if verb not in ("integrate", "sum", "multiply") or len(ends) != 2:
            raise ValueError(f"{shown(key)} is read at {p} = {v}, a variable the claim's {_NOUNS[verb]} binds: the claim "
                             f"cannot hold that read to {p}'s domain ({dom.describe()})")
        closure = (dom.lo_exact, dom.hi_exact) if dom.kind == "real" and verb == "integrate" else ()

        def held(x: Any) -> bool:
            try:
                if x.is_number and dom.contains(x):
                    return True
            except Exception:  # not a real number
                return False
            return any(e is not None and sympy.simplify(x - e) == 0 for e in closure)

        if verb == "integrate" and dom.kind != "real" or not all(held(x) for x in ends):
            raise ValueError(f"{shown(key)} is derived only where {p} is {dom.describe()}: the claim's "
                             f"{_NOUNS[verb]} reads it at {p} from {ends[0]} to {ends[1]}, beyond where it was derived")

    def continuous(self, key: Any, got: Defined, args: tuple[Any, ...], at: dict[Any, Any],
                   centre: tuple[Any, Any]) -> None:
        """A series read at its centre gives its limit there; the claim prints the value: they must agree."""
        p, v = centre
        if got.source is None:
            raise ValueError(f"{shown(key)} is a truncated series (≃) read at its centre {p} = {v}, and the exact "
                             f"form it approximates is not known at this line (a later step changed it), so "
                             f"whether that form is continuous there cannot be told: claim the series' own line")
        exact = got.source.xreplace(at)
        approx = got.value.xreplace(dict(zip(got.args, args))).xreplace(at)
        if exact.free_symbols or approx.free_symbols or exact.is_finite is not True \
                or sympy.simplify(exact - approx).is_zero is not True:
            raise ValueError(f"{shown(key)} is a truncated series (≃) about {p} = {v}: there it gives the limit "
                             f"{approx} of {got.source}, whose value at {p} = {v} is {exact}; the claim prints "
                             f"the value, so it is read at the centre only where the form is continuous")


#: A limit's side as a message writes it.
_SIDES = {"+": "⁺", "-": "⁻", "+-": ""}


def _arrow(point: Any, side: str) -> str:
    """``1/2``, ``0⁺``, ``∞``: where a limit goes, as a message writes it."""
    if sympy.sympify(point).is_infinite:
        return "∞" if point == sympy.oo else "−∞"
    return f"{point}{_SIDES.get(side, '')}"


def _approach_refused(dom: Any, point: Any, side: str) -> str | None:
    """Why a limit taking a variable to ``point`` from ``side`` ('+', '-', '+-') reads a form outside
    ``dom``, or None when every point near enough on that side lies in it (decided, never guessed)."""
    if dom.kind != "real":
        return "and a limit does not stay in a domain of integers or choices"
    lo, hi = dom.lo_exact, dom.hi_exact
    point = sympy.sympify(point)
    if point in (sympy.oo, -sympy.oo):
        end = hi if point == sympy.oo else lo
        return None if end is None else "beyond the end of the domain"
    if not (point.is_number and point.is_extended_real is True):
        return "a point that is not a real number (the claim's values leave it unknown)"

    def below(x: Any, y: Any) -> bool:  # x < y, proved; an end that is None is infinite
        return x is None or y is None or sympy.sympify(y - x).is_positive is True

    def at(e: Any) -> bool:
        return e is not None and sympy.sympify(point - e).is_zero is True

    from_above = below(lo, point) or at(lo)  # (point, point + ε) lies in the domain
    from_below = below(point, hi) or at(hi)
    from_above = from_above and below(point, hi)
    from_below = from_below and below(lo, point)
    if side == "+" and from_above or side == "-" and from_below or side == "+-" and from_above and from_below:
        return None
    if not (from_above or from_below):
        return "a point outside the domain and its ends"
    return "which approaches from outside the domain (at an end a limit is taken from inside: ⁺ or ⁻)"


def _is_centre(got: Defined, p: Any, v: Any) -> bool:
    return any(var == str(p) and not c.is_infinite and sympy.simplify(v - c) == 0 for var, c in got.centres)


def _truncated(key: Any, got: Defined, verb: str) -> str:
    about = ", ".join(f"{var} = {'∞' if c.is_infinite else c}" for var, c in got.centres)
    return (f"{shown(key)} is a truncated series (≃) about {about}: a claim may not {verb} it (the truncated "
            f"form is known only near its centre and only to its order: its derivatives, integrals and sums "
            f"are not the function's)")


def substitute_names(expr: Any, names: Names, assign: dict[Any, Any] | None = None,
                     used: set[Any] | None = None, domains: dict[Any, Any] | None = None) -> Any:
    """``expr`` with every defined name replaced by its derived value (an assigned symbol keeps its
    value), each read held to where it was derived (the module's rules)."""
    assign = dict(assign or {})
    reader = Reader(names, assign, set() if used is None else used, domains or {})
    expr = reader.walk(sympy.sympify(expr), dict(assign), {}, None, 0)
    # E'(v) of a derived E, or E'(3): the derivative of the derived value, at its point.
    return expr.replace(lambda e: isinstance(e, (sympy.Derivative, sympy.Subs)), lambda e: e.doit())
