"""Judgments with context: a form holds under the premises and constraints it rests on.

An operation in a variable (differentiate, integrate, take a limit or a series, specialize)
is allowed only where the form holds on an open set of that variable; otherwise the step is
refused, naming the premise that pins it (see :mod:`derivations._context`). Also the names
a derivation knows, and which written left-hand side is a fresh name a step defines.
"""

from __future__ import annotations

from typing import Any

import sympy

from derivations._context import dependent_names, describe_constraint, pinning_condition
from derivations._rules import Ref, Substitute, bound_entries

__all__ = ["operation_variables", "context_key", "specialized_away_from_series", "calculus_on_truncated_series"]

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


def _operation_on_constrained(rule: Any, outcome: Any) -> str | None:
    """Why the rule may not operate in one of its variables under the form's context, or None.

    The form must hold on an open set of the variable with every other symbol of its
    right-hand side held fixed (see :mod:`derivations._context`).
    """
    given = outcome.given
    if not isinstance(given, sympy.core.relational.Relational):
        return None
    what = "specialize" if type(rule).__name__ == "Substitute" else "operate"
    if isinstance(rule, Substitute):
        keys = [k for k, v in rule.mapping.items() if isinstance(v, Ref)]
        used = outcome.references.get(rule.using) if rule.using else None
        if isinstance(used, sympy.Eq):
            keys.append(used.lhs)
        for key in keys:
            for var in sorted(bound_entries(given, key), key=str):
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
        c = pinning_condition(var, outcome.fixed, given.rhs, outcome.depends, lhs=given.lhs)
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
    return repr(sorted((c.source, tuple(sorted(map(sympy.srepr, c.variables)))) for c in constraints))


def calculus_on_truncated_series(rule: Any, outcome: Any, steps: Any) -> str | None:
    """Why a derivative or a definite integral of a truncated (``≃``) form in its series variable is
    refused, or None.

    A series about a finite ``x0`` to order ``n`` holds up to ``O((x − x0)^n)``; ``k`` derivatives
    leave ``O((x − x0)^{n−k})`` (the series SymPy expands are of analytic functions there, or of
    such times a power), so the derivative still says something as ``x → x0`` only if one of its
    terms is of lower order than that: ``e^{2x} ≃ 1 + 2x`` gives ``(e^{2x})' ≃ 2``, but its second
    derivative ``0`` is all remainder (``f''(0) = 4``). With several series in the variable the
    smallest order counts. A series at infinity (asymptotic: not differentiable term by term) and
    a definite integral (it reads the form away from its centre) are refused outright.
    """
    kind = type(rule).__name__
    if kind not in ("Differentiate", "LogDerivative", "Integrate", "Limit", "SolveFor", "SolveInequality",
                    "SeriesExpand") or not outcome.approximate:
        return None
    var = sympy.sympify(rule.var)
    series = [s for s in steps if type(s).__name__ == "SeriesExpand" and sympy.sympify(s.var) == var and s is not rule]
    if not series:
        return None
    if kind == "SeriesExpand":  # a truncated series re-expanded elsewhere would be read away from its centre
        if not getattr(outcome, "given_approximate", True):
            return None
        point = sympy.sympify(rule.point)
        if all(_same_point(point, sympy.sympify(s.point)) for s in series):
            return None
        return (f"cannot expand about {var} = {point} a truncated series (≃) about "
                f"{', '.join(sorted({str(s.point) for s in series}))}: it holds only near its own centre")
    if kind in ("SolveFor", "SolveInequality"):  # a root is a point: held to the centre like a specialization
        return (f"cannot solve a truncated series (≃) in {var} for {var}: the solution reads it at a fixed {var}, "
                f"not as {var} approaches {', '.join(sorted({str(s.point) for s in series}))} (e^x ≃ 1 + x about 0 "
                f"and e^x = 3 would give x ≃ 2, where x = ln 3); solve the exact form, or expand in a small "
                f"parameter instead")
    if kind == "Limit":  # the one limit a truncated series speaks of is at its centre
        point = sympy.sympify(rule.point)
        if all(_same_point(point, sympy.sympify(s.point)) for s in series):
            # ... and from the side it was expanded on (e^{-1/x} + sign x ≃ 1 from above is no left limit).
            other = [s for s in series if not point.is_infinite and getattr(s, "direction", None) in ("+", "-")
                     and getattr(rule, "direction", None) != s.direction]
            if not other:
                return None
            return (f"cannot take the limit {var} → {point} from side {getattr(rule, 'direction', None) or '+-'} of a "
                    f"truncated series (≃) expanded from side {other[0].direction}: it says nothing of the other side")
        return (f"cannot take the limit {var} → {point} of a truncated series (≃) about "
                f"{', '.join(sorted({str(s.point) for s in series}))}: it holds only as {var} approaches its centre")
    if kind == "Integrate":
        if getattr(rule, "lower", None) is None and getattr(rule, "upper", None) is None:
            return None  # an antiderivative of O((x − x0)^n) is O((x − x0)^{n+1})
        return (f"cannot integrate over a range in {var} a truncated series (≃) in {var}: the range reaches points "
                f"away from the series' centre, where the dropped terms are not small")
    centres = {sympy.sympify(s.point) for s in series}
    if len(centres) != 1 or not next(iter(centres)).is_finite:
        return (f"cannot differentiate in {var} a truncated series (≃) in {var} about "
                f"{', '.join(map(str, sorted(centres, key=str)))}: an asymptotic or mixed expansion is not "
                f"differentiated term by term")
    centre, left = next(iter(centres)), min(int(s.order) for s in series) - int(getattr(rule, "order", 1))
    out = getattr(outcome.output, "rhs", outcome.output)
    if kind == "LogDerivative":
        return _log_derivative_of_truncated(outcome, var, centre, left + 1, out)
    if out is not None and _has_term_below(out, var, centre, left):
        return None
    return (f"cannot differentiate in {var} a truncated series (≃) in {var} this often: after "
            f"{getattr(rule, 'order', 1)} derivative(s) the dropped terms are O(({var} − {centre})^{left}), and no term "
            f"of the result is of lower order (e^(2x) ≃ 1 + 2x would give (e^(2x))'' ≃ 0, where it is 4)")


def _log_derivative_of_truncated(outcome: Any, var: Any, centre: Any, order: int, out: Any) -> str | None:
    """Why ``x f'/f`` of a truncated ``f ≃ p + O(t^n)`` (``t = x − x0``) is refused, or None.

    With ``p ~ a t^m`` the result is ``x p'/p + O(t^(n−m))`` about 0 and ``+ O(t^(n−m−1))`` elsewhere
    (``f'`` loses an order that the factor ``x`` gives back only at 0): it says something only if
    ``x p'/p`` has a term of lower order (``e^x ≃ e`` about 1 gives ``x f'/f ≃ 0``, where it is 1).
    """
    t = sympy.Dummy("t")
    given = getattr(outcome.given, "rhs", outcome.given)
    try:
        lead = sympy.sympify(given).subs(var, centre + t).as_leading_term(t)
        m = lead.as_coeff_exponent(t)[1]
        left = order - m - (0 if centre == 0 else 1)
        ok = (out is not None and m.is_number and left.is_number and left > 0
              and _has_term_below(sympy.series(sympy.sympify(out).subs(var, centre + t), t, 0,
                                               int(sympy.ceiling(left))).removeO().subs(t, var - centre),
                                  var, centre, left))
    except (NotImplementedError, ValueError, TypeError, ArithmeticError):
        ok = False
    if ok:
        return None
    return (f"cannot take the log-derivative in {var} of a truncated series (≃) in {var} about {centre}: the "
            f"dropped terms leave no term of the result known (e^x ≃ e about 1 would give x f'/f ≃ 0, where it is 1)")


def _same_point(point: Any, centre: Any) -> bool:
    """Whether a limit point is a series' centre (∞ only for a series at the same infinity)."""
    if point.is_infinite or centre.is_infinite:
        return point == centre
    return point == centre or sympy.simplify(point - centre) == 0


def _has_term_below(expr: Any, var: Any, centre: Any, order: int) -> bool:
    """Whether ``expr``, a sum of powers of ``var − centre`` times coefficients free of it, has a
    non-zero term of order below ``order`` (anything else: no)."""
    t = sympy.Dummy("t")
    terms = sympy.Add.make_args(sympy.expand(sympy.sympify(expr).subs(var, centre + t)))
    for term in terms:
        coeff, power = term.as_coeff_exponent(t)
        if coeff.has(t) or coeff == 0 or not power.is_number:
            continue
        if power < order:
            return True
    return False


def specialized_away_from_series(rule: Any, outcome: Any, steps: Any) -> str | None:
    """Why a specialization of a truncated (``≃``) form is refused, or None.

    A series about ``x0`` holds as ``x → x0``, not at a fixed point away from it
    (``e^{−x} ≃ 1 − x + x²/2 − x³/6`` at ``x = 10`` says ``e^{−10} ≃ −377/3``): an
    approximate input may not have its expansion variable set to a number other than the
    expansion point. ``steps`` are the derivation's rules; every series in that variable
    counts, which may refuse more than needed but never less.
    """
    if not isinstance(rule, Substitute) or not outcome.approximate:
        return None
    centres: dict[Any, list[Any]] = {}
    for s in steps:
        if type(s).__name__ == "SeriesExpand":
            centres.setdefault(sympy.sympify(s.var), []).append(sympy.sympify(s.point))
    for key, value in _substituted_values(rule, outcome):
        if key not in centres:
            continue
        if value is None:
            return (f"cannot substitute {key} in a truncated series (≃) about {key} = {centres[key][0]}: the value "
                    f"the step names is not an expression in the form's variables")
        if not value.is_number:
            # x → g: the form now holds as g → the centre; kept only where g(x0) = x0 (x → 10x about 0).
            moved = [c for c in centres[key] if not value.has(key) or c.is_infinite
                     or sympy.simplify(value.subs(key, c) - c) != 0]
            if moved:
                return (f"cannot substitute {key} = {value} in a truncated series (≃) about {key} = {moved[0]}: it "
                        f"would move the series' centre, which the kernel does not follow")
            continue
        away = [c for c in centres[key] if c.is_infinite or sympy.simplify(value - c) != 0]
        if away:  # every series in the variable counts: a re-expansion elsewhere does not move the first
            about = ", ".join(f"{key} = {'∞' if c == sympy.oo else c}" for c in centres[key])
            return (f"cannot specialize {key} = {value} in a truncated series (≃) about {about}: the series holds "
                    f"only as {key} approaches its centre, not at a fixed point away from it")
    return None


def _substituted_values(rule: Any, outcome: Any) -> list[tuple[Any, Any]]:
    """What a ``Substitute`` puts for each key: literal values, what a ``Ref`` names (the other side
    of a named equation, or a named expression) and the ``using=`` equation's right-hand side;
    None where a named value cannot be read."""
    references = getattr(outcome, "references", None) or {}
    out: list[tuple[Any, Any]] = []
    for key, value in rule.mapping.items():
        key = sympy.sympify(key)
        if isinstance(value, Ref):
            named = references.get(value.name)
            if isinstance(named, sympy.Eq):
                value = named.rhs if named.lhs == key else named.lhs if named.rhs == key else None
            elif isinstance(named, sympy.Basic) and not isinstance(named, sympy.core.relational.Relational):
                value = named
            else:
                value = None
        else:
            value = sympy.sympify(value)
        out.append((key, value))
    used = references.get(rule.using) if getattr(rule, "using", None) else None
    if isinstance(used, sympy.Eq):
        out.append((sympy.sympify(used.lhs), used.rhs))
    return out
