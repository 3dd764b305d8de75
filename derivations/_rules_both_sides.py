"""Step rules that apply one function to both sides of a relation, matrices included.

:class:`ApplyBoth` and its named cases (:class:`MultiplyBoth`, :class:`DivideBoth`,
:class:`AddBoth`, :class:`PowerBoth`, :class:`LogBoth`, :class:`ExpBoth`), with the side
conditions that keep the relation true; :class:`Determinant` and :class:`JacobianMatrix` for
relations between matrices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import sympy
from sympy.core.relational import Relational

from ._rules_base import _eq, _equation, _relation, Inference, Obligation, Rule, RuleError
from ._rules_calculus import _continuous_in, _differentiable

__all__ = [
    "AddBoth",
    "ApplyBoth",
    "Determinant",
    "DivideBoth",
    "ExpBoth",
    "JacobianMatrix",
    "LogBoth",
    "MultiplyBoth",
    "PowerBoth",
]


# -- one function on both sides --------------------------------------------------------------

from sympy.integrals.transforms import IntegralTransform

_VALUE_ONLY_BANNED = (sympy.Derivative, sympy.Integral, sympy.Limit, sympy.Subs, IntegralTransform)


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
            raise RuleError("the function applied to both sides must act on values (no d/dx, ∫, lim, transform)")
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
        # The same differentiability as Differentiate, for every component in every variable.
        obligations: list = []
        for v in self.variables:
            _continuous_in(v, rhs, domains, "a Jacobian")
            obligations += [o for o in _differentiable(rhs, v) if o not in obligations]
        return Inference(_eq(J, sympy.ImmutableMatrix(rhs.jacobian(list(self.variables)))), obligations)

    def describe(self):
        return "the Jacobian matrix ∂y_i/∂x_j"
