"""Step rules: the only inferences a derivation may make.

Every form in a chain is a *relation* (``Eq``, ``<``, ``>``, ``≤``, ``≥``) whose
left-hand side names the quantity. A rule takes the previous form (or a named premise or
earlier step, ``on="name"``) and produces the next one by an inference with a fixed
meaning; the checker (:mod:`verify.checker`) then establishes that the form the author
wrote (``expect``) is that output, and discharges the rule's *side conditions*
(obligations) on the declared domain. There are two kinds of inference:

**Equivalences** — :class:`Rewrite` (and its aliases :class:`Simplify`, :class:`Expand`):
the output is the author's form itself, and the checker must prove it equal, side by
side, to the input on the domain.

**Operations with a fixed meaning**, re-derived by the rule itself:

* :class:`Differentiate`, :class:`LogDerivative` — both sides (the left-hand side stays
  an unevaluated ``d/dx`` of the name); ``LogDerivative`` needs ``f ≠ 0``;
* :class:`Integrate` — definite or indefinite; every condition SymPy attaches to the
  value (convergence) becomes an obligation;
* :class:`Limit` — from a stated side, which must be a side on which the variable's
  domain approaches the point;
* :class:`SeriesExpand` — to a stated order (the form becomes an approximation, ``≃``);
* :class:`SolveFor`, :class:`SolveInequality` — every solution is accounted for: each one
  discarded becomes an obligation to lie outside the variable's domain;
* :class:`Substitute` — an equation that is a premise or an earlier step (``Ref``), or a
  specialization of a symbol to a value, which must lie in the symbol's domain;
* :class:`ApplyBoth` and its named cases (:class:`MultiplyBoth`, :class:`DivideBoth`,
  :class:`AddBoth`, :class:`PowerBoth`, :class:`LogBoth`, :class:`ExpBoth`): one function
  (a ``sympy.Lambda`` of one variable, applied by the rule to each side) with the side
  conditions that keep the relation true (a divisor ≠ 0; a positive factor for
  inequalities; positive sides under a logarithm or a real power);
* :class:`Determinant`, :class:`JacobianMatrix` — for relations between matrices.

Nothing else: a modelling statement is a :class:`~derivations.Premise`.

The author may give ``expect`` as a relation, or as a bare right-hand side, which then
means "the rule's left-hand side = expect". A written left-hand side that differs from the
rule's must be proved equal to it, or be a *fresh* name (not a parameter, not in any
premise or earlier form), which the step then defines.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import sympy
from sympy.core.relational import Relational

__all__ = [
    "Ref",
    "Rule",
    "RuleError",
    "Obligation",
    "Inference",
    "Rewrite",
    "Simplify",
    "Expand",
    "Substitute",
    "Differentiate",
    "LogDerivative",
    "Integrate",
    "Limit",
    "SeriesExpand",
    "SolveFor",
    "SolveInequality",
    "ApplyBoth",
    "MultiplyBoth",
    "DivideBoth",
    "AddBoth",
    "PowerBoth",
    "LogBoth",
    "ExpBoth",
    "Determinant",
    "JacobianMatrix",
    "as_relation",
    "BUILTIN_RULES",
    "is_name",
    "conditioned_symbols",
]


# A memoised output is only valid for the rule code that produced it.
_RULES_SOURCE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

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
    ``"in_domain"`` / ``"outside_domain"`` (``expr`` is a value of ``symbol``).

    The certificates of SymPy's operation results (discharged by ``verify.certify_ops``):
    ``"integral_value"`` (``expr`` is ``Tuple(f, x, a, b, V)``: ∫_a^b f dx = V),
    ``"limit_value"`` (``Tuple(f, x, x0, L, side)``, side +1 from above, −1 from below,
    0 both), ``"series_value"`` (``Tuple(f, x, x0, s, n, side)``: f − s = O((x − x0)^n)),
    ``"vanishes"`` (``expr`` is ``Tuple(lhs, rhs)``, equal on the domain: a root substituted back),
    ``"root_in_domain"`` (the root ``expr`` of ``symbol`` lies in its domain at some point),
    ``"monotone"`` (``Tuple(F, x)``: F strictly monotone in x, so at most one root) and
    ``"uncertified"`` (SymPy's answer cannot be certified: the step is inconclusive).
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
        parts = [_RULES_SOURCE_HASH, type(self).__name__, sympy.srepr(sympy.sympify(given))]
        # Domain bounds are not in srepr (only assumptions are), and rules check against them.
        parts += sorted(f"{sympy.srepr(k)}:{v!r}" for k, v in (domains or {}).items())
        for f in dataclasses.fields(self):
            if f.name in ("note", "name", "on"):
                continue
            value = getattr(self, f.name)
            if f.name == "expect":
                value = sympy.sympify(value)
            else:
                value = _resolve(value, env)
            if isinstance(value, Mapping):
                value = sorted((sympy.srepr(k), sympy.srepr(sympy.sympify(_resolve(v, env))))
                               for k, v in value.items())
            elif callable(value) and not isinstance(value, (sympy.Basic, type)):
                return None
            elif isinstance(value, sympy.Basic):
                value = sympy.srepr(value)
            parts.append(f"{f.name}={value!r}")
        for ref in self.references():
            if ref in env:
                parts.append(f"ref:{ref}={sympy.srepr(env[ref])}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def references(self) -> tuple[str, ...]:
        """Names of premises or earlier steps this rule reads besides its input."""
        return ()


# -- equivalences --------------------------------------------------------------------------

@dataclass(kw_only=True)
class Rewrite(Rule):
    """Rewrite in an equivalent form, which the checker proves equal to the input on the domain."""

    kind = "equivalence"

    def infer(self, given, env, domains):
        given = _relation(given)
        output = as_relation(self.expect, given.lhs)
        # The checker evaluates sums (doit): their values hold under the counting convention only.
        return Inference(output, sum_conditions(given, output))

    def describe(self):
        return "rewrite in an equivalent form"


@dataclass(kw_only=True)
class Simplify(Rewrite):
    """Simplify; the checker proves the simplified form equal to the input on the domain."""

    def describe(self):
        return "simplify"


@dataclass(kw_only=True)
class Expand(Rewrite):
    """Expand products and powers; the checker proves the result equal to the input."""

    def describe(self):
        return "expand"


# -- substitution ----------------------------------------------------------------------------

_BINDERS = (sympy.Limit, sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product, sympy.Lambda, sympy.Subs)


def _bound_symbols(binder: Any) -> set:
    if isinstance(binder, sympy.Limit):
        return {binder.args[1]}
    if isinstance(binder, sympy.Derivative):
        return set(binder.variables)
    if isinstance(binder, sympy.Lambda):
        return set(binder.variables)
    return set(getattr(binder, "bound_symbols", ()) or getattr(binder, "variables", ()))


def bound_entries(relation: Any, key: Any) -> set:
    """Bound variables of the binders (other than ``key`` itself) inside which ``key`` occurs
    in terms of them: substituting an equation there rewrites the binder's body pointwise,
    which is valid only if the equation holds for every value of those variables."""
    key = sympy.sympify(key)
    out: set = set()
    for binder in sympy.sympify(relation).atoms(*_BINDERS):
        if binder == key or not binder.has(key):
            continue
        out |= key.free_symbols & _bound_symbols(binder)
    return out


def _refuse_bound_substitution(relation: Any, subs: Mapping[Any, Any], special: Mapping[Any, Any]) -> None:
    """Refuse what SymPy's ``subs`` gets wrong inside binders.

    A specialized symbol that a limit or a Lambda binds would be replaced in the binding
    itself (``lim_{x→∞} x²`` at ``x = 2`` becomes ``lim_{2→∞} 4``); a value that mentions a
    binder's bound variable would be captured by it.
    """
    for binder in sympy.sympify(relation).atoms(*_BINDERS):
        bound = _bound_symbols(binder)
        for key, value in subs.items():
            key, value = sympy.sympify(key), sympy.sympify(value)
            if binder == key or not binder.has(key):
                continue
            if key in special and key in bound and isinstance(binder, (sympy.Limit, sympy.Lambda)):
                raise RuleError(f"cannot specialize {key} = {value}: {key} is bound in {binder}, where it "
                                f"is another variable")
            captured = value.free_symbols & bound - key.free_symbols
            if captured:
                raise RuleError(f"cannot substitute {key} -> {value} inside {binder}: "
                                f"{', '.join(sorted(map(str, captured)))} would be captured by it")


@dataclass
class Substitute(Rule):
    """Substitute an equation (a premise or earlier step) or specialize a symbol to a value.

    ``mapping`` maps symbols (or sub-expressions) to ``Ref("name")`` — the named equation
    ``symbol = value`` is used — or to a value, which must lie in the symbol's domain
    (a specialization; proved or sampled by the checker). ``using="name"`` substitutes the
    named equation ``lhs = rhs`` wherever its left-hand side occurs.
    """

    mapping: Mapping[Any, Any] = field(default_factory=dict)
    using: str | None = None

    def references(self):
        refs = [v.name for v in self.mapping.values() if isinstance(v, Ref)]
        return tuple(refs + ([self.using] if self.using else []))

    def infer(self, given, env, domains):
        given = _relation(given)
        subs: dict[Any, Any] = {}
        obligations: list[Obligation] = []
        special: dict[Any, Any] = {}
        if self.using:
            eq = env.get(self.using)
            if not isinstance(eq, sympy.Eq):
                raise RuleError(f"using={self.using!r} must name an equation, got {eq}")
            subs[eq.lhs] = eq.rhs
        for key, value in self.mapping.items():
            key = sympy.sympify(key)
            if isinstance(value, Ref):
                eq = value.form(env)
                if not isinstance(eq, sympy.Eq):
                    raise RuleError(f"{value.name!r} is not an equation; cannot substitute it")
                if eq.lhs == key:
                    subs[key] = eq.rhs
                elif eq.rhs == key:
                    subs[key] = eq.lhs
                else:
                    raise RuleError(f"{value.name!r} ({eq}) does not say what {key} equals")
                continue
            value = sympy.sympify(value)
            if not key.is_Symbol or key not in domains:
                raise RuleError(f"only a declared parameter can be specialized to a value; {key} is not one "
                                f"(use Ref to an equation that says what it equals)")
            obligations.append(Obligation("in_domain", value, f"{key} = {value} lies in the domain of {key}",
                                          symbol=key))
            subs[key] = value
            special[key] = value
        if not subs:
            raise RuleError("nothing to substitute")
        _refuse_bound_substitution(given, subs, special)
        lhs = given.lhs
        out_lhs = lhs.subs(subs)
        # A name that does not show a specialized symbol still depends on it: keep it visible.
        hidden = {k: v for k, v in special.items() if k not in lhs.free_symbols}
        if hidden:
            out_lhs = sympy.Subs(out_lhs, tuple(hidden), tuple(hidden.values()))
        return Inference(type(given)(out_lhs, given.rhs.subs(subs), evaluate=False), obligations)

    def describe(self):
        parts = [f"{k} -> {v.name if isinstance(v, Ref) else v}" for k, v in self.mapping.items()]
        if self.using:
            parts.insert(0, f"the equation {self.using}")
        return "substitute " + ", ".join(parts)


# -- calculus ----------------------------------------------------------------------------------

def _outside_names(expr: Any) -> set[Any]:
    """Free symbols of ``expr`` outside the arguments of names (``L(x)``) and operators on names."""
    expr = sympy.sympify(expr)
    hidden = {a: sympy.Dummy() for a in expr.atoms(sympy.core.function.AppliedUndef, sympy.Derivative,
                                                   sympy.Limit, sympy.Subs, sympy.Integral)}
    return expr.xreplace(hidden).free_symbols


_NON_ANALYTIC = (sympy.factorial, sympy.factorial2, sympy.binomial, sympy.floor, sympy.ceiling, sympy.Mod,
                 sympy.Piecewise, sympy.sign, sympy.Abs)


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



# -- certification obligations for SymPy's answers (discharged by verify.certify_ops) -----------

#: Functions with a kink or a jump: a derivative, a limit at a symbolic point or a series
#: through their switching point is not what SymPy's formal rules return.
_NON_SMOOTH = (sympy.Abs, sympy.sign, sympy.Heaviside, sympy.Max, sympy.Min, sympy.floor, sympy.ceiling,
               sympy.frac, sympy.Mod, sympy.Piecewise, sympy.DiracDelta)
#: Of those, the ones smooth wherever their argument is non-zero.
_SMOOTH_OFF_ZERO = (sympy.Abs, sympy.sign, sympy.Heaviside)


def _non_smooth(expr: Any, var: Any) -> list[Any]:
    return sorted((f for f in sympy.sympify(expr).atoms(*_NON_SMOOTH) if f.has(var)), key=sympy.srepr)


def sum_conditions(*forms: Any) -> list[Obligation]:
    """Side conditions under which the sums in ``forms`` have the values SymPy gives them.

    SymPy evaluates ``Σ_{k=a}^{b}`` by the Karr convention, so ``Σ_{k=1}^{n} 1 = n`` even
    for ``n = −3``; the counting meaning needs ``a ≤ b + 1``. A summand with a pole at an
    integer of the range makes the sum undefined: each root of its denominator must be
    outside the range or not an integer.
    """
    out: list[Obligation] = []
    seen: set[Any] = set()
    for form in forms:
        for node in sorted(sympy.sympify(form).atoms(sympy.Sum, sympy.Product), key=sympy.srepr):
            for k, a, b in node.limits:
                cond = sympy.Le(a, b + 1)
                if cond not in seen and cond is not sympy.true:
                    seen.add(cond)
                    out.append(Obligation("true", cond, f"the range {k} = {a}…{b} of {node} is not reversed "
                                                        f"({a} ≤ {b} + 1)"))
                _, den = sympy.fraction(sympy.together(node.function))
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


def _pole_outside(r: Any, lo: Any, hi: Any) -> Any:
    """The condition that a root ``r`` of a denominator is not strictly inside (lo, hi)."""
    inside = [sympy.Eq(sympy.im(r), 0)]
    if lo.is_finite is not False:
        inside.append(sympy.Lt(lo, sympy.re(r)))
    if hi.is_finite is not False:
        inside.append(sympy.Lt(sympy.re(r), hi))
    return sympy.Not(sympy.And(*inside))


def _continuous_in(var: Any, expr: Any, domains: Mapping[Any, Any], what: str) -> None:
    """Refuse calculus in an integer parameter unless the expression is a smooth formula in it."""
    dom = domains.get(var)
    if dom is None or dom.kind == "real":
        return
    expr = sympy.sympify(expr)
    bad = [f for f in expr.atoms(sympy.Function) if isinstance(f, _NON_ANALYTIC) and f.has(var)]
    bad += [pw for pw in expr.atoms(sympy.Pow) if pw.exp.has(var) and pw.base.is_negative]
    if dom.kind == "choice" or bad:
        raise RuleError(f"{what} in {var}, which is {dom.describe()}, needs a formula that extends smoothly to "
                        f"real {var}; {bad[0] if bad else var} does not")


def _equation(given: Any, what: str) -> sympy.Eq:
    given = _relation(given)
    if not isinstance(given, sympy.Eq):
        raise RuleError(f"{what} applies to an equation, not to the inequality {given}")
    return given


@dataclass
class Differentiate(Rule):
    """Differentiate both sides: lhs = f -> d^n lhs/dx^n = d^n f/dx^n."""

    var: Any
    order: int = 1

    def infer(self, given, env, domains):
        eq = _equation(given, "differentiation")
        _continuous_in(self.var, eq.rhs, domains, "differentiation")
        return Inference(_eq(sympy.Derivative(eq.lhs, (self.var, self.order)),
                             sympy.diff(eq.rhs, self.var, self.order)), _differentiable(eq.rhs, self.var))

    def describe(self):
        return f"differentiate with respect to {self.var}" + (f" ({self.order} times)" if self.order > 1 else "")


def _differentiable(expr: Any, var: Any) -> list[Obligation]:
    """Side conditions for ``expr`` to be differentiable in ``var`` on the domain.

    SymPy differentiates ``|x|`` to ``sign(x)`` everywhere, also at the kink. A kink or a
    jump whose switching argument is non-zero on the domain is harmless (an obligation);
    floor, Piecewise, Max/Min of more than two terms and the like are refused.
    """
    out = []
    for f in _non_smooth(expr, var):
        if isinstance(f, _SMOOTH_OFF_ZERO):
            arg = f.args[0]
        elif isinstance(f, (sympy.Max, sympy.Min)) and len(f.args) == 2:
            arg = f.args[0] - f.args[1]
        else:
            raise RuleError(f"{f} is not differentiable in {var} wherever it switches; split the domain or "
                            f"write the form on each piece")
        out.append(Obligation("nonzero", arg, f"{f} is differentiable: {arg} ≠ 0 on the domain (no kink or jump)"))
    return out


@dataclass
class LogDerivative(Rule):
    """Local power-law exponent of both sides: lhs = f -> x lhs'/lhs = x f'/f (f ≠ 0)."""

    var: Any

    def infer(self, given, env, domains):
        eq = _equation(given, "the logarithmic derivative")
        _continuous_in(self.var, eq.rhs, domains, "a logarithmic derivative")
        f = eq.rhs
        out = _eq(self.var * sympy.Derivative(eq.lhs, self.var) / eq.lhs, self.var * sympy.diff(f, self.var) / f)
        return Inference(out, [Obligation("nonzero", f, f"{f} ≠ 0 (divided by)")] + _differentiable(f, self.var))

    def describe(self):
        return f"take the logarithmic derivative d ln f / d ln {self.var}"


def _piecewise_value(value: Any) -> tuple[Any, list[Obligation]]:
    """SymPy's conditional answer (first branch) and the conditions it rests on."""
    obligations = []
    while isinstance(value, sympy.Piecewise):
        expr, cond = value.args[0]
        if cond is not sympy.true:
            obligations.append(Obligation("true", cond, f"SymPy's condition {cond} holds"))
        value = expr
    return value, obligations


@dataclass
class Integrate(Rule):
    """Integrate both sides: lhs = f -> ∫ lhs dx = ∫_a^b f dx; SymPy's conditions are obligations."""

    var: Any
    lower: Any = None
    upper: Any = None

    def references(self):
        return tuple(v.name for v in (self.lower, self.upper) if isinstance(v, Ref))

    def infer(self, given, env, domains):
        eq = _equation(given, "integration")
        lo, hi = _resolve(self.lower, env), _resolve(self.upper, env)
        if lo is None or hi is None:
            # An antiderivative is defined only up to a constant: an equation between two would be unsound.
            raise RuleError("state the limits of integration: an indefinite integral has an arbitrary constant")
        _continuous_in(self.var, eq.rhs, domains, "integration")
        lo, hi = sympy.sympify(lo), sympy.sympify(hi)
        obligations: list[Obligation] = []
        dom = domains.get(self.var)
        if dom is not None:
            for end in (lo, hi):
                if end.is_infinite:
                    _check_side(self.var, end, "+", domains)
                else:
                    obligations.append(Obligation("in_closure", end, f"the limit {end} lies in the closure of "
                                                                     f"the domain of {self.var}", symbol=self.var))
        value = sympy.integrate(eq.rhs, (self.var, lo, hi))
        lhs = sympy.Integral(eq.lhs, (self.var, lo, hi))
        value, conditions = _piecewise_value(value)
        obligations += conditions
        if value.has(sympy.Integral):
            raise RuleError(f"SymPy left the integral unevaluated: {value}")
        # A pole inside the range makes the integral diverge, whatever value SymPy reports.
        _, denominator = sympy.fraction(sympy.together(eq.rhs))
        for factor in sympy.Mul.make_args(sympy.factor(denominator)):
            base = factor.base if isinstance(factor, sympy.Pow) else factor
            if not base.has(self.var):
                continue
            try:
                poles = sympy.solve(base, self.var)
            except (NotImplementedError, TypeError, ValueError):
                poles = []
            for r in poles:
                if r.is_real is False:
                    continue
                # A complex pole depending on a parameter: compared through its real part.
                obligations.append(Obligation("true", _pole_outside(r, lo, hi), f"the pole {self.var} = {r} of the "
                                                                              f"integrand is outside ({lo}, {hi})"))
        obligations.append(Obligation("real", value, "the integral converges to a real value"))
        obligations.append(Obligation("integral_value", sympy.Tuple(eq.rhs, self.var, lo, hi, value),
                                      f"SymPy's ∫_{lo}^{hi} {eq.rhs} d{self.var} = {value}", symbol=self.var))
        return Inference(_eq(lhs, value), obligations)

    def describe(self):
        if self.lower is None:
            return f"integrate with respect to {self.var}"
        lo = self.lower.name if isinstance(self.lower, Ref) else self.lower
        hi = self.upper.name if isinstance(self.upper, Ref) else self.upper
        return f"integrate over {self.var} from {lo} to {hi}"


def _check_side(var: Any, point: Any, direction: str, domains: Mapping[Any, Any]) -> None:
    """Refuse a limit taken from a side on which ``var``'s domain does not approach ``point``."""
    dom = domains.get(var)
    if dom is None or dom.kind != "real":
        return
    point = sympy.sympify(point)
    lo = None if dom.lo is None else sympy.Rational(dom.lo.numerator, dom.lo.denominator)
    hi = None if dom.hi is None else sympy.Rational(dom.hi.numerator, dom.hi.denominator)
    if point == sympy.oo:
        if hi is not None:
            raise RuleError(f"{var} → ∞ leaves the domain of {var} ({dom.describe()})")
        return
    if point == -sympy.oo:
        if lo is not None:
            raise RuleError(f"{var} → −∞ leaves the domain of {var} ({dom.describe()})")
        return
    if not point.is_number:
        return
    above = (lo is None or point >= lo) and (hi is None or point < hi)
    below = (lo is None or point > lo) and (hi is None or point <= hi)
    if direction == "+" and not above:
        raise RuleError(f"{var} → {point}⁺ approaches from outside the domain of {var} ({dom.describe()})")
    if direction == "-" and not below:
        raise RuleError(f"{var} → {point}⁻ approaches from outside the domain of {var} ({dom.describe()})")
    if direction == "+-" and not (above and below):
        raise RuleError(f"a two-sided limit {var} → {point} needs {var} on both sides of {point} "
                        f"({dom.describe()})")


def _continuous_value(expr: Any, var: Any, point: Any) -> tuple[Any, list[Obligation]]:
    """``expr`` at ``var = point`` as the limit there, with the conditions that make it one.

    An expression built from functions continuous where they are finite (no kink, jump or
    switch in ``var``) tends to its value at a point where every denominator is non-zero
    and the value is finite; anything else is refused.
    """
    bad = _non_smooth(expr, var)
    if bad:
        raise RuleError(f"a limit at the symbolic point {var} → {point} needs continuity there, and {bad[0]} "
                        f"switches: take one-sided limits at a number, or split the domain")
    value = sympy.sympify(expr).subs(var, point)
    if value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
        raise RuleError(f"{expr} is not defined at {var} = {point}: a limit there is not a substitution")
    obligations = [Obligation("finite", value, f"{expr} is continuous at {var} = {point}: its value {value} there "
                                               f"is finite")]
    _, den = sympy.fraction(sympy.together(expr))
    if den.has(var):
        at = den.subs(var, point)
        obligations.append(Obligation("nonzero", at, f"no pole at the limit point: {at} ≠ 0"))
    return value, obligations


@dataclass
class Limit(Rule):
    """Take the limit of both sides from a stated side: lhs = f -> lim lhs = lim f."""

    var: Any
    point: Any = sympy.oo
    direction: str | None = None

    def infer(self, given, env, domains):
        eq = _equation(given, "a limit")
        point = sympy.sympify(self.point)
        direction = self.direction
        if point.is_infinite:
            direction = "-" if point == sympy.oo else "+"
        elif direction not in ("+", "-", "+-"):
            raise RuleError(f"a limit {self.var} → {point} must state its side: direction '+', '-' or '+-'")
        _check_side(self.var, point, direction, domains)
        if not point.is_infinite:
            _continuous_in(self.var, eq.rhs, domains, "a limit at a finite point")
        obligations = []
        if not point.is_number and self.var in domains:
            obligations.append(Obligation("in_closure", point, f"the limit point {point} lies in the closure of "
                                                               f"the domain of {self.var}", symbol=self.var))
        lhs = sympy.Limit(eq.lhs, self.var, point, direction)
        if not point.is_infinite and not point.is_number:
            # SymPy substitutes at a symbolic point; that is the limit only where f is continuous.
            return Inference(_eq(lhs, _continuous_value(eq.rhs, self.var, point)[0]),
                             obligations + _continuous_value(eq.rhs, self.var, point)[1])
        value = sympy.limit(eq.rhs, self.var, point, direction)
        if value.has(sympy.Limit) or value.has(sympy.AccumBounds):
            raise RuleError(f"SymPy could not take the limit: {value}")
        if not point.is_infinite:
            side = {"+": 1, "-": -1, "+-": 0}[direction]
            obligations.append(Obligation("limit_value", sympy.Tuple(eq.rhs, self.var, point, value, side),
                                          f"SymPy's limit {value} of {eq.rhs} as {self.var} → {point}"
                                          f"{ {'+': '⁺', '-': '⁻'}.get(direction, '')}", symbol=self.var))
        return Inference(_eq(lhs, value), obligations)

    def describe(self):
        side = {"+": " from above", "-": " from below"}.get(self.direction or "", "")
        point = "∞" if self.point == sympy.oo else self.point
        return f"take the limit {self.var} → {point}{side if point != '∞' else ''}"


def _series_side(var: Any, point: Any, domains: Mapping[Any, Any]) -> str:
    """The side a series about ``point`` is taken from: the one the domain of ``var`` reaches."""
    dom = domains.get(var)
    if dom is None or dom.kind != "real" or not point.is_number:
        return "+-"
    lo = None if dom.lo is None else sympy.Rational(dom.lo.numerator, dom.lo.denominator)
    hi = None if dom.hi is None else sympy.Rational(dom.hi.numerator, dom.hi.denominator)
    if lo is not None and point <= lo:
        return "+"
    if hi is not None and point >= hi:
        return "-"
    return "+-"


@dataclass
class SeriesExpand(Rule):
    """Series of the right-hand side to a stated order: lhs = f -> lhs ≃ terms up to O((x − x0)^n)."""

    var: Any
    point: Any = 0
    order: int = 4
    direction: str | None = None

    def infer(self, given, env, domains):
        eq = _equation(given, "a series expansion")
        point = sympy.sympify(self.point)
        if point.is_infinite:
            direction = "-" if point == sympy.oo else "+"
        else:
            direction = self.direction or _series_side(self.var, point, domains)
            if direction not in ("+", "-", "+-"):
                raise RuleError(f"a series about {self.var} = {point} must state its side: direction '+', '-' "
                                f"or '+-'")
        _check_side(self.var, point, direction, domains)
        if point.is_infinite:
            series = sympy.series(eq.rhs, self.var, point, self.order, dir=direction).removeO()
            return Inference(_eq(eq.lhs, series), approximate=True)
        _continuous_in(self.var, eq.rhs, domains, "a series at a finite point")
        sides = ("+", "-") if direction == "+-" else (direction,)
        expansions = [sympy.series(eq.rhs, self.var, point, self.order, dir=d).removeO() for d in sides]
        if len(expansions) == 2 and sympy.simplify(expansions[0] - expansions[1]) != 0:
            raise RuleError(f"the expansions of {eq.rhs} from above and below {self.var} = {point} differ "
                            f"({expansions[0]} and {expansions[1]}): state the side")
        side = {"+": 1, "-": -1, "+-": 0}[direction]
        certificate = Obligation("series_value", sympy.Tuple(eq.rhs, self.var, point, expansions[0], self.order, side),
                                 f"SymPy's expansion of {eq.rhs} about {self.var} = {point} is right to order "
                                 f"{self.order}", symbol=self.var)
        return Inference(_eq(eq.lhs, expansions[0]), [certificate], approximate=True)

    def describe(self):
        point = "∞" if self.point == sympy.oo else self.point
        return f"expand in series in {self.var} about {point} to order {self.order}"


# -- solving ------------------------------------------------------------------------------

def _finite_candidates(full: Any) -> Any:
    """A FiniteSet holding every real root, read off SymPy's set where it is one in disguise.

    ``Intersection(FiniteSet(...), Reals)`` and ``Complement(FiniteSet(...), ...)`` keep a
    subset of a finite list: the list bounds the roots. Anything else is returned as is.
    """
    if full is sympy.S.EmptySet:
        return sympy.FiniteSet()
    if isinstance(full, sympy.Intersection):
        finite = [a for a in full.args if isinstance(a, sympy.FiniteSet)]
        if finite:
            return finite[0]
    if isinstance(full, sympy.Complement) and isinstance(full.args[0], sympy.FiniteSet):
        return full.args[0]
    return full


def _constant_factors(numerator: Any, var: Any) -> list[Any]:
    """Factors of ``numerator`` free of ``var`` that are not non-zero numbers."""
    try:
        _, factors = sympy.factor_list(numerator)
    except (sympy.PolynomialError, NotImplementedError, TypeError, ValueError):
        return []
    return [f for f, _ in factors if not f.has(var) and f.free_symbols]



@dataclass
class SolveFor(Rule):
    """Solve an equation for a symbol: F(x) = G(x) -> x = g; every other root must lie outside x's domain.

    ``choose`` picks the kept root (an index into SymPy's list, or a predicate); each root
    not kept becomes an obligation to lie outside the domain of ``var``.
    """

    var: Any
    choose: int | Callable[[Any], bool] | None = None

    def infer(self, given, env, domains):
        eq = _equation(given, "solving")
        solutions = sympy.solve(eq, self.var, dict=False)
        if isinstance(solutions, dict):
            solutions = [solutions[self.var]] if self.var in solutions else []
        if not solutions:
            raise RuleError(f"SymPy found no solution for {self.var} of {eq}")
        obligations: list[Obligation] = []
        # Every root must be accounted for: cross-check SymPy's list with solveset over the reals.
        try:
            full = sympy.solveset(eq.lhs - eq.rhs, self.var, domain=sympy.S.Reals)
        except (NotImplementedError, TypeError, ValueError):
            full = None
        full = _finite_candidates(full)
        if isinstance(full, sympy.FiniteSet) or full == sympy.S.EmptySet:
            for r in full:
                # Like solve, leave out roots the variable's own assumptions exclude.
                if any(getattr(self.var, f"is_{a}") and getattr(r, f"is_{a}") is False
                       for a in ("positive", "nonnegative", "negative", "nonpositive", "integer")):
                    continue
                if not any(sympy.simplify(r - s) == 0 for s in solutions):
                    solutions.append(r)
        elif full is not None and full.atoms(sympy.ImageSet):
            raise RuleError(f"{eq} has infinitely many roots in {self.var} ({full}); SolveFor cannot account "
                            f"for every one")
        else:
            # A set SymPy cannot enumerate (ConditionSet, Union, ...): the roots are counted another way,
            # by strict monotonicity in the variable (at most one root on its interval), or not at all.
            obligations.append(Obligation("monotone", sympy.Tuple(eq.lhs - eq.rhs, self.var),
                                          f"{eq} has at most one root in {self.var} (SymPy's solution set {full} is "
                                          f"not a finite list): it is strictly monotone in {self.var}",
                                          symbol=self.var))
        numerator, denominator = sympy.fraction(sympy.together(eq.lhs - eq.rhs))
        try:
            poly = sympy.Poly(numerator, self.var)
        except sympy.PolynomialError:
            poly = None
        if poly is not None and poly.degree() >= 1 and poly.LC().free_symbols:
            obligations.append(Obligation("nonzero", poly.LC(), f"the leading coefficient {poly.LC()} of the "
                                                                 f"equation in {self.var} ≠ 0"))
        elif poly is None:
            # Not a polynomial: a factor free of the variable that can vanish makes every x a root.
            for factor in _constant_factors(numerator, self.var):
                obligations.append(Obligation("nonzero", factor, f"the factor {factor} of the equation in {self.var}"
                                                                 f" ≠ 0 (else every {self.var} solves it)"))
        if isinstance(self.choose, int) and not isinstance(self.choose, bool):
            if not -len(solutions) <= self.choose < len(solutions):
                raise RuleError(f"choose={self.choose} but SymPy gave {len(solutions)} roots: {solutions}")
            keep = [solutions[self.choose]]
        elif callable(self.choose):
            keep = [s for s in solutions if self.choose(s)]
        else:
            keep = solutions
        if len(keep) != 1:
            raise RuleError(f"expected to keep one root for {self.var}, SymPy gave {solutions}")
        obligations += [Obligation("outside_domain", s, f"the discarded root {self.var} = {s} lies outside "
                                                        f"the domain of {self.var}", symbol=self.var)
                        for s in solutions if s is not keep[0] and s != keep[0]]
        root = keep[0]
        # SymPy's root is certified: substituted back it solves the equation, and it lies in the domain.
        obligations.append(Obligation("vanishes", sympy.Tuple(eq.lhs.subs(self.var, root), eq.rhs.subs(self.var, root)),
                                      f"the root {self.var} = {root} solves {eq} (substituted back)"))
        # Where the root leaves the domain the equation has no root there (the others are outside):
        # the form then holds vacuously, but a root outside it everywhere is no solution at all.
        if isinstance(self.var, sympy.Symbol):
            obligations.append(Obligation("root_in_domain", root, f"the root {self.var} = {root} lies in the domain of "
                                                                  f"{self.var} (a witness point)", symbol=self.var))
        if denominator.has(self.var):
            obligations.append(Obligation("nonzero", denominator.subs(self.var, root),
                                          f"the root does not make a denominator vanish"))
        return Inference(_eq(self.var, root), obligations)

    def describe(self):
        return f"solve for {self.var}"


@dataclass
class SolveInequality(Rule):
    """Solve an inequality for a symbol, using every symbol's domain: F(x) > 0 -> x > g."""

    var: Any

    def infer(self, given, env, domains):
        given = _relation(given)
        if not isinstance(given, _INEQUALITIES):
            raise RuleError(f"expected an inequality, got {given}")
        out = sympy.solve(given, self.var)
        if isinstance(out, sympy.And):
            # Drop only the parts the variable's own domain implies (0 < d for d > 0; d < ∞).
            keep = [a for a in out.args if not _implied_by_domain(a, self.var, domains)]
            if len(keep) == 1:
                out = keep[0]
        if not isinstance(out, Relational):
            raise RuleError(f"SymPy did not reduce the inequality to one relation: {out}")
        return Inference(out)

    def describe(self):
        return f"solve the inequality for {self.var}"


def _implied_by_domain(cond: Any, var: Any, domains: Mapping[Any, Any]) -> bool:
    """Whether ``var < k``-type ``cond`` holds on the whole declared domain of ``var``."""
    if not isinstance(cond, Relational) or var not in (cond.lhs, cond.rhs):
        return False
    other = cond.rhs if cond.lhs == var else cond.lhs
    if other in (sympy.oo, -sympy.oo):
        return True
    dom = domains.get(var)
    if dom is None or dom.kind == "choice" or not other.is_number:
        return False
    c = cond if cond.lhs == var else cond.reversed
    k = sympy.Rational(other) if other.is_Rational else None
    if k is None:
        return False
    lo = None if dom.lo is None else sympy.Rational(dom.lo.numerator, dom.lo.denominator)
    hi = None if dom.hi is None else sympy.Rational(dom.hi.numerator, dom.hi.denominator)
    if isinstance(c, sympy.StrictGreaterThan):
        return lo is not None and (lo > k or (lo == k and dom.lo_open))
    if isinstance(c, sympy.GreaterThan):
        return lo is not None and lo >= k
    if isinstance(c, sympy.StrictLessThan):
        return hi is not None and (hi < k or (hi == k and dom.hi_open))
    if isinstance(c, sympy.LessThan):
        return hi is not None and hi <= k
    return False


# -- one function on both sides --------------------------------------------------------------

_VALUE_ONLY_BANNED = (sympy.Derivative, sympy.Integral, sympy.Limit, sympy.Subs)


@dataclass
class ApplyBoth(Rule):
    """Apply one function to both sides: lhs = rhs -> f(lhs) = f(rhs), with f(rhs) defined.

    ``fn`` is a ``sympy.Lambda`` of one variable (or a SymPy function class such as
    ``sympy.log``); the rule applies it to each side, so it acts on values only.
    On an inequality only :class:`MultiplyBoth`, :class:`DivideBoth`, :class:`AddBoth`,
    :class:`PowerBoth`, :class:`LogBoth` and :class:`ExpBoth` are allowed (they know
    whether they preserve the order).
    """

    fn: Any = None
    text: str = ""

    def _function(self) -> Any:
        return self.fn

    def _lambda(self) -> sympy.Lambda:
        fn = self._function()
        if isinstance(fn, sympy.FunctionClass):
            x = sympy.Dummy("x")
            fn = sympy.Lambda(x, fn(x))
        if not isinstance(fn, sympy.Lambda) or len(fn.variables) != 1:
            raise RuleError(f"ApplyBoth needs a sympy.Lambda of one variable or a SymPy function, got {fn!r}")
        if fn.expr.has(*_VALUE_ONLY_BANNED):
            raise RuleError("the function applied to both sides must act on values (no d/dx, ∫, lim)")
        return fn

    def side_conditions(self, given: Relational) -> list[Obligation]:
        return []

    def order_preserving(self, given: Relational) -> tuple[bool, list[Obligation]]:
        raise RuleError(f"{self.describe()} is not known to preserve an inequality")

    def infer(self, given, env, domains):
        given = _relation(given)
        fn = self._lambda()
        lhs, rhs = fn(given.lhs), fn(given.rhs)
        obligations = list(self.side_conditions(given))
        obligations.append(Obligation("finite", rhs, f"{self.describe()} is defined: {rhs} is finite"))
        if isinstance(given, sympy.Eq):
            return Inference(_eq(lhs, rhs), obligations)
        flip, extra = self.order_preserving(given)
        rel = type(given)
        if flip:
            rel = {sympy.StrictGreaterThan: sympy.StrictLessThan, sympy.StrictLessThan: sympy.StrictGreaterThan,
                   sympy.GreaterThan: sympy.LessThan, sympy.LessThan: sympy.GreaterThan}[rel]
        return Inference(rel(lhs, rhs, evaluate=False), obligations + extra)

    def describe(self):
        return self.text or f"apply {self.fn} to both sides"


def _sign_condition(c: Any) -> tuple[bool, list[Obligation]]:
    c = sympy.sympify(c)
    if c.is_negative:
        return True, []
    return False, [Obligation("positive", c, f"{c} > 0 (keeps the inequality's direction)")]


@dataclass
class MultiplyBoth(ApplyBoth):
    """Multiply both sides by a factor c (c > 0, or c < 0 reversing it, for an inequality)."""

    factor: Any = None

    def _function(self):
        x = sympy.Dummy("x")
        return sympy.Lambda(x, x * sympy.sympify(self.factor))

    def side_conditions(self, given):
        return []

    def order_preserving(self, given):
        return _sign_condition(self.factor)

    def describe(self):
        return self.text or f"multiply both sides by {self.factor}"


@dataclass
class DivideBoth(ApplyBoth):
    """Divide both sides by a divisor c ≠ 0 (c > 0, or c < 0 reversing it, for an inequality)."""

    divisor: Any = None

    def _function(self):
        x = sympy.Dummy("x")
        return sympy.Lambda(x, x / sympy.sympify(self.divisor))

    def side_conditions(self, given):
        return [Obligation("nonzero", self.divisor, f"the divisor {self.divisor} ≠ 0")]

    def order_preserving(self, given):
        return _sign_condition(self.divisor)

    def describe(self):
        return self.text or f"divide both sides by {self.divisor}"


@dataclass
class AddBoth(ApplyBoth):
    """Add a term to both sides."""

    term: Any = None

    def _function(self):
        x = sympy.Dummy("x")
        return sympy.Lambda(x, x + sympy.sympify(self.term))

    def order_preserving(self, given):
        return False, []

    def describe(self):
        return self.text or f"add {self.term} to both sides"


@dataclass
class PowerBoth(ApplyBoth):
    """Raise both sides to a power k (the sides must be positive unless k is an integer)."""

    exponent: Any = None

    def _function(self):
        x = sympy.Dummy("x")
        return sympy.Lambda(x, x ** sympy.sympify(self.exponent))

    def side_conditions(self, given):
        k = sympy.sympify(self.exponent)
        if k.is_integer and k.is_positive:
            return []
        # In an equation the two sides are equal, so a condition on one is a condition on both.
        sides = (given.rhs,) if isinstance(given, sympy.Eq) else (given.rhs, given.lhs)
        return [Obligation("positive", side, f"{side} > 0 (a real power of it is defined)") for side in sides]

    def order_preserving(self, given):
        k = sympy.sympify(self.exponent)
        obligations = [Obligation("positive", given.rhs, f"{given.rhs} > 0 (x^k is monotone for x > 0)"),
                       Obligation("positive", given.lhs, f"{given.lhs} > 0 (x^k is monotone for x > 0)")]
        if k.is_negative:
            return True, obligations
        return False, obligations + [Obligation("positive", k, f"the exponent {k} > 0")]

    def describe(self):
        return self.text or f"raise both sides to the power {self.exponent}"


@dataclass
class LogBoth(ApplyBoth):
    """Take the logarithm of both sides (both must be positive)."""

    def _function(self):
        return sympy.log

    def side_conditions(self, given):
        sides = (given.rhs,) if isinstance(given, sympy.Eq) else (given.rhs, given.lhs)
        return [Obligation("positive", side, f"{side} > 0 (its logarithm is real)") for side in sides]

    def order_preserving(self, given):
        return False, []

    def describe(self):
        return self.text or "take the logarithm of both sides"


@dataclass
class ExpBoth(ApplyBoth):
    """Exponentiate both sides."""

    def _function(self):
        return sympy.exp

    def order_preserving(self, given):
        return False, []

    def describe(self):
        return self.text or "exponentiate both sides"


# -- matrices -----------------------------------------------------------------------------------

@dataclass
class Determinant(Rule):
    """Take the determinant of both sides of a matrix equation: J = M -> det J = det M."""

    def infer(self, given, env, domains):
        eq = _equation(given, "a determinant")
        rhs = eq.rhs
        if not isinstance(rhs, sympy.MatrixBase):
            raise RuleError(f"the right-hand side is not a matrix: {rhs}")
        lhs = eq.lhs
        det_lhs = sympy.Determinant(lhs) if isinstance(lhs, sympy.MatrixExpr) else sympy.Function("det")(lhs)
        return Inference(_eq(det_lhs, rhs.det(method="berkowitz")))

    def describe(self):
        return "take the determinant of both sides"


@dataclass
class JacobianMatrix(Rule):
    """The Jacobian matrix of a vector map: y = F(x) -> ∂y/∂x = (∂F_i/∂x_j)."""

    variables: Sequence[Any] = ()

    def infer(self, given, env, domains):
        eq = _equation(given, "a Jacobian")
        rhs = eq.rhs
        if not isinstance(rhs, sympy.MatrixBase):
            raise RuleError(f"the right-hand side is not a vector: {rhs}")
        if isinstance(eq.lhs, sympy.MatrixBase):
            raise RuleError("name the vector map on the left-hand side (a symbol such as y), not a matrix")
        J = sympy.Function("Jacobian")(eq.lhs, *self.variables)
        return Inference(_eq(J, sympy.ImmutableMatrix(rhs.jacobian(list(self.variables)))))

    def describe(self):
        return "the Jacobian matrix ∂y_i/∂x_j"


#: The only rules a derivation may use, by exact type, with the kind of inference each makes.
#: The checker takes the kind from here, never from an instance (a subclass could lie).
BUILTIN_RULES: dict[type, str] = {
    Rewrite: "equivalence", Simplify: "equivalence", Expand: "equivalence",
    Substitute: "operation", Differentiate: "operation", LogDerivative: "operation", Integrate: "operation",
    Limit: "operation", SeriesExpand: "operation", SolveFor: "operation", SolveInequality: "operation",
    ApplyBoth: "operation", MultiplyBoth: "operation", DivideBoth: "operation", AddBoth: "operation",
    PowerBoth: "operation", LogBoth: "operation", ExpBoth: "operation", Determinant: "operation",
    JacobianMatrix: "operation",
}
