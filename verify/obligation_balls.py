"""Side conditions decided by ball arithmetic on bisected boxes of the domain (verify/balls.py).

Split from :mod:`verify.obligations`: a sign or a condition proved on the whole box (``proved``;
``confirmed`` on a box clipped at ``10^±300``), refuted on a piece where it fails throughout, or
shown to vanish between two points of opposite sign (the intermediate value theorem).
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from derivations._budget import TACTIC_SECONDS, OutOfTime, within
from derivations._domains import Domain
from derivations._precision import EXTREME_EXPONENT

from .certify_bands import decide
from .verdicts import CONFIRMED, FAILED, PROVED, StepVerdict

__all__ = ["_ball_condition", "_ball_sign", "_sign_change"]


def _ball_condition(cond: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]],
                    text: str) -> StepVerdict | None:
    """A condition decided by ball arithmetic on bisected boxes (verify/certify_bands.py): proved
    (confirmed on a clipped box), failed on a piece where it is false throughout, or None."""
    try:
        verdict, cx, clipped = within(TACTIC_SECONDS, decide, cond, domains, restrict)
    except (OutOfTime, ValueError, TypeError, ZeroDivisionError, OverflowError):
        return None
    if verdict == "proved":
        where = "on the domain" if not clipped else "on the domain clipped at 10^±300 or to the sample range"
        return StepVerdict(CONFIRMED if clipped else PROVED, f"{text}: proved by ball arithmetic {where}")
    if verdict == "disproved":
        return StepVerdict(FAILED, f"{text}: false at a point of the domain (decided by ball arithmetic)", cx)
    return None


def _ball_box(expr: Any, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]
              ) -> tuple[dict[str, tuple[Any, Any]], bool] | None:
    """The domain as a closed box for ball arithmetic, and whether it had to be clipped at
    10^±EXTREME_EXPONENT (then a proof covers the box, not the whole domain)."""
    box, clipped = {}, False
    big = sympy.Integer(10) ** EXTREME_EXPONENT
    for s in expr.free_symbols:
        d = domains.get(s)
        if d is None or d.kind != "real":
            return None
        lo, hi = restrict.get(s, (d.lo_outer, d.hi_outer))
        clipped |= s in restrict
        if lo is None:
            lo, clipped = -big, True
        if hi is None:
            hi, clipped = big, True
        if lo == 0 and d.lo_open and s not in restrict:
            lo, clipped = 1 / big, True  # (0, …): the box starts at 10^-300
        box[str(s)] = (sympy.Rational(lo), sympy.Rational(hi))
    return box, clipped


def _ball_sign(expr: Any, kind: str, domains: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]],
               text: str) -> StepVerdict | None:
    """Decide a sign condition by ball arithmetic on bisected boxes of the domain (verify/balls.py).

    A proof on the whole (bounded) box is ``proved``; on a box clipped at 10^±300 it is
    ``confirmed``; a piece whose ball lies on the wrong side is a counterexample. None when
    the balls cannot decide (the expression has no ball translation, or the budget ran out).
    """
    from .balls import Budget, NotTranslatable, prove
    shaped = _ball_box(expr, domains, restrict)
    if shaped is None or not expr.free_symbols:
        return None
    box, clipped = shaped
    budget = Budget(max_boxes=2000, max_depth=40, dps=30)
    relations = {"positive": [">"], "nonnegative": [">="], "nonzero": [">", "<"]}[kind]
    results = []
    for rel in relations:
        try:
            r = within(TACTIC_SECONDS, prove, expr, rel, box, budget=budget)
        except (NotTranslatable, OutOfTime, ValueError, ZeroDivisionError, TypeError, OverflowError):
            return None
        if r.verdict == "proved":
            where = "on the domain" if not clipped else "on the domain clipped at 10^±300"
            verdict = CONFIRMED if clipped else PROVED
            return StepVerdict(verdict, f"{text}: proved by ball arithmetic {where} ({r.boxes} boxes)")
        results.append(r)
    if kind != "nonzero" and results and results[0].verdict == "disproved":
        return StepVerdict(FAILED, f"{text}: fails by ball arithmetic on a piece of the domain",
                           dict(results[0].counterexample or {}, condition=str(expr)))
    if kind == "nonzero" and not all(r.verdict == "disproved" for r in results):
        # A zero on a band narrower than the bisection depth (a spike 10^-12 wide): look deeper
        # for the two signs, then the intermediate value theorem decides.
        deeper = Budget(max_boxes=2000, max_depth=_DEEP_BISECTION, dps=30)
        try:
            results = [r if r.verdict == "disproved" else within(TACTIC_SECONDS, prove, expr, rel, box, budget=deeper)
                       for r, rel in zip(results, relations)]
        except (NotTranslatable, OutOfTime, ValueError, ZeroDivisionError, TypeError, OverflowError):
            return None
    if kind == "nonzero" and all(r.verdict == "disproved" and r.point for r in results):
        zero = _sign_change(expr, results[0].point, results[1].point)
        if zero is not None:
            return StepVerdict(FAILED, f"{text}: it vanishes in the domain (ball arithmetic: it is ≤ 0 at one point "
                                       f"and ≥ 0 at another, and continuous between them)", zero)
    return None


#: Halvings of one piece allowed when a non-vanishing condition is searched for a sign change.
_DEEP_BISECTION = 80


def _sign_change(expr: Any, low: Mapping[str, Any], high: Mapping[str, Any]) -> dict[str, str] | None:
    """The two points, as a counterexample, if ``expr`` must vanish between them, else None.

    ``expr`` is ≤ 0 at ``low`` and ≥ 0 at ``high`` (point balls, exact points). A finite ball
    over the box they span means every operation is defined there (no pole, no log or root
    of a ball reaching 0), so ``expr`` is continuous on the segment joining them, inside the
    (convex) domain box, and vanishes on it by the intermediate value theorem.
    """
    import flint

    from .balls import _fmt, _interval, to_arb
    symbols = {str(s): s for s in expr.free_symbols}
    if set(symbols) != set(low) or set(symbols) != set(high):
        return None
    old, flint.ctx.dps = flint.ctx.dps, 30
    try:
        at_low = to_arb(expr, {symbols[k]: _interval(v, v) for k, v in low.items()})
        at_high = to_arb(expr, {symbols[k]: _interval(v, v) for k, v in high.items()})
        hull = to_arb(expr, {symbols[k]: _interval(min(low[k], high[k]), max(low[k], high[k])) for k in symbols})
    except (ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    finally:
        flint.ctx.dps = old
    if not (at_low.is_finite() and at_high.is_finite() and hull.is_finite()):
        return None
    if not (bool(at_low <= 0) and bool(at_high >= 0)):
        return None
    cx = {f"{k} (value ≤ 0)": _fmt(v) for k, v in low.items()}
    cx.update({f"{k} (value ≥ 0)": _fmt(v) for k, v in high.items()})
    return cx
