"""Side conditions of a step (obligations): signs, reality, domain membership, conditions.

Each obligation is proved symbolically, or decided by ball arithmetic on subdivided boxes
of the domain (:mod:`verify.balls`), or refuted at a point found by solving, by a dense
grid scan or by sampling; the certification of SymPy's operation answers (integrals,
limits, series, roots) is delegated to :mod:`verify.certify_ops`.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any, Callable, Mapping

import mpmath
import sympy

from derivations._budget import TACTIC_SECONDS, OutOfTime, within
from derivations._domains import Domain
from derivations._precision import CONFIRM_POINTS, relative_tolerance
from derivations._rules import Obligation

from .certify_bands import domain_condition
from .obligation_balls import _ball_condition, _ball_sign, _sign_change  # noqa: F401 - _sign_change: tests
from .premise_inequalities import Region
from .confirm import (_arbitrary_functions, _counterexample, _default_domain, _points, _restricted_note,
                      _sampling_domains, _show, _suspects, _value)
from .symbolic import _OPAQUE, _TACTIC_ERRORS, _endpoints, _prove_sign, _safe, reparametrize
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, StepVerdict, stable_seed

__all__ = ["discharge"]

def _as_bool(cond: Any) -> bool | None:
    if cond in (sympy.true, True):
        return True
    if cond in (sympy.false, False):
        return False
    return None


def _cond_at(cond: Any, point: Mapping[Any, Any], dps: int) -> bool | None:
    try:
        v = sympy.sympify(cond).xreplace(dict(point))
        b = _as_bool(v)
        if b is None:
            v = v.xreplace({n: n.evalf(dps) for n in v.atoms(sympy.Number)}) if False else v
            b = _as_bool(_safe(sympy.simplify, v))
        return b
    except _TACTIC_ERRORS:
        return None


def _in_domain(value: Any, dom: Domain) -> bool | None:
    """Whether a number lies in ``dom`` (None if it is not a real number one can decide)."""
    value = sympy.sympify(value)
    if value.is_real is False:
        return False
    if value.is_Rational or value.is_Integer:
        return dom.contains(sympy.Rational(value))
    try:
        with mpmath.workdps(60):
            v = mpmath.mpf(sympy.N(value, 60))
    except (TypeError, ValueError):
        return None
    return dom.contains(v)


def discharge(ob: Obligation, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
              restrict: Mapping[Any, tuple[Any, Any]] | None = None, region: Region | None = None) -> StepVerdict:
    """Establish one side condition on the domain: proved, confirmed at sampled points, or refuted.

    ``region``: the inequality premises the condition may read (:mod:`verify.premise_inequalities`);
    a condition proved where they hold is proved, and a counterexample where one fails refutes nothing.
    """
    if region and ob.kind in ("integral_value", "integral_condition"):
        from . import certify_ops  # review 21: ∫₀^∞ e^{−(k−m)x} dx under k > m is looked at where k > m only
        return certify_ops.discharge(ob, domains, key=key, dps=dps, restrict=restrict, admit=region.admits)
    verdict = _discharge(ob, domains, key=key, dps=dps, restrict=restrict)
    if region and ob.kind == "vanishes" and verdict.verdict == FAILED \
            and not region.admits(verdict.counterexample or {}):
        return _vanishes_in_region(ob, verdict, region, domains, key, dps)
    if not region or verdict.verdict == PROVED or ob.kind not in _READS_PREMISES:
        return verdict
    expr = sympy.sympify(ob.expr)
    if ob.kind != "true":
        under = region.prove(expr, ob.kind, domains)
        if under is not None:
            return StepVerdict(PROVED, f"{ob.text}: proved where the premise {under} holds")
    if verdict.verdict != FAILED or region.admits(verdict.counterexample or {}):
        return verdict
    restrict = restrict or {}
    if ob.kind in ("positive", "nonzero"):
        zero = _find_zero(expr, domains, key, dps, restrict, admit=region.admits)
        if zero is not None:
            return StepVerdict(FAILED, f"{ob.text}: it vanishes where the premises hold", zero)
    if ob.kind != "finite":
        bad = _scan_sign(expr, ob.kind, domains, key, restrict, admit=region.admits)
        if bad is not None:
            return StepVerdict(FAILED, f"{ob.text}: fails where the premises hold", bad)
    return _sample_condition(ob, domains, key=key, dps=dps, restrict=restrict, admit=region.admits)


def _vanishes_in_region(ob: Obligation, verdict: StepVerdict, region: Region, domains: Mapping[sympy.Symbol, Domain],
                        key: str, dps: int) -> StepVerdict:
    """A root substituted back that fails only where an inequality premise does (review 20: the slow
    mode ``−γ + √(γ² − ω₀²)`` at ``γ < ω₀``): the two sides compared again with a linear premise's variable
    written through its positive margin, which covers the region; undecided where that shows nothing."""
    from .certify_ops import _lambert_identity
    from .equality import prove_equal
    pair = sympy.Tuple(*(_lambert_identity(side) for side in ob.expr))
    for under, (written, doms) in region.through(pair, domains):
        v = prove_equal(written[0], written[1], doms, key=key + "/region", dps=dps)
        if v.verdict in (PROVED, CONFIRMED):
            return StepVerdict(v.verdict, f"{ob.text}: where the premise {under} holds, {v.method}")
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: it fails only where a premise does ({verdict.method}), and is not "
                                     f"shown where they hold")


#: Obligation kinds read under the inequality premises (pointwise conditions on the parameters).
_READS_PREMISES = ("real", "positive", "nonnegative", "nonzero", "finite", "true")


def _discharge(ob: Obligation, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
               restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    # -- ops: SymPy's integral/limit/series answers are certified in verify.certify_ops --
    from . import certify_ops
    if ob.kind in certify_ops.KINDS:
        return certify_ops.discharge(ob, domains, key=key, dps=dps, restrict=restrict)
    # -- end ops --
    restrict = restrict or {}
    if ob.kind == "outside_premises":  # a root an inequality premise may exclude (verify.certify_exclusion)
        from .certify_exclusion import discharge_excluded
        return discharge_excluded(ob, domains, key, dps, restrict, discharge)
    expr = sympy.sympify(ob.expr)
    kind = ob.kind
    if kind == "real":
        if _prove_sign(expr, "finite", domains) and _prove_sign(expr, "real", domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        bad = _scan_sign(expr, "real", domains, key, restrict)
        if bad is not None:
            return StepVerdict(FAILED, f"{ob.text}: not a finite real number in the domain", bad)
    elif kind in ("positive", "nonnegative", "nonzero", "finite"):
        if _prove_sign(expr, kind, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if kind != "finite":
            decided = _ball_sign(expr, kind, domains, restrict, ob.text)
            if decided is not None:
                return decided
        if kind in ("nonzero", "positive"):
            zero = _find_zero(expr, domains, key, dps, restrict)
            if zero is not None:
                return StepVerdict(FAILED, f"{ob.text}: it vanishes in the domain", zero)
        if kind != "finite":
            bad = _scan_sign(expr, kind, domains, key, restrict)
            if bad is not None:
                return StepVerdict(FAILED, f"{ob.text}: fails in the domain", bad)
    elif kind == "true":
        b = _as_bool(expr)
        if b is None:
            simplified = _safe(sympy.simplify, expr)
            b = _as_bool(simplified)
            if b is None:
                sub = {s: v for s, v in reparametrize(domains).items() if s in expr.free_symbols}
                if sub and not _endpoints({s: domains[s] for s in sub}):
                    b = _as_bool(_safe(sympy.simplify, expr.xreplace(sub)))
        if b is True:
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if b is False and not expr.free_symbols:
            return StepVerdict(FAILED, f"{ob.text}: it is false", {"condition": str(expr)})
        decided = _ball_condition(expr, domains, restrict, ob.text)
        if decided is not None:
            return decided
        bad = _scan_sign(expr, "true", domains, key, restrict)
        if bad is not None:
            return StepVerdict(FAILED, f"{ob.text}: false in the domain", bad)
    elif kind in ("in_domain", "outside_domain", "in_closure"):
        dom = domains.get(ob.symbol) or _default_domain(ob.symbol)
        if kind == "in_closure":
            dom = _closure(dom)
            kind = "in_domain"
            ob = Obligation("in_domain", ob.expr, ob.text, ob.symbol)
        if dom is None:
            return StepVerdict(INCONCLUSIVE, f"{ob.text}: no domain declared for {ob.symbol}")
        if not expr.free_symbols:
            inside = _in_domain(expr, dom)
            if inside is None:
                return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot decide")
            if inside == (kind == "in_domain"):
                return StepVerdict(PROVED, f"{ob.text}: proved")
            return StepVerdict(FAILED, f"{ob.text}: {ob.symbol} = {expr} is {'outside' if not inside else 'inside'} "
                                       f"{dom.describe()}", {str(ob.symbol): str(expr)})
        if kind == "outside_domain" and _outside_symbolically(expr, dom, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        if kind == "in_domain" and _inside_symbolically(expr, dom, domains):
            return StepVerdict(PROVED, f"{ob.text}: proved")
        inside = domain_condition(expr, dom)
        if inside is not None:
            decided = _ball_condition(inside if kind == "in_domain" else sympy.Not(inside), domains, restrict, ob.text)
            if decided is not None:
                return decided
    else:  # pragma: no cover - a rule with an unknown obligation is a bug
        raise ValueError(f"unknown obligation kind {kind!r}")
    return _sample_condition(ob, domains, key=key, dps=dps, restrict=restrict)


def _closure(dom: Domain) -> Domain:
    """The domain with its finite ends included (where limits and integration bounds may sit)."""
    if dom.kind != "real":
        return dom
    return dataclasses.replace(dom, lo_open=dom.lo is None, hi_open=dom.hi is None)


_SCAN_POINTS = 240


def _scan_sign(expr: Any, kind: str, domains: Mapping[Any, Domain], key: str,
               restrict: Mapping[Any, tuple[Any, Any]], admit: Callable[[Mapping], bool] | None = None
               ) -> dict[str, str] | None:
    """Look for a point where a side condition fails, along each variable on a dense grid.

    Sampling alone misses a zero of ``y − cos y``, a factor negative only on a narrow band,
    or a divergence on a tenth of the domain; a dense grid in each variable (others at
    sampled values), with a sign-change search for sign conditions, catches them.
    ``kind`` is ``positive``, ``nonnegative``, ``nonzero``, ``real`` (finite and real) or
    ``true`` (a condition). Returns a counterexample or None.
    """
    symbols = sorted((s for s in expr.free_symbols if s in domains and domains[s].kind == "real"), key=str)
    if not symbols or len(symbols) > 4 or expr.has(sympy.core.function.AppliedUndef) or expr.has(*_OPAQUE):
        return None
    others_all = sorted((s for s in expr.free_symbols if s not in symbols), key=str)
    if any(s not in domains for s in others_all):
        return None
    order = symbols + others_all
    rng = random.Random(stable_seed(key + "/scan"))
    try:
        # exp_polar(iθ) is e^{iθ} on the principal sheet: mpmath has no polar numbers.
        expr = expr.replace(lambda e: isinstance(e, sympy.exp_polar), lambda e: sympy.exp(e.args[0]))
        fn = sympy.lambdify(order, expr, modules="mpmath")
    except Exception:  # noqa: BLE001 - an expression lambdify cannot handle is left to sampling
        return None

    def num(v: Any) -> Any:
        if isinstance(v, str):
            return v
        v = sympy.sympify(v)
        if not v.is_Rational:  # a log-grid point 10^(k/15): irrational, but a point like any other
            return mpmath.mpmathify(sympy.N(v, 40))
        return mpmath.mpf(v.p) / v.q

    for s in symbols:
        rest = [o for o in order if o != s]
        for _ in range(2):
            base = next(_points({o: domains[o] for o in rest}, restrict, rng, 1)) if rest else {}
            previous = None
            for xv in _grid(domains[s], restrict.get(s)):
                point = {**base, s: xv}
                if admit is not None and not admit(point):  # outside the premises: no neighbour either
                    previous = None
                    continue
                try:
                    with mpmath.workdps(30):
                        v = fn(*[num(point[o]) for o in order])
                        if kind != "true":
                            v = mpmath.mpmathify(v)
                except (ZeroDivisionError, ValueError, TypeError, OverflowError, NameError):
                    if kind == "real":
                        bad = True
                    else:
                        previous = None
                        continue
                else:
                    if kind == "true":
                        bad = v is False or v is sympy.false
                    elif kind == "real":
                        bad = not mpmath.isfinite(v) or (isinstance(v, mpmath.mpc) and abs(v.imag) > 1e-20 * max(1, abs(v)))
                    else:
                        if isinstance(v, mpmath.mpc):
                            if abs(v.imag) > 1e-20 * max(1, abs(v)):
                                previous = None
                                continue
                            v = v.real
                        bad = (kind == "positive" and v <= 0) or (kind == "nonnegative" and v < 0) \
                            or (kind == "nonzero" and v == 0)
                        if not bad and kind in ("nonzero", "positive") and previous is not None \
                                and (previous > 0) != (v > 0):
                            bad = True  # a sign change between neighbours: a zero in between
                        previous = v
                if bad:
                    cx = {str(o): str(point[o]) for o in order}
                    if kind not in ("true",):
                        try:
                            cx["value"] = mpmath.nstr(v, 10)
                        except Exception:  # noqa: BLE001
                            cx["value"] = "not a number"
                    return cx
    return None


def _grid(dom: Domain, within: tuple[Any, Any] | None) -> list[sympy.Rational]:
    lo, hi = within if within is not None else (dom.lo, dom.hi)
    if lo is not None and hi is not None:
        lo_r, hi_r = sympy.Rational(lo.numerator, lo.denominator), sympy.Rational(hi.numerator, hi.denominator)
        return [lo_r + (hi_r - lo_r) * sympy.Rational(k, _SCAN_POINTS + 1) for k in range(1, _SCAN_POINTS + 1)]
    # Unbounded sides: a logarithmic grid from 10^-8 to 10^8 away from the finite end (or 0).
    mags = [sympy.Rational(10) ** sympy.Rational(k - 8 * 15, 15) for k in range(0, 16 * 15 + 1)]
    if lo is not None:
        lo_r = sympy.Rational(lo.numerator, lo.denominator)
        return [lo_r + m for m in mags]
    if hi is not None:
        hi_r = sympy.Rational(hi.numerator, hi.denominator)
        return [hi_r - m for m in reversed(mags)]
    return [-m for m in reversed(mags)] + mags


def _outside_symbolically(v: Any, dom: Domain, domains: Mapping[Any, Domain]) -> bool:
    if v.is_real is False or (v.is_extended_real is False):
        return True
    if dom.kind != "real":
        return False
    lo, hi = dom.lo_exact, dom.hi_exact
    if lo is not None and _prove_sign((lo - v) if dom.lo_open else (lo - v), "nonnegative" if dom.lo_open
                                      else "positive", domains):
        return True
    if hi is not None and _prove_sign(v - hi, "nonnegative" if dom.hi_open else "positive", domains):
        return True
    return False


def _inside_symbolically(v: Any, dom: Domain, domains: Mapping[Any, Domain]) -> bool:
    if dom.kind != "real":
        return False
    lo, hi = dom.lo_exact, dom.hi_exact
    ok_lo = lo is None and v.is_real or lo is not None and _prove_sign(v - lo, "positive" if dom.lo_open
                                                                       else "nonnegative", domains)
    ok_hi = hi is None and v.is_real or hi is not None and _prove_sign(hi - v, "positive" if dom.hi_open
                                                                       else "nonnegative", domains)
    return bool(ok_lo and ok_hi)


def _find_zero(expr: Any, domains: Mapping[Any, Domain], key: str, dps: int,
               restrict: Mapping[Any, tuple[Any, Any]], admit: Callable[[Mapping], bool] | None = None
               ) -> dict[str, str] | None:
    """A point of the domain where ``expr`` vanishes (found by solving for one symbol), or None."""
    symbols = sorted((s for s in expr.free_symbols if s in domains and domains[s].kind != "choice"), key=str)
    if not symbols or expr.has(sympy.core.function.AppliedUndef) or expr.has(*_OPAQUE):
        return None
    rng = random.Random(stable_seed(key + "/zero"))
    for s in symbols[:3]:
        try:
            roots = within(TACTIC_SECONDS, sympy.solve, expr, s, dict=False)
        except (*_TACTIC_ERRORS, sympy.SympifyError, OutOfTime):
            continue
        if isinstance(roots, dict) or not isinstance(roots, list):
            continue
        others = {o: domains[o] for o in symbols if o != s}
        for root in roots[:6]:
            for point in _points(others, restrict, rng, 12):
                value = sympy.sympify(root).xreplace(point)
                inside = _in_domain(value, domains[s]) if value.is_number else None
                if inside and (admit is None or admit({**point, s: value})):
                    cx = {str(k): str(v) for k, v in point.items()}
                    cx[str(s)] = str(sympy.nsimplify(value) if value.is_Rational else value)
                    cx["value"] = "0"
                    return cx
    return None


def _sample_condition(ob: Obligation, domains: Mapping[sympy.Symbol, Domain], *, key: str, dps: int,
                      restrict: Mapping[Any, tuple[Any, Any]], admit: Callable[[Mapping], bool] | None = None
                      ) -> StepVerdict:
    expr = sympy.sympify(ob.expr)
    if expr.has(*_OPAQUE):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot be evaluated numerically")
    exprs = (expr,) if ob.symbol is None else (expr,)
    doms = _sampling_domains(exprs, domains)
    if isinstance(doms, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {doms}")
    rng = random.Random(stable_seed(key))
    target = domains.get(ob.symbol) or (_default_domain(ob.symbol) if ob.symbol is not None else None)
    checked = 0
    sampled = list(_points(doms, restrict, rng, (16 if admit else 4) * CONFIRM_POINTS, corners=True))
    # Beside and inside the places where the condition stops being analytic, where it can fail.
    suspects = _suspects((expr,), domains, restrict, sampled[0]) if sampled and ob.kind != "true" else []
    if admit is not None:  # only where the inequality premises hold
        sampled, suspects = [p for p in sampled if admit(p)], [p for p in suspects if admit(p)]
    for i, point in enumerate(suspects + sampled):
        if checked >= CONFIRM_POINTS and i >= len(suspects):
            break
        arbitrary = _arbitrary_functions((expr,), point, rng, dps)
        e = expr.xreplace(arbitrary)
        if ob.kind == "true":
            b = _cond_at(e, point, dps)
            if b is None:
                continue
            if b is False:
                return StepVerdict(FAILED, f"{ob.text}: false at a point of the domain",
                                   _counterexample(point, arbitrary, condition=str(expr)))
            checked += 1
            continue
        v = _value(e, point, 3 * dps if ob.kind in ("finite", "real") else dps)
        if ob.kind == "real" and v is not None and (not mpmath.isfinite(v) or abs(v.imag) > relative_tolerance(dps) * abs(v)):
            return StepVerdict(FAILED, f"{ob.text}: not a finite real number at a point of the domain",
                               _counterexample(point, arbitrary, value=_show(v)))
        if ob.kind in ("finite", "real"):
            if v is None or not mpmath.isfinite(v):
                return StepVerdict(FAILED, f"{ob.text}: not finite at a point of the domain",
                                   _counterexample(point, arbitrary, value=_show(v)))
            checked += 1
            continue
        if v is None:
            continue
        if ob.kind in ("in_domain", "outside_domain"):
            inside = (v.imag == 0 or abs(v.imag) <= relative_tolerance(dps) * abs(v)) and target.contains(v.real) \
                if target.kind != "choice" else False
            if inside != (ob.kind == "in_domain"):
                return StepVerdict(FAILED, f"{ob.text}: fails at a point of the domain",
                                   _counterexample(point, arbitrary, **{str(ob.symbol): _show(v)}))
        else:
            real = v.real if abs(v.imag) <= relative_tolerance(dps) * abs(v) else None
            bad = (real is None or (ob.kind == "positive" and real <= 0) or (ob.kind == "nonnegative" and real < 0)
                   or (ob.kind == "nonzero" and v == 0))
            if bad:
                return StepVerdict(FAILED, f"{ob.text}: fails at a point of the domain",
                                   _counterexample(point, arbitrary, value=_show(v)))
        checked += 1
    if checked >= CONFIRM_POINTS:
        where = "of the domain where the premises hold" if admit else "drawn from the whole domain"
        return StepVerdict(CONFIRMED, f"{ob.text}: holds at {checked} points {where}"
                                      + _restricted_note(doms, restrict))
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: only {checked} sampled points could be evaluated")
