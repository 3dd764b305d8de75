"""The kernel's checks of a user's ``value=`` and ``evaluator`` hooks (:mod:`verify.isolation`).

A rebuilt derivation's hooks are user code in the child: a ``value=`` hook must pick a part of the
derived result or agree with its right-hand side on the domain (:class:`ValueHook`, proved or
confirmed by the kernel); an ``evaluator`` must agree with the kernel's own evaluation of the
derived value at the route's points (:func:`check_hooks`).
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy

from derivations import Derivation, DerivationError
from derivations import _model
from derivations._precision import route_digits_floor

from .user_process import UserCallable

__all__ = ["ValueHook", "is_isolated", "check_hooks"]


class ValueHook:
    """A user's ``value=`` hook, checked: it must pick a part of the derived result, or agree with
    the result's right-hand side on the domain (proved or confirmed by the kernel)."""

    def __init__(self, hook: UserCallable):
        self.hook = hook
        self.derivation: Derivation | None = None
        self._seen: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<checked value= hook: {self.hook.where}>"

    def __call__(self, result: Any) -> Any:
        key = sympy.srepr(result)
        if key not in self._seen:
            self._seen[key] = self._check(result)
        out = self._seen[key]
        if isinstance(out, Exception):
            raise out
        return out

    def _check(self, result: Any) -> Any:
        try:
            expr = self.hook(result)
        except Exception as exc:  # noqa: BLE001 - the hook's failure is the evaluation's failure
            return DerivationError(f"the value= hook raised {type(exc).__name__}: {exc}")
        if isinstance(result, sympy.Basic) and any(expr == sub for sub in sympy.preorder_traversal(result)):
            return expr  # a part of the derived result, picked out
        rhs = _model._rhs(result)
        ident = self.derivation.id if self.derivation is not None else "?"
        if isinstance(rhs, sympy.Expr) and isinstance(expr, sympy.Expr) and self.derivation is not None:
            from .checker import CONFIRMED, PROVED, prove_equal
            dps = max(mpmath.mp.dps, 15)
            with mpmath.workdps(dps):
                verdict = prove_equal(expr, rhs, self.derivation.domains(), key=f"{ident}#value", dps=dps)
            if verdict.verdict in (PROVED, CONFIRMED):
                return expr
            why = verdict.method
        else:
            why = "it is not a part of the derived result, which has no right-hand side to compare it with"
        return DerivationError(f"{ident}: the value= hook returns {expr}, which the steps did not derive "
                               f"(the derived result is {result}): {why}")


def is_isolated(derivation: Any) -> bool:
    """Whether ``derivation`` was rebuilt from a user's file (its code lives in the child): it is
    marked so, or (a ``dataclasses.replace`` copy) its hooks are the child's."""
    return (getattr(derivation, "_wallcheck_user", False) is True or isinstance(derivation.value, ValueHook)
            or isinstance(derivation.evaluator, UserCallable))


def check_hooks(derivation: Derivation, dps: int) -> list[dict[str, Any]]:
    """The kernel's checks of a rebuilt derivation's ``value=`` and ``evaluator`` hooks.

    ``value=``: the hook's expression must be part of the derived result or equal to its
    right-hand side (:class:`ValueHook`). ``evaluator``: at the route's points, its number must
    agree with the kernel's own evaluation of the derived value to the route's digits.
    """
    out: list[dict[str, Any]] = []
    if isinstance(derivation.value, ValueHook):
        try:
            derivation.value(derivation.result)
            out.append({"hook": "value=", "verdict": "proved",
                        "detail": "the hook's expression is the derived result's (a part of it, or equal to its "
                                  "right-hand side)"})
        except DerivationError as exc:
            out.append({"hook": "value=", "verdict": "failed", "detail": str(exc)})
        except Exception as exc:  # noqa: BLE001 - a chain that cannot be replayed is reported by its steps
            out.append({"hook": "value=", "verdict": "inconclusive",
                        "detail": f"not checked: {type(exc).__name__}: {exc}"})
    if isinstance(derivation.evaluator, UserCallable):
        out.append(_check_evaluator(derivation, dps))
    return out


def _exact(v: Any) -> Any:
    """A validated parameter as SymPy evaluates it (a choice stays a text)."""
    from fractions import Fraction
    if isinstance(v, Fraction):
        return sympy.Rational(v.numerator, v.denominator)
    if isinstance(v, int):
        return sympy.Integer(v)
    return v


def _check_evaluator(derivation: Derivation, dps: int) -> dict[str, Any]:
    from .checker import _value
    from .numeric import agreement_digits
    route = derivation.route
    points = list(getattr(route, "points", ()) or ())
    if not points:
        return {"hook": "evaluator", "verdict": "inconclusive",
                "detail": "not checked: the derivation has no route points at which to compare it"}
    need = route_digits_floor(dps)
    try:
        expr = sympy.sympify(derivation.value(derivation.result))
        for point in points:
            values = derivation.validate(point)
            with mpmath.workdps(dps + 15):
                theirs = derivation.evaluator(expr, values)
                exact = {derivation.param(n).symbol: _exact(v) for n, v in values.items()}
                ours = _value(expr.doit() if isinstance(expr, sympy.Basic) else expr, exact, dps)
            if ours is None:
                return {"hook": "evaluator", "verdict": "inconclusive",
                        "detail": f"not checked: the kernel cannot evaluate {expr} at {point}"}
            ours = ours.real if not ours.imag else ours
            digits = agreement_digits(ours, theirs, dps)
            if digits < need:
                return {"hook": "evaluator", "verdict": "failed",
                        "detail": f"at {point} the evaluator gives {mpmath.nstr(theirs, 15)} but the derived value "
                                  f"is {mpmath.nstr(ours, 15)} ({digits:g} digits agree, need {need})"}
    except Exception as exc:  # noqa: BLE001 - an evaluator that raises is not checked, and says why
        return {"hook": "evaluator", "verdict": "failed", "detail": f"{type(exc).__name__}: {exc}"}
    return {"hook": "evaluator", "verdict": "confirmed",
            "detail": f"agrees with the kernel's evaluation of the derived value at {len(points)} points"}
