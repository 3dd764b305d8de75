r"""The default independent route of a derivation read from LaTeX: its last line re-derived numerically.

A ``.tex`` derivation without ``\wcroute`` still gets a route of kind ``consistency`` (it
re-solves the derivation's own lines, so it catches a slip in the last step, not a wrong
premise): the form the last line starts from is taken *as written* and the last
operation is done again by mpmath instead of SymPy — a root by bracketing and
``findroot`` for ``solve for``, ``mpmath.diff`` for a derivative (also inside a
substituted definition such as ``x L'(x)/L(x)``), ``mpmath.quad`` for an integral,
``mpmath.limit`` for a limit, direct evaluation after a substitution or a rewrite — at
three points drawn from the parameters' domains, and compared with the closed form.
An inequality solved for a variable is checked at its threshold (where its two sides
meet). Operations with no numeric counterpart here (limits, series, matrices) get no
route, and the derivation's route verdict says so (inconclusive), as in Python.
"""

from __future__ import annotations

import functools
import hashlib
import random
from typing import Any, Callable, Mapping

import mpmath
import sympy
from sympy.core.function import AppliedUndef

from derivations import (Agreement, ApplyBoth, Derivation, Differentiate, Integrate, Limit, LogDerivative, Ref,
                         Rewrite, SolveFor, SolveInequality, Substitute)

__all__ = ["default_route", "numeric_value", "route_points"]


def route_points(d: Derivation, n: int = 3) -> tuple[dict[str, Any], ...]:
    """``n`` points of the parameters' domains, drawn reproducibly (seeded by the id)."""
    rng = random.Random(int(hashlib.sha256(d.id.encode()).hexdigest()[:8], 16))
    params = [d.param(name) for name in d.parameters]
    if not params:
        return ({},)  # a constant result: one evaluation
    return tuple({p.name: p.domain.draw(rng) for p in params} for _ in range(n))


def numeric_value(expr: Any, values: Mapping[Any, Any]) -> Any:
    """``expr`` at ``values`` (symbol -> mpf) in mpmath; each derivative by ``mpmath.diff``, not by SymPy."""
    expr = sympy.sympify(expr)
    derivs = [a for a in expr.atoms(sympy.Derivative)
              if not any(b is not a and b.has(a) for b in expr.atoms(sympy.Derivative))]
    if derivs:
        stand = {}
        for k, dv in enumerate(derivs):
            inner, (var, order) = dv.expr, dv.variable_count[0]
            if len(dv.variable_count) != 1 or var not in values:
                raise ValueError(f"cannot differentiate numerically: {dv}")
            here = dict(values)

            def f(t: Any, _inner: Any = inner, _var: Any = var, _here: dict = here) -> Any:
                return numeric_value(_inner, {**_here, _var: t})

            stand[dv] = sympy.Dummy(f"d{k}")
            values = {**values, stand[dv]: mpmath.diff(f, values[var], int(order))}
        expr = expr.xreplace(stand)
    if expr.atoms(AppliedUndef):
        raise ValueError(f"the form still holds an undefined function: {sorted(map(str, expr.atoms(AppliedUndef)))}")
    free = sorted(expr.free_symbols, key=str)
    missing = [s for s in free if s not in values]
    if missing:
        raise ValueError(f"no value for {', '.join(map(str, missing))}")
    return _compiled(expr, tuple(free))(*[values[s] for s in free])


@functools.lru_cache(maxsize=256)
def _compiled(expr: Any, free: tuple[Any, ...]) -> Callable[..., Any]:
    """``expr`` as an mpmath function of ``free`` (compiled once per form: a root search calls it often)."""
    return sympy.lambdify(free, expr, modules="mpmath")


def _real(value: Any) -> mpmath.mpf:
    value = mpmath.mpmathify(value)
    if isinstance(value, mpmath.mpc):
        if abs(value.imag) > abs(value) * mpmath.mpf(10) ** (-mpmath.mp.dps + 5):
            raise ValueError(f"the value {mpmath.nstr(value, 10)} is not real")
        value = value.real
    return value


def _brackets(f: Callable[[Any], Any], domain: Any) -> list[tuple[Any, Any]]:
    """Sign changes of ``f`` on a grid over ``domain`` (uniform if bounded, logarithmic otherwise)."""
    lo = None if domain.lo is None else mpmath.mpf(domain.lo.numerator) / domain.lo.denominator
    hi = None if domain.hi is None else mpmath.mpf(domain.hi.numerator) / domain.hi.denominator
    n = 200
    if lo is not None and hi is not None:
        grid = [lo + (hi - lo) * (k + mpmath.mpf(1) / 2) / n for k in range(n)]
    elif lo is not None and lo >= 0:
        grid = [lo + mpmath.mpf(10) ** (-12 + 24 * mpmath.mpf(k) / n) for k in range(n + 1)]
    else:
        pos = [mpmath.mpf(10) ** (-12 + 24 * mpmath.mpf(k) / n) for k in range(n + 1)]
        grid = [-x for x in reversed(pos)] + pos
        if hi is not None:
            grid = [x for x in grid if x < hi]
        if lo is not None:
            grid = [x for x in grid if x > lo]
    out, prev = [], None
    for x in grid:
        try:
            v = _real(f(x))
        except (ValueError, ZeroDivisionError, ArithmeticError):
            prev = None
            continue
        if prev is not None and (v == 0 or (prev[1] < 0) != (v < 0)):
            out.append((prev[0], x))
        prev = (x, v)
    return out


def default_route(d: Derivation) -> Agreement | None:
    """The numeric re-derivation of ``d``'s last line (see the module), or None when there is none."""
    rule = d.steps[-1]

    class _Given:
        """The form the last line starts from, as written (from the replay, on first use)."""

        def __getattr__(self, attr: str) -> Any:
            form = list(d.replay())[-1].given
            if not isinstance(form, sympy.core.relational.Relational):
                raise ValueError(f"the last line starts from {form}, not a relation")
            return getattr(form, attr)

    given = _Given()
    params = [d.param(n) for n in d.parameters]
    # Symbols the line before has but the result does not (E in d(E + A/N^a)/dN): one fixed value each.
    rng = random.Random(int(hashlib.sha256(("others:" + d.id).encode()).hexdigest()[:8], 16))
    others = {p.symbol: p.domain.draw(rng) for p in d.symbols if p.name not in d.parameters and p.domain.kind != "choice"}

    integers = {p.symbol for p in d.symbols if p.domain.kind == "integer"}

    def point(values: Mapping[str, Any]) -> dict[Any, Any]:
        # An integer parameter stays an integer: it may be a sum's bound.
        at = {k: (int(v) if k in integers else mpmath.mpf(sympy.Rational(v).p) / sympy.Rational(v).q)
              for k, v in others.items()}
        at.update({p.symbol: int(values[p.name]) if p.symbol in integers else mpmath.mpf(values[p.name])
                   for p in params})
        return at

    kind = type(rule)
    if kind in (SolveFor, SolveInequality):  # an inequality's threshold is where its two sides meet
        var = rule.var
        try:
            domain = d.param(var.name).domain
        except KeyError:
            return None
        residual = given.lhs - given.rhs
        how = f"the root in {var} of the line it is solved from, bracketed on its domain and refined by findroot"

        def compute(**values: Any) -> Any:
            at = point(values)
            f = lambda t: numeric_value(residual, {**at, var: t})  # noqa: E731
            roots = []
            for a, b in _brackets(f, domain):
                try:
                    roots.append(_real(mpmath.findroot(f, (a, b), solver="anderson")))
                except (ValueError, ZeroDivisionError):
                    roots.append(_real(mpmath.findroot(f, (a, b), solver="bisect")))
            if not roots:
                raise ValueError(f"no root in {var} on its domain")
            target = d.evaluate(dps=mpmath.mp.dps, **values)  # only chooses among the roots found
            return min(roots, key=lambda r: abs(r - target))
    elif kind is Differentiate:
        var, order = rule.var, rule.order
        how = f"mpmath.diff of the line it is differentiated from, in {var}"

        def compute(**values: Any) -> Any:
            at = point(values)
            return mpmath.diff(lambda t: numeric_value(given.rhs, {**at, var: t}), at[var], order)
    elif kind is LogDerivative:
        var = rule.var
        how = f"x f'/f by mpmath.diff of the line before, in {var}"

        def compute(**values: Any) -> Any:
            at = point(values)
            f = lambda t: numeric_value(given.rhs, {**at, var: t})  # noqa: E731
            return at[var] * mpmath.diff(f, at[var]) / f(at[var])
    elif kind is Integrate:
        var = rule.var
        how = f"mpmath.quad of the integrand, in {var}"

        def compute(**values: Any) -> Any:
            at = point(values)
            lo = numeric_value(sympy.sympify(rule.lower), at)
            hi = numeric_value(sympy.sympify(rule.upper), at)
            return mpmath.quad(lambda t: numeric_value(given.rhs, {**at, var: t}), [lo, hi])
    elif kind is Limit:
        return None  # mpmath.limit extrapolates: not to the digits a route must reach
    elif kind is Substitute:
        how = "the line before with the substitution made, evaluated numerically (derivatives by mpmath.diff)"

        def compute(**values: Any) -> Any:
            forms = {p.name: p.expr for p in d.premises}
            forms.update({o.rule.name: o.expect for o in d.replay() if o.rule.name})
            subs: dict[Any, Any] = {}
            if rule.using:
                subs[forms[rule.using].lhs] = forms[rule.using].rhs
            for key, value in rule.mapping.items():
                key = sympy.sympify(key)
                if isinstance(value, Ref):
                    eq = forms[value.name]
                    subs[key] = eq.rhs if eq.lhs == key else eq.lhs
                else:
                    subs[key] = sympy.sympify(value)
            return numeric_value(given.rhs.subs(subs), point(values))
    elif kind in (Rewrite,) or issubclass(kind, Rewrite):
        how = "the line before, evaluated numerically (derivatives by mpmath.diff)"

        def compute(**values: Any) -> Any:
            return numeric_value(given.rhs, point(values))
    elif issubclass(kind, ApplyBoth):
        fn = rule._lambda()
        how = f"{rule.describe()}, done numerically on the line before"

        def compute(**values: Any) -> Any:
            at = point(values)
            x = sympy.Dummy("x")
            return numeric_value(fn(x), {**at, x: numeric_value(given.rhs, at)})
    else:
        return None
    return Agreement(f"consistency: the last line re-derived numerically ({how})", compute, route_points(d),
                     min_digits=lambda dps: dps - 10, kind="consistency")
