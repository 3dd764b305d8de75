"""Step rules that rewrite or substitute: :class:`Rewrite` (and :class:`Simplify`, :class:`Expand`) and :class:`Substitute`.

A rewrite's output is the author's form, which the checker proves equal to the input on the
domain. A substitution replaces a name by a premise or earlier step (``Ref``) or specializes a
symbol to a value of its domain; it refuses to substitute a symbol bound by an operator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import sympy

from ._rules_base import _relation, as_relation, Inference, Obligation, Ref, Rule, RuleError, sum_conditions

__all__ = [
    "Expand",
    "Rewrite",
    "Simplify",
    "Substitute",
]


# -- equivalences --------------------------------------------------------------------------

@dataclass(kw_only=True)
class Rewrite(Rule):
    """Rewrite in an equivalent form, which the checker proves equal to the input on the domain."""

    kind = "equivalence"

    def infer(self, given, env, domains):
        given = _relation(given)
        # The checker evaluates sums (doit): Rule attaches the counting convention's conditions.
        return Inference(as_relation(self.expect, given.lhs))

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

from sympy.integrals.transforms import IntegralTransform

#: Operators that bind a variable (an integral transform integrates over its function's variable: review 18).
_BINDERS = (sympy.Limit, sympy.Derivative, sympy.Integral, sympy.Sum, sympy.Product, sympy.Lambda, sympy.Subs,
            IntegralTransform)


def _bound_symbols(binder: Any) -> set:
    if isinstance(binder, sympy.Limit):
        return {binder.args[1]}
    if isinstance(binder, sympy.Derivative):
        return set(binder.variables)
    if isinstance(binder, sympy.Lambda):
        return set(binder.variables)
    if isinstance(binder, IntegralTransform):
        return {binder.function_variable}
    return set(getattr(binder, "bound_symbols", ()) or getattr(binder, "variables", ()))


def bound_entries(relation: Any, key: Any, symbols: Any = None) -> set:
    """Bound variables of the binders (other than ``key`` itself) inside which ``key`` occurs
    in terms of them: substituting an equation there rewrites the binder's body pointwise,
    which is valid only if the equation holds for every value of those variables. ``symbols``:
    what ``key`` depends on (its free symbols, and through a name its definition's: review 16)."""
    key = sympy.sympify(key)
    symbols = set(key.free_symbols) | set(symbols or ())
    out: set = set()
    for binder in sympy.sympify(relation).atoms(*_BINDERS):
        if binder == key or not binder.has(key):
            continue
        out |= symbols & _bound_symbols(binder)
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
        # The variable of a name's derivative given a value is a point, whatever the value (review 20: SymPy
        # renames it for a symbol, dE/dt at t = τ becoming dE/dτ there, E a name with no t to rename; for a
        # number it writes Subs). f'(y) at y = x is f'(x): there the rename is right.
        at_point = {k: v for k, v in special.items() if not v.is_number and any(
            k in d.variables and k not in d.expr.free_symbols for d in lhs.atoms(sympy.Derivative))}
        out_lhs = lhs.subs({k: v for k, v in subs.items() if k not in at_point})
        if at_point:
            out_lhs = sympy.Subs(out_lhs, tuple(at_point), tuple(at_point.values()))
        # A name that does not show a specialized symbol still depends on it: keep it visible.
        hidden = {k: v for k, v in special.items() if k not in lhs.free_symbols and k not in at_point}
        if hidden:
            out_lhs = sympy.Subs(out_lhs, tuple(hidden), tuple(hidden.values()))
        output = type(given)(out_lhs, given.rhs.subs(subs), evaluate=False)
        if special:  # an integral in the form must still converge at the values (review 5, finding C)
            from ._rules_exceptional import integrals_converge
            obligations += integrals_converge(output.rhs, domains)
        # A specialized bound can reverse a sum's range: Rule attaches the counting conditions.
        return Inference(output, obligations)

    def describe(self):
        parts = [f"{k} -> {v.name if isinstance(v, Ref) else v}" for k, v in self.mapping.items()]
        if self.using:
            parts.insert(0, f"the equation {self.using}")
        return "substitute " + ", ".join(parts)
