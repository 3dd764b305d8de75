"""Truncated series (``≃``): a form that holds only as its series variable approaches its centre.

A series step's result ``f ≃ p`` about ``x0`` says ``f = p + O((x − x0)^n)`` as ``x → x0``, every
other variable held fixed. The kernel reads it only that way (issue 16, class 3): at its centre,
from the side it was expanded on; differentiated only while a term of the result is of lower
order than what is left of the dropped terms (divisions by powers of ``x − x0`` count); never
specialized, solved or re-expanded away from the centre, nor through a value or a part that
holds the series variable; and never put under a limit, a range of integration or a solution in
another variable whose value moves with ``x`` or whose dropped terms need not be uniform in it
(even when that variable has a series of its own on the chain). A truncated value substituted
into an exact form keeps a known order only where the form is linear in it
(:mod:`verify.truncated_chain`).
"""

from __future__ import annotations

from typing import Any

import sympy

from derivations._rules import Ref, Substitute

__all__ = ["specialized_away_from_series", "calculus_on_truncated_series", "truncated_in_other_variables"]


def _series_steps(steps: Any) -> dict[Any, list[Any]]:
    """The series steps of a derivation, by their variable."""
    out: dict[Any, list[Any]] = {}
    for s in steps:
        if type(s).__name__ == "SeriesExpand":
            out.setdefault(sympy.sympify(s.var), []).append(s)
    return out


def _input_truncated(outcome: Any) -> bool:
    return bool(getattr(outcome, "given_approximate", getattr(outcome, "approximate", False)))


def _leading_exponent(expr: Any, var: Any, centre: Any) -> Any:
    """The exponent ``m`` of ``expr ~ c (x − x0)^m`` (of ``c |x|^-m`` at ±∞), or None."""
    t = sympy.Dummy("t", positive=True)
    at = 1 / t if centre == sympy.oo else -1 / t if centre == -sympy.oo else centre + t  # at ±∞ in t = 1/|x|
    try:
        lead = sympy.sympify(expr).subs(var, at).as_leading_term(t)
        coeff, m = lead.as_coeff_exponent(t)
    except (NotImplementedError, ValueError, TypeError, ArithmeticError):
        return None
    return m if m.is_number and not coeff.has(t) else None


def _order_shift(steps: Any, var: Any, centre: Any, depends: Any = None) -> Any:
    """How much the derivation's multiplications and divisions by powers of ``x − x0`` can lower the
    order of a truncated form's dropped terms (``O(x²)/x² = O(1)``): the sum over every such step
    (which may refuse more than needed, never less); None where it is not known: a factor holding
    another variable beside ``x`` (``x² + y²`` is of order 0 only while ``y ≠ 0``) or a name defined
    in terms of ``x`` (``(g − 1)²``), or a nonlinear map of both sides (a power, a log, a function:
    ``1/(x + O(x²))`` is ``1/x + O(1)``)."""
    depends = depends or {}
    shift = sympy.Integer(0)
    for s in steps:
        kind = type(s).__name__
        if kind in ("PowerBoth", "ApplyBoth", "LogBoth", "ExpBoth"):
            return None
        factor = getattr(s, "factor", None) if kind == "MultiplyBoth" else getattr(s, "divisor", None) \
            if kind == "DivideBoth" else None
        if factor is None:
            continue
        factor = sympy.sympify(factor)
        if any(var in depends.get(n, ()) or n in depends for n in factor.free_symbols - {var}):
            return None
        if not factor.has(var):
            continue
        if factor.free_symbols - {var}:
            return None
        m = _leading_exponent(factor, var, centre)
        if m is None:
            return None
        m = m if kind == "MultiplyBoth" else -m
        shift += min(m, 0)
    return shift


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
                return _remainder_vanishes(steps, series, var, point, getattr(outcome, "depends", None))
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
    centre = next(iter(centres))
    shift = _order_shift(steps, var, centre, getattr(outcome, "depends", None))
    if shift is None:
        return (f"cannot differentiate in {var} a truncated series (≃) in {var}: a factor it was multiplied or "
                f"divided by has no known order at {var} = {centre}")
    left = min(int(s.order) for s in series) + shift - int(getattr(rule, "order", 1))
    out = getattr(outcome.output, "rhs", outcome.output)
    if kind == "LogDerivative":
        return _log_derivative_of_truncated(outcome, var, centre, left + 1, out)
    if out is not None and _has_term_below(out, var, centre, left):
        return None
    return (f"cannot differentiate in {var} a truncated series (≃) in {var} this often: after "
            f"{getattr(rule, 'order', 1)} derivative(s) the dropped terms are O(({var} − {centre})^{left}), and no term "
            f"of the result is of lower order (e^(2x) ≃ 1 + 2x would give (e^(2x))'' ≃ 0, where it is 4)")


def _remainder_vanishes(steps: Any, series: Any, var: Any, point: Any, depends: Any = None) -> str | None:
    """Why the limit at the centre of a truncated form is refused: its dropped terms, after the
    derivation's divisions by powers of ``x − x0``, need not vanish there (``e^x − 1 − x ≃ 0``
    divided by ``x²`` is all remainder: its limit is 1/2, not 0); None when they do."""
    shift = _order_shift(steps, var, point, depends)
    left = None if shift is None else min(int(s.order) for s in series) + shift
    if left is not None and left > 0:
        return None
    return (f"cannot take the limit {var} → {point} of a truncated series (≃): after the divisions by powers of "
            f"{var} − {point} its dropped terms are O(({var} − {point})^{left}), which need not vanish there"
            if left is not None else
            f"cannot take the limit {var} → {point} of a truncated series (≃): a factor it was multiplied or divided "
            f"by has no known order there")


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
    input_truncated = _input_truncated(outcome)
    centres: dict[Any, list[Any]] = {}
    for s in steps:
        if type(s).__name__ == "SeriesExpand":
            centres.setdefault(sympy.sympify(s.var), []).append(sympy.sympify(s.point))
    values = _substituted_values(rule, outcome)
    if not input_truncated:  # truncated values put into an exact form: known order only where linear
        from .truncated_chain import truncated_landing
        landing = truncated_landing(rule, outcome, steps, values)
        if landing is not None:
            return landing
    for key, value in values:
        holds = key.free_symbols & set(centres)
        if key not in centres and holds and input_truncated:
            return (f"cannot substitute for {key} in a truncated series (≃) in {', '.join(sorted(map(str, holds)))}: "
                    f"a part that holds the series' variable is replaced by what does not follow it")
        if key not in centres:
            if not input_truncated:
                continue  # a truncated value put into an exact form: its order was judged above
            moving = sorted(map(str, value.free_symbols & set(centres))) if value is not None else []
            if moving:
                return (f"cannot substitute {key} = {value} in a truncated series (≃) in {', '.join(moving)}: the size "
                        f"of the dropped terms depends on {key}, which would then move with {moving[0]} "
                        f"(e^(ax) ≃ 1 + ax with a = 1/x says e ≃ 2)")
            continue
        if value is None:
            return (f"cannot substitute {key} in a truncated series (≃) about {key} = {centres[key][0]}: the value "
                    f"the step names is not an expression in the form's variables")
        if not value.is_number:
            # x → g: the form holds as g → the centre, from the same side: only g = x0 + c(x − x0), c > 0.
            moved = [c for c in centres[key] if not _keeps_the_neighbourhood(value, key, c)]
            if moved:
                return (f"cannot substitute {key} = {value} in a truncated series (≃) about {key} = {moved[0]}: only "
                        f"{key} → {moved[0]} + c·({key} − {moved[0]}) with a constant c > 0 keeps it near its centre "
                        f"and on its side")
            continue
        away = [c for c in centres[key] if c.is_infinite or sympy.simplify(value - c) != 0]
        if away:  # every series in the variable counts: a re-expansion elsewhere does not move the first
            about = ", ".join(f"{key} = {'∞' if c == sympy.oo else c}" for c in centres[key])
            return (f"cannot specialize {key} = {value} in a truncated series (≃) about {about}: the series holds "
                    f"only as {key} approaches its centre, not at a fixed point away from it")
    return None


def _keeps_the_neighbourhood(value: Any, var: Any, centre: Any) -> bool:
    """Whether ``var → value`` maps the series' neighbourhood onto itself, side kept: ``x0 + c(x − x0)``
    with ``c > 0`` free of ``var`` (``c x`` at ±∞)."""
    if centre.is_infinite:
        c = sympy.simplify(value / var)
    else:
        c = sympy.simplify((value - centre) / (var - centre))
    return not c.has(var) and c.is_positive is True


def truncated_in_other_variables(rule: Any, outcome: Any, steps: Any) -> str | None:
    """Why an operation in a variable other than a truncated input's series variable is refused, or None.

    The dropped terms are small as ``x → x0`` with every other variable fixed, not uniformly in them:
    a limit in another variable (``(1 − e^{−ax})/a ≃ x`` as ``a → ∞``), a range of integration or a
    solution in it that moves with ``x`` (``∫₀^{1/x} … da``; ``e^{ax} ≃ 1 + ax`` solved for ``a``)
    would read the form where its dropped terms are not small.
    """
    kind = type(rule).__name__
    if kind not in ("Limit", "Integrate", "SolveFor", "SolveInequality") or not _input_truncated(outcome):
        return None
    var = sympy.sympify(rule.var)
    series = _series_steps(steps)
    if var in series:
        # Its own series allow the limit at their centre; a series in another variable on the form's
        # chain has dropped terms whose size depends on var, not uniformly (review 12): refused.
        from .truncated_chain import chain_series
        index = getattr(outcome, "index", None)
        on_chain = chain_series(steps)[index] if index is not None and 0 <= index < len(steps) else range(len(steps))
        series = {v: ss for v, ss in _series_steps([steps[k] for k in sorted(on_chain)]).items() if v != var}
    if not series:
        return None
    names = ", ".join(sorted(map(str, series)))
    if kind == "Limit":
        return (f"cannot take the limit in {var} of a truncated series (≃) in {names}: its dropped terms are small "
                f"for each fixed {var}, not uniformly as {var} → {rule.point}")
    if kind == "Integrate":
        bounds = [sympy.sympify(b) for b in (getattr(rule, "lower", None), getattr(rule, "upper", None)) if b is not None]
        if any(b.free_symbols & set(series) or b.is_infinite for b in bounds):
            return (f"cannot integrate in {var} a truncated series (≃) in {names} over a range that is unbounded or "
                    f"moves with {names}: its dropped terms are small for each fixed {var}, not uniformly")
        return None
    out = getattr(outcome.output, "rhs", outcome.output)
    if out is not None and sympy.sympify(out).free_symbols & set(series):
        return (f"cannot solve a truncated series (≃) in {names} for {var}: the solution moves with {names}, and the "
                f"dropped terms' size depends on {var} (e^(ax) ≃ 1 + ax solved for a gives (c − 1)/x, where it is "
                f"ln c/x)")
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
