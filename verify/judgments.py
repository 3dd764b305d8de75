"""Judgments with context: a form holds under the premises and constraints it rests on.

An operation in a variable (differentiate, integrate, take a limit or a series, specialize)
is allowed only where the form holds on an open set of that variable; otherwise the step is
refused, naming the premise that pins it (see :mod:`derivations._context`). A limit, a series or an
integral goes only where the conditions can hold at the points it looks at (reviews 15, 16:
:mod:`verify.along_range`). Also the
names a derivation knows, and which written left-hand side is a fresh name a step defines.
"""

from __future__ import annotations

from typing import Any

import sympy

from derivations._context import dependent_names, describe_constraint, effective_symbols, pinning_condition
from derivations._rules import Ref, Substitute, bound_entries

from .along_range import off_its_range
from .wire import form_text

__all__ = ["operation_variables", "context_key", "off_its_range"]

def _names(expr: Any) -> set[Any]:
    expr = sympy.sympify(expr)
    out = set(expr.free_symbols)
    out |= {f.func for f in expr.atoms(sympy.core.function.AppliedUndef)}
    return out


def _fresh(lhs: Any, known: set[Any]) -> bool:
    """A left-hand side that is a new name: a symbol or an undefined function, used nowhere before."""
    lhs = sympy.sympify(lhs)
    if isinstance(lhs, sympy.Symbol):
        return lhs not in known
    if isinstance(lhs, sympy.core.function.AppliedUndef):
        return lhs.func not in known and all(a.is_Symbol or a.is_number for a in lhs.args)
    return False


def operation_variables(rule: Any) -> list[Any]:
    """The variables a rule operates in (differentiates, integrates, takes a limit or a series
    in, specializes): the form must hold on an open set of each of them."""
    name = type(rule).__name__
    if name in ("Differentiate", "LogDerivative", "Integrate", "Limit", "SeriesExpand"):
        return [sympy.sympify(rule.var)]
    if name == "JacobianMatrix":
        return [sympy.sympify(v) for v in rule.variables]
    if name == "Substitute":
        return [sympy.sympify(k) for k, v in rule.mapping.items() if not isinstance(v, Ref)]
    return []


def _summed_over_the_form(rule: Any, given: Any, outcome: Any) -> str | None:
    """Why a function applied to both sides that sums over a variable of the form is refused, or None:
    it acts on the form as a function of that variable, not on its value (review 17: Σ_{x=1}^{8} applied to
    ``f = 10``, which holds only where a condition on ``x`` does, was no operation in ``x``)."""
    fn = getattr(rule, "fn", None) if type(rule).__name__ == "ApplyBoth" else None
    if not isinstance(fn, sympy.Lambda):
        return None
    form = effective_symbols(given.lhs, outcome.depends) | effective_symbols(given.rhs, outcome.depends)
    for binder in sorted(fn.expr.atoms(sympy.Sum, sympy.Product), key=sympy.srepr):
        for var in sorted((lim[0] for lim in binder.limits if lim[0] in form), key=str):
            c = next((c for c in sorted(outcome.fixed, key=lambda c: c.source) if c.is_equation and var in c.variables),
                     None)
            if c is not None:  # a form true for every value of var may be summed over it (rou.cauchy_truncated)
                return (f"cannot apply a {binder.func.__name__.lower()} over {var} to both sides: the form holds only "
                        f"under premise {c.source!r}, a condition on {var}, not at every term")
    return None


def _operation_on_constrained(rule: Any, outcome: Any, region: tuple = ()) -> str | None:
    """Why the rule may not operate in one of its variables under the form's context, or None.

    The form must hold on an open set of the variable with every other symbol of its
    right-hand side held fixed (see :mod:`derivations._context`).
    """
    given = outcome.given
    if not isinstance(given, sympy.core.relational.Relational):
        return None
    what = "specialize" if type(rule).__name__ == "Substitute" else "operate"
    summed = _summed_over_the_form(rule, given, outcome)
    if summed is not None:
        return summed
    if isinstance(rule, Substitute):
        keys = [k for k, v in rule.mapping.items() if isinstance(v, Ref)]
        used = outcome.references.get(rule.using) if rule.using else None
        if isinstance(used, sympy.Eq):
            keys.append(used.lhs)
        for key in keys:
            # a name stands for its definition: C = 0 with C = (x − ½)(y − 5) is a condition on x (review 16)
            for var in sorted(bound_entries(given, key, effective_symbols(key, outcome.depends)), key=str):
                c = next((c for c in sorted(outcome.fixed, key=lambda c: c.source) if var in c.variables), None)
                if c is not None:
                    return (f"cannot substitute {key} inside an operator that binds {var}: the equation holds "
                            f"only under premise {c.source!r}, a condition on {var}, not for every {var}")
    if isinstance(rule, Substitute):
        outside = _outside_regime(rule, outcome)
        if outside is not None:
            return outside
    for var in operation_variables(rule):
        names = dependent_names(var, given.rhs, outcome.depends)
        if names:
            return (f"cannot {what} in {var}: the right-hand side uses {', '.join(map(str, names))}, defined in "
                    f"terms of {var}, which would be held constant; substitute its definition first")
        continuous = what == "operate" and not var.is_integer  # an integer moves in steps
        c = pinning_condition(var, outcome.fixed, given.rhs, outcome.depends, lhs=given.lhs, continuous=continuous,
                              region=region)
        if c is not None:
            return (f"cannot {what} in {var}: the input holds only under {describe_constraint(var, c)}, "
                    f"not on an open set of {var}")
    return None


def _outside_regime(rule: Any, outcome: Any) -> str | None:
    """Why a specialization leaves an inequality the form rests on, or None.

    An inequality premise (``x > 1``) restricts its variables to an open set without pinning
    them: specializing inside it is allowed, and the value must satisfy it — decided exactly
    where the specialization leaves no free symbol in it, refused where SymPy cannot decide.
    """
    values = {sympy.sympify(k): sympy.sympify(v) for k, v in rule.mapping.items() if not isinstance(v, Ref)}
    for c in sorted(outcome.fixed, key=lambda c: c.source):
        if c.is_equation or c.relation is None or not (set(values) & set(c.variables)):
            continue
        try:
            at = c.relation.subs(values)
        except (TypeError, ValueError, AttributeError) as exc:
            return f"cannot specialize: premise {c.source!r} cannot be evaluated at the value ({exc})"
        if at.free_symbols:
            continue  # still a condition on the other variables, which the form keeps resting on
        if at is sympy.false:
            return (f"cannot specialize: the value leaves premise {c.source!r} ({c.relation}), under which the "
                    f"input holds")
        if at is not sympy.true:
            return (f"cannot specialize: whether the value satisfies premise {c.source!r} ({c.relation}) is "
                    f"undecided ({at})")
    return None


def context_key(constraints: Any) -> str:
    """A process-independent text for a set of constraints (frozenset order is salted)."""
    return repr(sorted((c.source, tuple(sorted(map(form_text, c.variables))),
                        form_text(c.condition) if c.condition is not None else "") for c in constraints))
