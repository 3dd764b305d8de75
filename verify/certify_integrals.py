"""Certificates of SymPy's definite integrals, ``∫_a^b f dx = V`` (split from :mod:`verify.certify_ops`).

Rigorous quadrature with arb (``acb.integral``, whose enclosure is guaranteed; non-analytic
pieces such as ``|·|``, ``sign``, ``Heaviside``, ``floor`` and branch cuts are handled by arb's
``analytic`` flag) on finite ranges, mpmath's double-exponential quadrature at two precisions
on infinite ones (an integrand oscillating as ``sin``/``cos`` of a linear argument: summed
period by period once its periods are seen to decay, :mod:`verify.certify_oscillatory`), at
points of the parameters' whole domain. A point where the value is shown
wrong fails the step; where nothing can be evaluated the obligation is ``inconclusive``.
"""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

import flint
import mpmath
import sympy

from derivations._domains import Domain
from derivations._precision import (CERTIFY_POINTS, QUADRATURE_DIGITS, QUADRATURE_EVALUATIONS,
                                    SECOND_OPINION_AGREEMENT, NotEnclosable, arb_compile, arb_exact, arb_to_mpf)
from derivations._rules import Obligation

from .certify_ops import _exact, _joint_corners, _moderate_points, _outcome, _parameter_points, _shown, acb_compile
from .certify_decay import slowest_decay_points
from .certify_oscillatory import TIMED_OUT, oscillatory_second_opinion, oscillatory_value, summation_frequency
from .certify_quadrature import converges_absolutely, infinite_breakpoints, second_opinion_agrees, slow_tail
from .certify_peaks import peak_breakpoints
from .certify_scan import suspect_points
from .confirm import _show, _value
from .exact_points import exact_at
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, StepVerdict

__all__ = ["certify_condition", "certify_integral"]


def _bound(value: Any, prec: int) -> flint.arb | None:
    """An exact (or tightly enclosed) integration bound as an arb ball, or None if infinite."""
    value = sympy.sympify(value)
    if value.is_infinite:
        return None
    if value.is_Rational:
        return arb_exact(value)
    old = flint.ctx.prec
    flint.ctx.prec = prec
    try:
        return arb_compile(value, [])([])
    finally:
        flint.ctx.prec = old


class Quadrature(NamedTuple):
    """A quadrature's value and error; ``rigorous``: arb's enclosure, else tanh-sinh's estimate."""

    value: mpmath.mpf
    error: mpmath.mpf
    rigorous: bool


def _quadrature(f: Any, x: Any, lo: Any, hi: Any, params: Mapping[Any, Any], digits: int, fine: bool = False,
                extra: Any = ()) -> Quadrature | None:
    """``∫_lo^hi f dx`` at the point, or None where it cannot be summed.

    Finite ranges: arb's rigorous enclosure. Infinite ranges, and a finite one arb cannot enclose
    (review 20: ``x^p`` at an end, a branch point, where arb gives no finite ball): mpmath's tanh-sinh
    quadrature at two precisions, the error taken as their difference plus its own estimate (not
    rigorous: an infinite range is certified only to half the digits, and such a value refutes
    only with a second method's word).
    """
    prec = int(digits * 3.33) + 40
    lo_s, hi_s = sympy.sympify(lo).xreplace(params), sympy.sympify(hi).xreplace(params)
    old = flint.ctx.prec
    flint.ctx.prec = prec
    try:
        # Exact parameter values first: x**(2k - 2) at k = 3 becomes x**4, entire, not a branch cut.
        fn = acb_compile(exact_at(f, params, {x}), x, {})
        a, b = _bound(lo_s, prec), _bound(hi_s, prec)
        if a is not None and b is not None:
            ball = flint.acb.integral(fn, a, b, eval_limit=QUADRATURE_EVALUATIONS)
            if ball.is_finite():
                with mpmath.workprec(prec):
                    mid = arb_to_mpf(ball.real)
                    rad = arb_to_mpf(ball.real.rad()) + arb_to_mpf(abs(ball.imag).upper())
                return Quadrature(mid, rad, True)
    except (NotEnclosable, ValueError, ZeroDivisionError, TypeError, AssertionError):
        return None
    finally:
        flint.ctx.prec = old
    # An infinite end, or no finite ball: tanh-sinh at two precisions.
    lam = sympy.lambdify([x], exact_at(f, params, {x}), "mpmath")
    ends = [mpmath.ninf if e == -sympy.oo else mpmath.inf if e == sympy.oo else None for e in (lo_s, hi_s)]
    results = []
    for d in (digits + 5, digits + 15):
        try:
            with mpmath.workdps(d):
                pts = [ends[0] if ends[0] is not None else mpmath.mpf(sympy.N(lo_s, d)),
                       ends[1] if ends[1] is not None else mpmath.mpf(sympy.N(hi_s, d))]
                pts = infinite_breakpoints(pts[0], pts[1], fine, extra)  # ``fine``: ±10^k too; peaks
                v, err = mpmath.quad(lam, pts, error=True)
                v = mpmath.mpc(v)
        except (ValueError, ZeroDivisionError, TypeError, OverflowError):
            return None
        if not mpmath.isfinite(v) or abs(v.imag) > abs(err) + mpmath.mpf(10) ** (-digits) * max(1, abs(v)):
            return None
        results.append((v.real, err))
    (v1, e1), (v2, e2) = results
    with mpmath.workdps(2 * digits):
        return Quadrature(v2, abs(v1 - v2) + abs(e1) + abs(e2), False)


def certify_condition(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                      restrict: Mapping[Any, tuple[Any, Any]], admit: Any = None) -> StepVerdict:
    """SymPy's condition for an integral's value holds on the domain; or, where it fails (a sufficient
    condition, often stated for complex parameters), the value is certified at points of that part
    as at points of the whole domain: none may refute it, and enough must agree (a divergent
    integral agrees nowhere)."""
    from .obligations import _cond_at, discharge
    cond, f, x, lo, hi, value = ob.expr
    plain = discharge(Obligation("true", cond, ob.text), domains, key=key, dps=dps, restrict=restrict)
    if plain.verdict != FAILED:
        return plain
    points = _parameter_points((cond, f, lo, hi, value), {x}, domains, key + "/fails", restrict, attempts=400)
    if isinstance(points, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {points}")
    admitted = [p for p in points if admit is None or admit(p)]
    failing = [p for p in admitted if _cond_at(cond, p, dps) is False][:3 * CERTIFY_POINTS]
    # and where the integrand decays slowest: a divergent band between the drawn points (review 21)
    failing = [p for p in slowest_decay_points(f, x, lo, hi, admitted, domains, admit or (lambda p: True), dps)
               if _cond_at(cond, p, dps) is False] + failing
    if not failing:
        return plain
    # SymPy vouches for nothing there: every point must agree, and one that cannot be summed (a divergent
    # integral's, a tail too slow) leaves the step undecided (review 20: skipped, it confirmed a value
    # at t ≥ 0 of ∫₀^∞ e^{tx} cos x dx, which diverges there)
    where = certify_integral(Obligation("integral_value", sympy.Tuple(f, x, lo, hi, value), ob.text, x),
                             domains, key, dps, restrict, points=failing, every=True)
    if where.verdict == FAILED:
        return where
    if where.verdict != PROVED:
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: false on part of the domain ({plain.method}), where "
                                         f"{where.method}")
    return StepVerdict(CONFIRMED, f"{ob.text}: false on part of the domain, where SymPy's value is certified "
                                  f"instead ({where.method})")


def certify_integral(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                     restrict: Mapping[Any, tuple[Any, Any]], points: list | None = None,
                     every: bool = False, admit: Any = None) -> StepVerdict:
    """SymPy's ∫ certified by quadrature at points of the domain (``points``: at exactly those;
    ``every``: each of them is looked at, and one that cannot be summed leaves the value undecided)."""
    f, x, lo, hi, value = ob.expr
    given = points is not None
    if not given:
        points = _parameter_points((f, lo, hi, value), {x}, domains, key, restrict)
    if isinstance(points, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {points}")
    if admit is not None and not given:  # only where the inequality premises hold
        points = [p for p in points if admit(p)] or [p for p in _parameter_points(
            (f, lo, hi, value), {x}, domains, key + "/region", restrict, attempts=8 * CERTIFY_POINTS) if admit(p)]
        if not points:
            return StepVerdict(INCONCLUSIVE, f"{ob.text}: no sampled point of the domain satisfies the premises")
    infinite = lo.is_infinite or hi.is_infinite
    digits = min(dps, QUADRATURE_DIGITS) // (2 if infinite else 1)
    wanted = least = min(CERTIFY_POINTS, len(points)) if points != [{}] else 1
    if points != [{}] and not given:  # beside the parameter values where SymPy's answer jumps, every point must agree
        suspects = [p for p in suspect_points(value, domains, restrict, points[0]) if admit is None or admit(p)]
        suspects += slowest_decay_points(f, x, lo, hi, points, domains, admit or (lambda p: True), dps)
        points, wanted = suspects + points, wanted + len(suspects)
        # and at the corners of the parameters' box together, where one that cannot be summed is not wanted
        corners = [c for c in _joint_corners((f, lo, hi, value), {x}, domains, restrict) if admit is None or admit(c)]
        points, wanted = corners + points, wanted + len(corners)
    else:
        corners = []
    corner_ids = {id(c) for c in corners}
    # after the whole domain's points, moderate ones: reached only while too few agree (review 20)
    moderate = [] if given or points == [{}] else [
        p for p in _moderate_points((f, lo, hi, value), {x}, domains, key, restrict) if admit is None or admit(p)]
    agreed = tried = 0
    disputed = False  # review 20: a finite range summed without arb, far from SymPy's value (a jump inside)
    undecided: list[str] = []  # why an oscillating integral was not summed, per point
    for point in [*points, *moderate]:
        if agreed >= wanted and not every:
            break
        if every and undecided:
            # the value is left undecided now: a later point could only make it a refutation, at the cost of
            # summing every other point (27 s for e^{tx} cos x), and the step is not passed either way
            break
        tried += 1
        peaks: list = []
        at_point = None  # the integrand at the point, built once where a gap needs a closer look

        def integrand() -> Any:
            nonlocal at_point
            if at_point is None:
                at_point = exact_at(f, exact, {x})
            return at_point
        exact = {s: _exact(u) for s, u in point.items()}
        osc = _oscillation(f, x, lo, hi, exact) if infinite else None
        q = _quadrature(f, x, lo, hi, point, digits) if osc is None else oscillatory_value(*osc, digits)
        if (isinstance(q, str) or q is None) and id(point) in corner_ids:
            wanted -= 1  # a corner decides only where it can be summed
            continue
        if every and (isinstance(q, str) or q is None) and infinite and converges_absolutely(integrand(), x, lo, hi):
            continue  # its value not summed, but it converges (review 20: e^{-x} cos(10⁷x)): nothing against it
        if isinstance(q, str):
            undecided.append(f"at {_shown(point) or 'the point'}: {q}")
            if TIMED_OUT in q:
                break  # the other points would take as long: the step is left undecided, not slow
            continue
        v = _value(value, point, 2 * digits + 10)
        if infinite and osc is None and q is not None and v is not None and mpmath.isfinite(v):
            if not _near(q[0], v, digits):  # before a gap counts against SymPy, the quadrature looks harder, also at the peaks
                peaks = peak_breakpoints(integrand(), x, sympy.sympify(lo).xreplace(exact),
                                         sympy.sympify(hi).xreplace(exact))
                # cut at the peaks alone first: where that closes the gap, the 26 cuts at ±10^k (seconds
                # at a large power) add nothing; where it does not, they are looked at as well
                q = _quadrature(f, x, lo, hi, point, digits, extra=peaks) if peaks else None
                if q is None or not _near(q[0], v, digits):
                    q = _quadrature(f, x, lo, hi, point, digits, fine=True, extra=peaks)
        if q is None:
            undecided.append(f"at {_shown(point) or 'the point'}: no quadrature sums it")
            continue
        mid, err = q[0], q[1]
        rough = infinite or not getattr(q, "rigorous", False)  # tanh-sinh's estimate is no bound
        if osc is not None and err > mpmath.mpf(10) ** (-digits) * max(1, abs(mid)):
            undecided.append(f"at {_shown(point) or 'the point'}: the sum of the periods differs by "
                             f"{mpmath.nstr(err, 3)} between two precisions (a divergence at a finite end?)")
        # An oscillating integral's sum refutes only when a second, independent sum agrees with it.
        confirmed = ((lambda: oscillatory_second_opinion(*osc, mid, SECOND_OPINION_AGREEMENT)) if osc is not None
                     else (lambda: second_opinion_agrees(integrand(), x, lo, hi, exact, mid, peaks)))
        with mpmath.workdps(2 * digits + 10):
            # "finite where SymPy's is not" needs the sum settled (sin(x)/x² diverges at 0) and confirmed.
            if (v is None or not mpmath.isfinite(v)) and osc is not None and (
                    err > mpmath.mpf(10) ** (-digits) * max(1, abs(mid)) or not confirmed()):
                continue
            if (v is None or not mpmath.isfinite(v)) and rough and osc is None and (
                    slow_tail(integrand(), x, lo, hi, mpmath.mpf(10) ** -6 * max(1, abs(mid))) or not confirmed()):
                # review 21: tanh-sinh "sums" ∫₀^∞ 1 dx to 2·10³⁴; a divergent integral is no finite value
                undecided.append(f"at {_shown(point) or 'the point'}: SymPy's value is not finite, and the "
                                 f"quadrature's finite one is not confirmed (a divergent integral?)")
                continue
            if v is None or not mpmath.isfinite(v):
                return StepVerdict(FAILED, f"{ob.text}: SymPy's value {value} is not finite where the integral "
                                           f"is ({mpmath.nstr(mid, 15)})", {**_shown(point), "quadrature":
                                                                           mpmath.nstr(mid, 15)})
            gap = abs(mid - v)
            tol = mpmath.mpf(10) ** (-digits) * max(1, abs(v))
            # mpmath's error estimate on an infinite range is no bound (a peak far out is missed):
            # only a gross gap, far beyond it, refutes; a small one leaves the point undecided.
            # tanh-sinh's estimate on a finite range (arb had no ball: a jump, a branch point) is closer to a
            # bound than on an infinite one (review 20: a jump inside the band of r2_integral_band)
            refuted = gap > err + tol if not rough else (
                gap > (1000 if infinite else 10) * err + mpmath.mpf(10) ** -6 * max(1, abs(v)))
            if not refuted and not rough and gap > err:
                # review 24: arb's ball is a bound: SymPy's value outside it is wrong, however small the gap
                # (2π·e^{−80} beside 2π; 2πħ² beside SymPy's 0), once a closer evaluation of SymPy's value
                # confirms it lies outside
                closer = _value(value, point, 4 * digits + 40)
                refuted = closer is not None and mpmath.isfinite(closer) and abs(mid - closer) > err + (
                    mpmath.mpf(10) ** (-3 * digits) * max(abs(closer), abs(mid)))
            if refuted and infinite and osc is None and slow_tail(integrand(), x, lo, hi, gap / 2):
                undecided.append(f"at {_shown(point) or 'the point'}: the integrand decays too slowly far out for "
                                 f"quadrature to sum its tail")
                wanted = max(least, wanted - 1)  # like a corner that cannot be summed; the plain points still count
                continue
            if refuted and rough and not confirmed():
                # tanh-sinh alone is no bound: without a second method's word the point is undecided
                undecided.append(f"at {_shown(point) or 'the point'}: the quadrature is far from SymPy's value, "
                                 f"and a second method does not confirm it")
                # a finite range's sum, settled to a percent, far from SymPy's: no certificate either way
                disputed = disputed or (not infinite and err <= mpmath.mpf(10) ** -2 * max(1, abs(mid)))
                continue
            if refuted:
                return StepVerdict(FAILED, f"{ob.text}: the integral is {mpmath.nstr(mid, 15)} (quadrature, error "
                                           f"≤ {mpmath.nstr(err, 3)}), not SymPy's {_show(v)}",
                                   {**_shown(point), "quadrature": mpmath.nstr(mid, 20),
                                    "sympy": _show(v)})
            loose = mpmath.mpf(10) ** -6
            if every and not (gap <= loose * max(1, abs(v)) and err <= loose * max(1, abs(mid))):
                # review 20: a divergent integral's sums (x^{-3/4} far out) differ by as much as they are
                undecided.append(f"at {_shown(point) or 'the point'}: the quadrature does not settle on SymPy's value "
                                 f"({mpmath.nstr(mid, 8)}, error ≤ {mpmath.nstr(err, 3)})")
                continue
            # Both sides below the tolerance agree whatever SymPy said (x^3000 near 0): no evidence,
            # unless SymPy's value is exactly 0.
            negligible = value != 0 and abs(v) <= tol and abs(mid) <= tol
            if gap <= tol and err <= tol and abs(v.imag) <= tol and not negligible:
                agreed += 1
    how = ("quadrature on an infinite range (mpmath, two precisions; an oscillating integrand summed period by "
           "period once it is seen to converge)" if infinite else "rigorous quadrature (arb acb.integral; "
           "mpmath at two precisions where arb encloses no value)") + f" to {digits} digits"
    verdict = _outcome(ob, agreed, tried, wanted, how)
    if disputed and verdict.verdict == PROVED:
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {agreed} points agree, but {undecided[0]}")
    if every and undecided and verdict.verdict != FAILED:
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: not shown to converge at every point looked at ({undecided[0]})")
    if verdict.verdict == INCONCLUSIVE and undecided:
        return StepVerdict(INCONCLUSIVE, f"{verdict.method} ({undecided[0]})")
    return verdict


def _near(quadrature: Any, value: Any, digits: int) -> bool:
    """Whether a quadrature's value is SymPy's finite ``value`` to ``digits`` (relative, or absolute below 1)."""
    with mpmath.workdps(2 * digits + 10):
        return abs(quadrature - value) <= mpmath.mpf(10) ** (-digits) * max(1, abs(value))


def _oscillation(f: Any, x: Any, lo: Any, hi: Any, exact: Mapping[Any, Any]
                 ) -> tuple[Any, Any, Any, Any, Any] | None:
    """``(f, x, lo, hi, ω)`` at the point if ``f`` oscillates as ``sin``/``cos`` of a linear argument
    (:mod:`verify.certify_oscillatory`); None otherwise (tanh-sinh, as before)."""
    f = sympy.sympify(f)
    if not any(t.has(x) for t in f.atoms(sympy.sin, sympy.cos)):
        return None  # nothing to sum by periods; and x_m^α at a 300-digit x_m and α = 2 + 8·10⁻¹² is slow exactly
    fx = exact_at(f, exact, {x})
    oscillates, omega = summation_frequency(fx, x)  # omega None: summed part by part, frequency by frequency
    if not oscillates:
        return None
    return fx, x, sympy.sympify(lo).xreplace(exact), sympy.sympify(hi).xreplace(exact), omega
