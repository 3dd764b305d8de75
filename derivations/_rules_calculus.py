"""Calculus step rules: :class:`Differentiate`, :class:`LogDerivative`, :class:`Integrate`, :class:`Limit`, :class:`SeriesExpand`.

Each re-derives its output with SymPy and states what SymPy's answer rests on as obligations:
smoothness and continuity where a derivative or a limit is taken, convergence conditions of an
integral, and the certificates of SymPy's values (discharged by ``verify.certify_ops``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import sympy

from ._rules_base import _eq, _equation, _resolve, Inference, Obligation, Ref, Rule, RuleError
from ._rules_exceptional import (certify_at_exceptional, critical_at_infinity, evaluate_integrals,
                                 integrals_converge, pole_conditions, poles)
from ._rules_smoothness import algebraic_in, smoothness_conditions

__all__ = [
    "Differentiate",
    "Integrate",
    "Limit",
    "LogDerivative",
    "SeriesExpand",
]


# -- certification obligations for SymPy's answers (discharged by verify.certify_ops) -----------

def _continuous_in(var: Any, expr: Any, domains: Mapping[Any, Any], what: str) -> None:
    """Refuse calculus in a parameter whose domain is not an interval of reals, unless the form fixes it.

    A form in an integer or a choice holds on isolated points, never on an open set of
    ``var``; a smooth formula extends it off them, but another formula agreeing on those
    points (``n + sin(πn(n+1)/2)`` for ``n``) extends it differently, with another
    derivative. Only an algebraic form on an unbounded set of integers fixes its extension
    (:func:`derivations._rules_smoothness.algebraic_in`); anything else is refused.
    """
    dom = domains.get(var)
    if dom is None or dom.kind == "real":
        return
    if dom.kind == "integer" and (dom.lo is None or dom.hi is None) and algebraic_in(expr, var):
        return
    raise RuleError(f"{what} in {var}, which is {dom.describe()}, needs the form to hold on an open set of "
                    f"{var}; {'an integer' if dom.kind == 'integer' else 'a choice'} parameter has none, and only an algebraic form (+, ×, rational powers) "
                    f"on an unbounded set of integers fixes its extension to real {var}: declare {var} real")


@dataclass
class Differentiate(Rule):
    """Differentiate both sides: lhs = f -> d^n lhs/dx^n = d^n f/dx^n."""

    var: Any
    order: int = 1

    def infer(self, given, env, domains):
        eq = _equation(given, "differentiation")
        _continuous_in(self.var, eq.rhs, domains, "differentiation")
        derivative = sympy.diff(eq.rhs, self.var, self.order)
        obligations = _differentiable(eq.rhs, self.var) + integrals_converge(eq.rhs, domains)
        if derivative.has(sympy.Integral) and not sympy.sympify(self.expect).has(sympy.Integral):
            # Written in closed form: the integrals the Leibniz rule leaves are evaluated, certified.
            derivative, certificates = evaluate_integrals(derivative, domains)
            obligations += certificates
        return Inference(_eq(sympy.Derivative(eq.lhs, (self.var, self.order)), derivative), obligations)

    def describe(self):
        return f"differentiate with respect to {self.var}" + (f" ({self.order} times)" if self.order > 1 else "")


def _differentiable(expr: Any, var: Any) -> list[Obligation]:
    """Side conditions for ``expr`` to be differentiable in ``var`` on the domain.

    SymPy differentiates ``|x|`` to ``sign(x)`` everywhere, also at the kink: only functions
    on the allow-list of :mod:`derivations._rules_smoothness` pass, with their conditions.
    """
    return smoothness_conditions(expr, var)


@dataclass
class LogDerivative(Rule):
    """Local power-law exponent of both sides: lhs = f -> x lhs'/lhs = x f'/f (f ≠ 0)."""

    var: Any

    def infer(self, given, env, domains):
        eq = _equation(given, "the logarithmic derivative")
        _continuous_in(self.var, eq.rhs, domains, "a logarithmic derivative")
        f = eq.rhs
        out = _eq(self.var * sympy.Derivative(eq.lhs, self.var) / eq.lhs, self.var * sympy.diff(f, self.var) / f)
        return Inference(out, [Obligation("nonzero", f, f"{f} ≠ 0 (divided by)")] + _differentiable(f, self.var)
                         + integrals_converge(f, domains))

    def describe(self):
        return f"take the logarithmic derivative d ln f / d ln {self.var}"


def _piecewise_value(value: Any, integral: tuple | None = None) -> tuple[Any, list[Obligation]]:
    """SymPy's conditional answer (first branch) and the conditions it rests on. For an integral
    (``integral`` = integrand, variable, ends) a condition is one SymPy found sufficient, often
    stated for complex parameters (``|arg t + π| ≤ π/2``, false for every real ``t``): where it
    fails, the value must be certified there instead (``integral_condition``, review 19)."""
    obligations = []
    conditions = []
    while isinstance(value, sympy.Piecewise):
        expr, cond = value.args[0]
        if cond is not sympy.true:
            conditions.append(cond)
        value = expr
    for cond in conditions:
        if integral is None:
            obligations.append(Obligation("true", cond, f"SymPy's condition {cond} holds"))
        else:
            obligations.append(Obligation("integral_condition", sympy.Tuple(cond, *integral, value),
                                          f"SymPy's condition {cond} holds", symbol=integral[1]))
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
        value, conditions = _piecewise_value(value, (eq.rhs, self.var, lo, hi))
        obligations += conditions
        if value.has(sympy.Integral):
            raise RuleError(f"SymPy left the integral unevaluated: {value}")
        # A pole inside the range makes the integral diverge, whatever value SymPy reports.
        found = poles(eq.rhs, self.var)
        # A complex pole depending on a parameter: compared through its real part.
        obligations += pole_conditions(eq.rhs, self.var, lo, hi, domains, "the integral converges")
        obligations += integrals_converge(eq.rhs, domains)
        obligations.append(Obligation("real", value, "the integral converges to a real value"))
        what = f"SymPy's ∫_{lo}^{hi} {eq.rhs} d{self.var} = {value}"
        obligations.append(Obligation("integral_value", sympy.Tuple(eq.rhs, self.var, lo, hi, value), what,
                                      symbol=self.var))
        # Where a pole reaches an end of the range at one parameter value, the value may jump there.
        ends = [r - e for r in found for e in (lo, hi) if e.is_finite is not False]
        obligations += certify_at_exceptional("integral_value", eq.rhs, self.var, None, value, (lo, hi), domains,
                                              what, critical=[e for e in ends if e.free_symbols])
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
    lo, hi = dom.lo_exact, dom.hi_exact
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


def _at(expr: Any, var: Any, point: Any) -> Any:
    return sympy.sympify(expr).subs(var, point)


def _continuous_value(expr: Any, var: Any, point: Any) -> tuple[Any, list[Obligation]]:
    """``expr`` at ``var = point`` as the limit there, with the conditions that make it one.

    An expression built from functions continuous where they are finite (no kink, jump or
    switch in ``var``) tends to its value at a point where every denominator is non-zero
    and the value is finite; anything else is refused.
    """
    # Continuous at the point: every function on the allow-list, its conditions met there.
    smooth = [Obligation(o.kind, _at(o.expr, var, point), f"at {var} = {point}: {o.text}")
              for o in smoothness_conditions(expr, var)]
    value = sympy.sympify(expr).subs(var, point)
    if value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo):
        raise RuleError(f"{expr} is not defined at {var} = {point}: a limit there is not a substitution")
    obligations = smooth + [Obligation("finite", value, f"{expr} is continuous at {var} = {point}: its value "
                                                        f"{value} there is finite")]
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
        obligations = integrals_converge(eq.rhs, domains)
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
        if point.is_infinite:  # the kernel certifies the limit itself; here only where a leading coefficient vanishes
            obligations += certify_at_exceptional("limit_value", eq.rhs, self.var, point, value,
                                                  (-1 if point == sympy.oo else 1,), domains,
                                                  f"SymPy's limit {value} of {eq.rhs} as {self.var} → {point}",
                                                  critical=critical_at_infinity(eq.rhs, self.var))
        if not point.is_infinite:
            side = {"+": 1, "-": -1, "+-": 0}[direction]
            what = (f"SymPy's limit {value} of {eq.rhs} as {self.var} → {point}"
                    f"{ {'+': '⁺', '-': '⁻'}.get(direction, '')}")
            obligations.append(Obligation("limit_value", sympy.Tuple(eq.rhs, self.var, point, value, side), what,
                                          symbol=self.var))
            obligations += certify_at_exceptional("limit_value", eq.rhs, self.var, point, value, (side,), domains,
                                                  what)
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
    lo, hi = dom.lo_exact, dom.hi_exact
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
            # Certified like a series at 0 in t = 1/x (SymPy's O(x^-n) at ±∞ is O(t^n) as t → 0±).
            inverted = {self.var: 1 / self.var}
            certificate = Obligation("series_value", sympy.Tuple(eq.rhs.subs(inverted), self.var, 0,
                                                                 series.subs(inverted), self.order,
                                                                 1 if point == sympy.oo else -1),
                                     f"SymPy's expansion of {eq.rhs} as {self.var} → {point} is right to order "
                                     f"{self.order} in 1/{self.var}", symbol=self.var)
            return Inference(_eq(eq.lhs, series), [certificate], approximate=True)
        _continuous_in(self.var, eq.rhs, domains, "a series at a finite point")
        sides = ("+", "-") if direction == "+-" else (direction,)
        expansions = [sympy.series(eq.rhs, self.var, point, self.order, dir=d).removeO() for d in sides]
        if len(expansions) == 2 and sympy.simplify(expansions[0] - expansions[1]) != 0:
            raise RuleError(f"the expansions of {eq.rhs} from above and below {self.var} = {point} differ "
                            f"({expansions[0]} and {expansions[1]}): state the side")
        side = {"+": 1, "-": -1, "+-": 0}[direction]
        what = f"SymPy's expansion of {eq.rhs} about {self.var} = {point} is right to order {self.order}"
        certificate = Obligation("series_value", sympy.Tuple(eq.rhs, self.var, point, expansions[0], self.order, side),
                                 what, symbol=self.var)
        again = certify_at_exceptional("series_value", eq.rhs, self.var, point, expansions[0], (self.order, side),
                                       domains, what)
        return Inference(_eq(eq.lhs, expansions[0]), [certificate, *again, *integrals_converge(eq.rhs, domains)],
                         approximate=True)

    def describe(self):
        point = "∞" if self.point == sympy.oo else self.point
        return f"expand in series in {self.var} about {point} to order {self.order}"
