"""The step-rule protocol: what a rule is, what it returns, and the relation helpers every rule shares.

A :class:`Rule` turns the previous form into the next one (:class:`Inference`: the output relation
and the side conditions, :class:`Obligation`, the checker must discharge); :class:`Ref` names a
premise or an earlier step. :func:`as_relation`, :func:`is_name` and :func:`conditioned_symbols`
read a relation's shape. The rules themselves live in ``derivations._rules_*`` by kind of
operation; :mod:`derivations._rules` gathers them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import sympy
from sympy.core.relational import Relational

from ._form_text import form_text

__all__ = [
    "Inference",
    "Obligation",
    "Ref",
    "Rule",
    "RuleError",
    "as_relation",
    "conditioned_symbols",
    "is_name",
]


# A memoised output is only valid for the rule code that produced it: every private module of the
# package (the rules and what they call: ``_solve_periodic``, ``_domain_bounds``, ``_domains``...).
_RULES_SOURCE_HASH = hashlib.sha256(
    b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("_*.py")))).hexdigest()

_INEQUALITIES = (sympy.StrictGreaterThan, sympy.StrictLessThan, sympy.GreaterThan, sympy.LessThan)


class RuleError(ArithmeticError):
    """A rule could not be applied (SymPy found no solution, wrong input shape, ...)."""


@dataclass(frozen=True)
class Ref:
    """A named premise or earlier named step; an equation stands for its right-hand side."""

    name: str

    def form(self, env: Mapping[str, Any]) -> Any:
        if self.name not in env:
            raise RuleError(f"reference to unknown form {self.name!r}; known: {sorted(env)}")
        return env[self.name]

    def resolve(self, env: Mapping[str, Any]) -> sympy.Expr:
        value = self.form(env)
        return value.rhs if isinstance(value, sympy.Eq) else value


@dataclass(frozen=True)
class Obligation:
    """A side condition the checker must establish on the domain for the step to hold.

    ``kind`` is one of ``"nonzero"``, ``"positive"``, ``"nonnegative"``, ``"finite"``
    (``expr`` is a number-valued expression), ``"true"`` (``expr`` is a condition),
    ``"in_domain"`` / ``"outside_domain"`` (``expr`` is a value of ``symbol``),
    ``"outside_premises"`` (``Tuple(root, Tuple(*excluding), Tuple(*region))``: the root of
    ``symbol`` lies outside its domain or violates an inequality premise in ``symbol``,
    wherever the premises free of it hold).

    The certificates of SymPy's operation results (discharged by ``verify.certify_ops``):
    ``"integral_value"`` (``expr`` is ``Tuple(f, x, a, b, V)``: ∫_a^b f dx = V),
    ``"limit_value"`` (``Tuple(f, x, x0, L, side)``, side +1 from above, −1 from below,
    0 both), ``"series_value"`` (``Tuple(f, x, x0, s, n, side)``: f − s = O((x − x0)^n)),
    ``"vanishes"`` (``expr`` is ``Tuple(lhs, rhs)``, equal on the domain: a root substituted back),
    ``"root_in_domain"`` (the root ``expr`` of ``symbol`` lies in its domain at some point),
    ``"monotone"`` (``Tuple(F, x, kept)``: no root of F in x but the kept one: F strictly monotone, or
    strictly convex or concave with a root at an open end of the domain) and
    ``"uncertified"`` (SymPy's answer cannot be certified: the step is inconclusive) and
    ``"integral_condition"`` (``Tuple(cond, f, x, a, b, V)``: SymPy's sufficient condition for
    ∫_a^b f dx = V holds, or the value is certified where it does not).
    """

    kind: str
    expr: Any
    text: str
    symbol: Any = None


@dataclass
class Inference:
    """What a rule derived: the output relation and the side conditions it rests on."""

    output: Any
    obligations: list[Obligation] = field(default_factory=list)
    approximate: bool = False


def as_relation(form: Any, lhs: Any = None) -> Any:
    """``form`` as a relation; a bare expression becomes ``Eq(lhs, form)``."""
    form = sympy.sympify(form)
    if isinstance(form, Relational):
        return form
    if lhs is None:
        raise RuleError(f"a form must be a relation with a named left-hand side, got {form}")
    return sympy.Eq(lhs, form, evaluate=False)


def _relation(given: Any) -> Relational:
    given = sympy.sympify(given)
    if not isinstance(given, Relational):
        raise RuleError(f"the input must be a relation (lhs = rhs), got {given}")
    return given


def _eq(lhs: Any, rhs: Any) -> sympy.Eq:
    return sympy.Eq(lhs, rhs, evaluate=False)


def _resolve(obj: Any, env: Mapping[str, Any]) -> Any:
    if isinstance(obj, Ref):
        return obj.resolve(env)
    if isinstance(obj, tuple):
        return tuple(_resolve(o, env) for o in obj)
    return obj


@dataclass(kw_only=True)
class Rule:
    """Base rule. ``expect`` is the form the step must produce; ``note`` its justification."""

    expect: Any
    note: str = ""
    name: str | None = None
    on: str | None = None

    #: ``"equivalence"`` (the checker proves input ≡ output) or ``"operation"``.
    kind = "operation"

    def infer(self, given: Any, env: Mapping[str, Any], domains: Mapping[Any, Any]) -> Inference:
        raise NotImplementedError  # pragma: no cover - abstract

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every rule's inference carries the counting convention's conditions.

        The checker evaluates every Sum and Product it compares (``doit``, Karr's convention),
        whatever the rule: the conditions under which those values are counts attach to the
        input, the output and the written form of every step, not to chosen rules.
        """
        super().__init_subclass__(**kwargs)
        inner = cls.__dict__.get("infer")
        if inner is None or getattr(inner, "_with_sums", False):
            return

        def infer(self: Rule, given: Any, env: Mapping[str, Any], domains: Mapping[Any, Any]) -> Inference:
            inference = inner(self, given, env, domains)
            expect = self.expect if isinstance(self.expect, sympy.Basic) else None
            known = {(o.kind, o.expr) for o in inference.obligations}
            extra = [o for o in sum_conditions(given, inference.output, expect, domains=domains) if (o.kind, o.expr) not in known]
            inference.obligations = list(inference.obligations) + extra
            return inference

        infer._with_sums = True  # type: ignore[attr-defined]
        infer.__doc__, infer.__name__, infer.__qualname__ = inner.__doc__, inner.__name__, inner.__qualname__
        cls.infer = infer  # type: ignore[method-assign]

    @classmethod
    def summary(cls) -> str:
        """The one-line inference this rule makes (its docstring's first line)."""
        return (cls.__doc__ or cls.__name__).strip().splitlines()[0]

    def describe(self) -> str:
        """What this instance did, in words (used in reports and LaTeX)."""
        return self.summary()

    def memo_key(self, given: Any, env: Mapping[str, Any], domains: Mapping[Any, Any] | None = None) -> str | None:
        """A content hash of this application (rule code, fields, input, domains), or None.

        Rules holding Python callables (a ``SolveFor`` with a predicate) have no key.
        """
        parts = [_RULES_SOURCE_HASH, type(self).__name__, form_text(sympy.sympify(given))]
        # Domain bounds are not in srepr (only assumptions are), and rules check against them.
        parts += sorted(f"{form_text(k)}:{v!r}" for k, v in (domains or {}).items())
        for f in dataclasses.fields(self):
            if f.name in ("note", "name", "on"):
                continue
            value = getattr(self, f.name)
            if f.name == "expect":
                value = sympy.sympify(value)
            else:
                value = _resolve(value, env)
            if isinstance(value, Mapping):
                value = sorted((form_text(k), form_text(sympy.sympify(_resolve(v, env))))
                               for k, v in value.items())
            elif callable(value) and not isinstance(value, (sympy.Basic, type)):
                return None
            elif isinstance(value, sympy.Basic):
                value = form_text(value)
            parts.append(f"{f.name}={value!r}")
        for ref in self.references():
            if ref in env:
                parts.append(f"ref:{ref}={form_text(env[ref])}")
        parts += [f"env:{form_text(r)}" for r in self.reads_from_env(env)]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def references(self) -> tuple[str, ...]:
        """Names of premises or earlier steps this rule reads besides its input."""
        return ()

    def reads_from_env(self, env: Mapping[str, Any]) -> list[Any]:
        """Forms of ``env`` the inference depends on besides its input and :meth:`references`
        (they are part of the memo key: an inference reused under other premises would be stale)."""
        return []


def _outside_names(expr: Any) -> set[Any]:
    """Free symbols of ``expr`` outside the arguments of names (``L(x)``) and operators on names."""
    expr = sympy.sympify(expr)
    hidden = {a: sympy.Dummy() for a in expr.atoms(sympy.core.function.AppliedUndef, sympy.Derivative,
                                                   sympy.Limit, sympy.Subs, sympy.Integral)}
    return expr.xreplace(hidden).free_symbols


def is_name(expr: Any, parameters: Any) -> bool:
    """Whether ``expr`` names a quantity: a non-parameter symbol, an undefined function, or an
    operator (d/dx, lim, ∫, a value at a point) applied to one."""
    expr = sympy.sympify(expr)
    if isinstance(expr, sympy.Symbol):
        return expr not in parameters
    if isinstance(expr, sympy.core.function.AppliedUndef):
        return True
    if isinstance(expr, (sympy.Derivative, sympy.Limit, sympy.Subs, sympy.Integral)):
        return is_name(expr.args[0], parameters)
    return False


def conditioned_symbols(relation: Any, parameters: Any) -> frozenset:
    """Parameters a premise determines, so that specializing them later would be vacuous.

    A premise whose left-hand side is a name is a definition: it holds for every value of the
    parameters. Otherwise it is a condition; a condition on a single parameter (``b² = 4``)
    determines it. A condition among several leaves each free to be chosen until one of them
    is solved for (``SolveFor`` then fixes that one).
    """
    relation = sympy.sympify(relation)
    if isinstance(relation, sympy.Eq) and is_name(relation.lhs, parameters):
        return frozenset()
    involved = frozenset(s for s in relation.free_symbols if s in parameters)
    return involved if len(involved) == 1 else frozenset()


def _equation(given: Any, what: str) -> sympy.Eq:
    given = _relation(given)
    if not isinstance(given, sympy.Eq):
        raise RuleError(f"{what} applies to an equation, not to the inequality {given}")
    return given


#: Integer-valued polynomials are decided on the grid {0..deg}^n (exact: the binomial basis);
#: larger grids, and refutations searched for in the domain, are bounded by this many points.
_GRID_POINTS = 4096
_REAL_PROBES = (sympy.Rational(1, 3), sympy.Rational(1, 2), sympy.Rational(2, 7), sympy.Rational(5, 7))


def _integer_symbol(s: Any) -> bool:
    return bool(getattr(s, "is_integer", False))


def _domain_ends(s: Any, domains: Mapping[Any, Any]) -> tuple[Any, Any]:
    d = domains.get(s)
    lo = getattr(d, "lo", None)
    hi = getattr(d, "hi", None)
    as_rat = lambda f: None if f is None else sympy.Rational(f.numerator, f.denominator)  # noqa: E731
    return as_rat(lo), as_rat(hi)


def _integer_points(s: Any, domains: Mapping[Any, Any], count: int) -> list[Any]:
    """Up to ``count`` consecutive admissible integers of ``s`` (its domain's lower end, else 0)."""
    lo, hi = _domain_ends(s, domains)
    step = 2 if getattr(s, "is_even", False) or getattr(domains.get(s), "even", False) else 1
    first = sympy.ceiling(lo) if lo is not None else (sympy.floor(hi) - step * (count - 1) if hi is not None else 0)
    if step == 2 and first % 2:
        first += 1
    if getattr(s, "is_odd", False) and first % 2 == 0:
        first, step = first + 1, 2
    return [first + step * i for i in range(count) if hi is None or first + step * i <= hi]


def _real_points(s: Any, domains: Mapping[Any, Any]) -> list[Any]:
    lo, hi = _domain_ends(s, domains)
    if lo is not None and hi is not None:
        return [lo + (hi - lo) * r for r in _REAL_PROBES]
    if lo is not None:
        return [lo + r for r in _REAL_PROBES]
    if hi is not None:
        return [hi - r for r in _REAL_PROBES]
    return list(_REAL_PROBES)


def bounds_differ_by_integer(a: Any, b: Any, domains: Mapping[Any, Any] | None = None,
                             integers: Any = ()) -> tuple[bool | None, dict[Any, Any] | None]:
    """Whether ``b − a`` is an integer wherever the domain's symbols (and ``integers``, enclosing
    summation variables) range: ``(True, None)`` decided, ``(False, point)`` refuted at a point of
    the domain, ``(None, None)`` undecided.

    Decided: a polynomial in integer symbols (even ones written ``2t``) whose values on the grid
    {0..deg}^n are integers: a polynomial with that property is integer-valued on all of ℤ^n
    (it is then an integer combination of binomials). ``N/2`` with ``N`` an integer is not;
    ``p/2`` with ``p`` even is.

    >>> N, a = sympy.Symbol("N", integer=True), sympy.Symbol("a", real=True)
    >>> bounds_differ_by_integer(1, N*(N + 1)/2)[0], bounds_differ_by_integer(1, N/2)
    (True, (False, {N: 1}))
    >>> bounds_differ_by_integer(a, a + 3)[0], bounds_differ_by_integer(1, a)[0]
    (True, None)
    >>> bounds_differ_by_integer(a, sympy.oo)[0]  # a series: terms at a, a + 1, …
    True
    """
    domains = domains or {}
    integers = set(integers)
    if sympy.sympify(b) in (sympy.oo, -sympy.oo) or sympy.sympify(a) in (sympy.oo, -sympy.oo):
        return True, None  # a series: its terms are a + 0, 1, 2, … (b − a is no number to be an integer)
    d = sympy.cancel(sympy.sympify(b) - sympy.sympify(a))
    free = sorted(d.free_symbols, key=sympy.srepr)
    if not free:
        return (bool(d.is_integer), None if d.is_integer else {})
    if d.is_integer is True:  # SymPy's assumptions: integers closed under +, ×; floor/ceiling are integers
        return True, None
    ints = [s for s in free if s in integers or _integer_symbol(s)]
    reals = [s for s in free if s not in ints]
    if not reals:
        halves = {s: 2 * sympy.Dummy(f"h_{s}", integer=True) for s in ints if s.is_even}
        halves.update({s: 2 * sympy.Dummy(f"h_{s}", integer=True) + 1 for s in ints if s.is_odd})
        e = sympy.expand(d.xreplace(halves))
        gens = sorted(e.free_symbols, key=sympy.srepr)
        if e.is_polynomial(*gens):
            poly = sympy.Poly(e, *gens)
            if all(c.is_rational for c in poly.coeffs()):
                degs = poly.degree_list()
                grid = 1
                for g in degs:
                    grid *= g + 1
                if grid <= _GRID_POINTS:
                    import itertools
                    if all(poly.eval(dict(zip(gens, pt))).is_integer
                           for pt in itertools.product(*(range(g + 1) for g in degs))):
                        return True, None
    # Not decided: look for a point of the domain where b − a is not an integer (a symbol with
    # neither a domain nor the integer assumption is not sampled: refused, not guessed).
    import itertools
    if any(s not in ints and getattr(domains.get(s), "kind", None) != "real" for s in free):
        return None, None
    options = [_integer_points(s, domains, 8) if s in ints else _real_points(s, domains) for s in free]
    for pt in itertools.islice(itertools.product(*options), _GRID_POINTS):
        value = d.xreplace(dict(zip(free, pt)))
        if value.is_rational and not value.is_integer:
            if integers & set(free):  # refuted only at a chosen value of an enclosing variable
                return None, None
            return False, dict(zip(free, pt))
    return None, None


def _ranges(form: Any, enclosing: tuple = ()) -> list[tuple[Any, Any, Any, Any, tuple]]:
    """Every summation/product range in ``form``: ``(node, k, a, b, enclosing)``, ``enclosing`` the
    ranges ``(var, lo, hi)`` of the sums it sits in (an inner range holds for those values only)."""
    out = []
    if isinstance(form, (sympy.Sum, sympy.Product)):
        limits = list(form.limits)
        for idx, (k, a, b) in enumerate(limits):
            outer = tuple((v, lo, hi) for v, lo, hi in limits[idx + 1:]) + enclosing
            out.append((form, k, a, b, outer))
        inner = tuple((v, lo, hi) for v, lo, hi in limits) + enclosing
        out += _ranges(form.function, inner)
        for _, a, b in limits:
            out += _ranges(a, enclosing) + _ranges(b, enclosing)
        return out
    for arg in getattr(form, "args", ()):
        if isinstance(arg, sympy.Basic):
            out += _ranges(arg, enclosing)
    return out


def _under_enclosing(cond: Any, enclosing: tuple) -> Any:
    """``cond`` for every integer value of the enclosing variables in their ranges, or None.

    A condition affine in an enclosing variable holds on its range iff it holds at both ends
    (an empty enclosing range makes it vacuous); otherwise it is not decided here."""
    for v, lo, hi in enclosing:
        if not cond.has(v):
            continue
        parts = cond.args if isinstance(cond, sympy.And) else (cond,)
        if not all(isinstance(r, Relational) and (r.lhs - r.rhs).is_polynomial(v)
                   and sympy.degree(r.lhs - r.rhs, v) <= 1 for r in parts):
            return None  # not a convex set of v: the ends do not decide it
        cond = sympy.Or(sympy.Gt(lo, hi), sympy.And(cond.xreplace({v: lo}), cond.xreplace({v: hi})))
    return cond


def _never_zero(f: Any) -> bool:
    """Whether a factor of a summand's denominator vanishes nowhere: ``k!`` and ``Γ`` (no zeros; at a
    negative integer they are infinite, which makes the summand 0, not a pole), ``exp``, a nonzero
    number, and powers of those with a positive whole or a real exponent of a positive number."""
    if f.is_number:
        return f.is_zero is False and f.is_finite is True
    if isinstance(f, (sympy.factorial, sympy.gamma, sympy.exp)):
        return True
    if isinstance(f, sympy.Pow):
        if f.base.is_number and f.base.is_positive and f.exp.is_extended_real:
            return True
        return bool(f.exp.is_Integer and f.exp > 0 and _never_zero(f.base))
    return False


def sum_conditions(*forms: Any, domains: Mapping[Any, Any] | None = None) -> list[Obligation]:
    """Side conditions under which the sums in ``forms`` have the values SymPy gives them.

    SymPy evaluates ``Σ_{k=a}^{b}`` by the Karr convention, so ``Σ_{k=1}^{n} 1 = n`` even
    for ``n = −3``, and extends it to non-integer lengths (``Σ_{k=1}^{5/2} k = 35/8``, Γ for a
    product); the counting meaning needs ``b − a ∈ ℤ`` on the whole domain (decided by
    :func:`bounds_differ_by_integer`, else refused) and ``a ≤ b + 1`` for every value of the
    enclosing summation variables. A summand with a pole at an integer of the range makes
    the sum undefined: each root of its denominator must be outside the range or not an integer.
    """
    out: list[Obligation] = []
    seen: set[Any] = set()
    for form in forms:
        if form is None or not isinstance(sympy.sympify(form), sympy.Basic):
            continue
        for node, k, a, b, enclosing in sorted(set(_ranges(sympy.sympify(form))), key=sympy.srepr):
            where = "".join(f", for {v} = {lo}…{hi}" for v, lo, hi in enclosing if (a - b).has(v))
            integral, point = bounds_differ_by_integer(a, b, domains, [v for v, _, _ in enclosing])
            if integral is not True and ("int", node, k) not in seen:
                seen.add(("int", node, k))
                text = f"the bounds {k} = {a}…{b} of {node} differ by an integer ({b} − ({a}) ∈ ℤ)"
                if integral is False:
                    at = ", ".join(f"{s} = {v}" for s, v in point.items())
                    out.append(Obligation("true", sympy.false, f"{text}: not {'at ' + at if at else 'here'}"))
                else:
                    out.append(Obligation("uncertified", sympy.S.Zero, f"{text}: cannot be decided (a sum or "
                                                                       f"product is a count of terms)"))
            cond = _under_enclosing(sympy.Le(a, b + 1), enclosing)
            if cond is None:
                out.append(Obligation("uncertified", sympy.S.Zero, f"the range {k} = {a}…{b} of {node} is not "
                                                                   f"decided non-reversed{where}"))
            elif cond not in seen and cond is not sympy.true:
                seen.add(cond)
                out.append(Obligation("true", cond, f"the range {k} = {a}…{b} of {node} is not reversed "
                                                    f"({a} ≤ {b} + 1{where})"))
            if ("poles", node, k) in seen:
                continue
            seen.add(("poles", node, k))
            _, den = sympy.fraction(sympy.together(node.function))
            # factors that never vanish make no pole (review 20: k! in λ^k e^{−λ}/k! stopped solve)
            den = sympy.Mul(*(f for f in sympy.Mul.make_args(den) if not _never_zero(f)))
            if not den.has(k):
                continue
            try:
                poles = sympy.solve(den, k)
            except (NotImplementedError, TypeError, ValueError):
                out.append(Obligation("uncertified", sympy.S.Zero,
                                      f"the poles of the summand of {node} in {k} cannot be located"))
                continue
            for r in poles:
                hit = sympy.And(sympy.Eq(sympy.im(r), 0), sympy.Le(a, sympy.re(r)), sympy.Le(sympy.re(r), b))
                if r.is_integer is not False:
                    out.append(Obligation("true", sympy.Not(hit), f"the pole {k} = {r} of the summand of "
                                                                 f"{node} is outside {a}…{b}"))
    return out
