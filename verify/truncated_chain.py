"""Truncated series along a derivation's chain: which series a step's forms rest on, and what a
truncated value does to the order of the dropped terms where a substitution puts it.

A value ``g ≃ 1 + x + O(x²)`` substituted into an exact form keeps a known order of dropped terms
only where the form is linear in ``g`` with a coefficient of known order at the centre
(``3g + x²``: ``O(x²)``; ``g/x``: ``O(x)``). In a denominator, a power, a function or beside another
name defined in ``x`` the order is unknown (``1/(g − 1) = 1/x + O(1)``, not ``+ O(x²)``), and a
later limit, derivative or integral in ``x`` of what descends from it is refused (issue 16, class 3).
The chain is read from the rules alone, as the replay builds it: a step's input is the form its
``on=`` names, else the previous step's; the forms a rule reads (``Ref``, ``using=``) count too.
"""

from __future__ import annotations

from typing import Any

import sympy

__all__ = ["chain_series", "descendants", "landing_shift", "truncated_landing"]


def chain_series(steps: Any) -> list[frozenset[int]]:
    """For each step, the indices of the ``SeriesExpand`` steps its input and the forms it reads rest on
    (a step's own series is not in its input)."""
    named: dict[str, frozenset[int]] = {}
    previous: frozenset[int] = frozenset()
    out: list[frozenset[int]] = []
    for i, s in enumerate(steps):
        on = getattr(s, "on", None)
        rests = named.get(on, frozenset()) if on else previous  # a premise is exact
        for ref in _references(s):
            rests |= named.get(ref, frozenset())
        out.append(rests)
        previous = rests | ({i} if type(s).__name__ == "SeriesExpand" else frozenset())
        if getattr(s, "name", None):
            named[s.name] = previous
    return out


def _references(rule: Any) -> tuple[str, ...]:
    try:
        return tuple(rule.references())
    except Exception:  # noqa: BLE001 - a rule that cannot say what it reads reads nothing known
        return ()


def descendants(steps: Any, start: int) -> list[int]:
    """The later steps whose input or read forms descend from step ``start``'s result."""
    named: dict[str, bool] = {}
    previous = False
    out: list[int] = []
    for i, s in enumerate(steps):
        if i <= start:
            hit = i == start
        else:
            on = getattr(s, "on", None)
            hit = (named.get(on, False) if on else previous) or any(named.get(r, False) for r in _references(s))
            if hit:
                out.append(i)
        previous = hit
        if getattr(s, "name", None):
            named[s.name] = hit
    return out


def landing_shift(form: Any, key: Any, var: Any, centre: Any, depends: Any = None) -> Any:
    """How much putting a truncated value for ``key`` into ``form`` lowers the order of its dropped terms
    at ``var = centre`` (0 or negative), or None where it is not known: the form not linear in ``key``
    (a denominator, a power, a function), or a coefficient holding another variable beside ``var``
    or a name defined in terms of ``var``."""
    from .truncated import _leading_exponent  # one reading of orders for the whole kernel
    depends = depends or {}
    u = sympy.Dummy("u")
    form = sympy.sympify(form)
    expr = form.rhs - form.lhs if isinstance(form, sympy.core.relational.Relational) else form
    try:
        expr = expr.subs(sympy.sympify(key), u)
        if not expr.has(u):
            return sympy.Integer(0)
        if not _linear(expr, u):
            return None
        coeff = sympy.simplify(sympy.diff(expr, u))
        if coeff.has(u) or isinstance(coeff, sympy.Derivative):
            return None
    except (NotImplementedError, ValueError, TypeError, ArithmeticError, AttributeError):
        return None
    if any(var in depends.get(n, ()) or n in depends for n in coeff.free_symbols - {var}) \
            or coeff.atoms(sympy.core.function.AppliedUndef):
        return None
    if coeff == 0 or not coeff.has(var):
        return sympy.Integer(0)
    if coeff.free_symbols - {var}:
        return None
    m = _leading_exponent(coeff, var, centre)
    return None if m is None else sympy.Min(m, 0)


def _linear(expr: Any, u: Any) -> bool:
    """Whether ``u`` stands in ``expr`` only as a term or a factor of sums and products (``c·u + d``):
    not in a denominator, a power, a function, a derivative or an integral (whose ``d/du`` would
    not say what they do to the dropped terms)."""
    if expr == u or not expr.has(u):
        return True
    if isinstance(expr, sympy.Add):
        return all(_linear(a, u) for a in expr.args)
    if isinstance(expr, sympy.Mul):
        holding = [a for a in expr.args if a.has(u)]
        return len(holding) == 1 and _linear(holding[0], u)
    return False


def truncated_landing(rule: Any, outcome: Any, steps: Any, values: Any) -> str | None:
    """Why a substitution of truncated values into an exact form is refused, or None: a later calculus
    step in a series variable, descending from its result, needs the order of the dropped terms
    (a limit at the centre: that they vanish; a derivative or an integral: that it is not lowered),
    and where the values land that order is unknown or lower than the limit can bear.

    ``values`` are the ``(key, value)`` pairs the step substitutes (see :func:`_substituted_values`)."""
    index = getattr(outcome, "index", None)
    if index is None or not (0 <= index < len(steps)) or steps[index] is not rule:
        return None
    chains = chain_series(steps)
    refs = _truncated_keys(rule, outcome, steps, chains)
    if not refs:
        return None
    later = descendants(steps, index)
    for key, series in refs:
        value = dict(values).get(key)
        for var in sorted({sympy.sympify(steps[k].var) for k in series}, key=str):
            ours = [steps[k] for k in series if sympy.sympify(steps[k].var) == var]
            for d in later:
                why = _needs_order(steps, d, var, ours, outcome, key, value)
                if why is not None:
                    return why
    return None


def _truncated_keys(rule: Any, outcome: Any, steps: Any, chains: Any) -> list[tuple[Any, frozenset[int]]]:
    """The keys a ``Substitute`` fills from truncated forms, with the series those forms rest on."""
    from derivations._rules import Ref
    named: dict[str, frozenset[int]] = {}
    for i, s in enumerate(steps[:outcome.index]):
        if getattr(s, "name", None):
            named[s.name] = chains[i] | ({i} if type(s).__name__ == "SeriesExpand" else frozenset())
    references = getattr(outcome, "references", None) or {}
    out: list[tuple[Any, frozenset[int]]] = []
    for key, value in rule.mapping.items():
        if isinstance(value, Ref) and named.get(value.name):
            out.append((sympy.sympify(key), named[value.name]))
    using = getattr(rule, "using", None)
    if using and named.get(using) and isinstance(references.get(using), sympy.Eq):
        out.append((sympy.sympify(references[using].lhs), named[using]))
    return out


def _needs_order(steps: Any, d: int, var: Any, series: Any, outcome: Any, key: Any, value: Any) -> str | None:
    """Why the later step ``d`` cannot be taken once ``key`` holds a truncated value, or None."""
    from .truncated import _order_shift, _same_point
    step = steps[d]
    kind = type(step).__name__
    if kind not in ("Limit", "Differentiate", "LogDerivative", "Integrate") or sympy.sympify(step.var) != var:
        return None
    depends = getattr(outcome, "depends", None)
    if kind == "Limit":
        point = sympy.sympify(step.point)
        centres = [s for s in series if _same_point(point, sympy.sympify(s.point))]
        if not centres:
            return None  # a limit away from the centre is refused at the limit itself
        shift = landing_shift(outcome.given, key, var, point, depends)
        rest = _order_shift(steps, var, point, depends)
        left = None if shift is None or rest is None else min(int(s.order) for s in centres) + rest + shift
        if left is not None and left > 0:
            return None
        what = f"a limit {var} → {point}, which needs them to vanish"
    else:
        centre = sympy.sympify(series[0].point)
        shift = landing_shift(outcome.given, key, var, centre, depends)
        if shift is not None and shift >= 0:
            return None
        what = f"a {'derivative' if kind != 'Integrate' else 'integral'} in {var}, which needs their order"
    where = ("a place where its dropped terms are of unknown order (a denominator, a power, a function, a factor "
             "with another variable)" if shift is None else
             f"a place that lowers the order of its dropped terms by {-shift}")
    example = ("1/(g − 1) with g = 1 + x + O(x²) is 1/x + O(1), not 1/x + O(x²)" if shift is None else
               "g/x² with g = 1 + x + O(x²) is 1/x² + 1/x + O(1)")
    return (f"cannot substitute the truncated {key} = {value} (a series in {var} about {series[0].point}) into "
            f"{where}: step {d + 1} takes {what} ({example}); substitute the exact form, then expand")
