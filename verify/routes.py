"""Independent numeric routes: the closed form against a computation that does not use it.

An ``Agreement`` route is compared at its points to the digits it needs, with every value
of ``evaluate()`` certified by arb ball arithmetic where it can be; a ``Measurement`` runs
and reports its own agreement. A route that raises is a failure, never a pass.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath

from derivations import Agreement, Derivation, Measurement
from derivations._model import as_mp
from derivations._precision import GUARD_DIGITS, required_digits

from .numeric import agreement_digits
from .rigorous import certify
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE

__all__ = ["check_route"]

def check_route(derivation: Derivation, dps: int) -> dict[str, Any]:
    """Compare the closed form with its independent numeric route."""
    route = derivation.route
    if route is None:
        return {"route": None, "digits": None, "verdict": INCONCLUSIVE,
                "detail": "no independent numeric route declared"}
    if isinstance(route, Measurement):
        try:
            passed, digits, detail = route.run(dps)
        except Exception as exc:  # a broken route is a failed check, reported with its exception
            return {"route": route.description, "digits": None, "verdict": FAILED,
                    "detail": f"the measurement raised {type(exc).__name__}: {exc}"}
        return {"route": route.description, "digits": digits,
                "verdict": CONFIRMED if passed else FAILED, "detail": detail}
    assert isinstance(route, Agreement)
    need = route.min_digits(dps) if route.min_digits else required_digits(dps)
    worst, worst_point = float(dps), None
    certified = refuted = 0
    for point in route.points:
        try:
            value = derivation.evaluate(dps=dps, **point)
            verdict = _certify(derivation, point, value, dps)
            certified += verdict is True
            refuted += verdict is False
            with mpmath.workdps(dps + GUARD_DIGITS):
                reference = route.compute(**as_mp(derivation.validate(point)))
        except Exception as exc:  # a route or evaluation that raises is a failure, never a pass
            return {"route": route.description, "digits": None, "verdict": FAILED,
                    "detail": f"evaluation at {point} raised {type(exc).__name__}: {exc}"}
        digits = agreement_digits(value, reference, dps)
        if digits < worst:
            worst, worst_point = digits, dict(point, closed_form=mpmath.nstr(value, 20),
                                              route=mpmath.nstr(reference, 20))
    ok = worst >= need and not refuted
    detail = f"{len(route.points)} points, at least {worst:g} of {dps} digits agree (need {need:g})"
    if certified or refuted:
        detail += (f"; arb ball arithmetic certifies evaluate() to {dps - 1} digits at {certified} of "
                   f"{len(route.points)} points" + (f" and refutes it at {refuted}" if refuted else ""))
    result = {"route": route.description, "digits": worst, "verdict": CONFIRMED if ok else FAILED,
              "detail": detail}
    if not ok and worst_point is not None:
        result["counterexample"] = {k: str(v) for k, v in worst_point.items()}
    return result


def _certify(derivation: Derivation, point: Mapping[str, Any], value: Any, dps: int) -> bool | None:
    """Rigorous check of an evaluated value (None when it cannot be decided)."""
    if derivation.evaluator is not None:
        return None  # the value is not a plain substitution into one expression
    values = derivation.validate(point)
    if any(isinstance(v, str) for v in values.values()):
        return None
    exact = {derivation.param(n).symbol: v for n, v in values.items()}
    return certify(derivation.value(derivation.result), exact, value, dps=dps)
