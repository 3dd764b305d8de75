"""Numeric confirmation: two forms compared at seeded points of the whole domain.

Points are drawn from the symbols' domains (up to 10^±EXTREME_EXPONENT where unbounded),
every other one with the real variables in a corner of the box together. Before a
sampled agreement counts, the difference is probed for being provably non-zero: by its
sign (SymPy), and at each point by an arb ball at increasing precision
(:func:`_difference_ball`), so that a difference far below the working precision is
still a counterexample. Tolerances come from :mod:`derivations._precision`.
"""

from __future__ import annotations

import itertools
import random
from typing import Any, Iterator, Mapping

import flint
import mpmath
import sympy

from derivations import Derivation, Integer, Positive, Real
from derivations._domains import Domain
from derivations._budget import POINT_SECONDS, TACTIC_SECONDS, OutOfTime, budget
from derivations._precision import CONFIRM_POINTS, DIGITS_LOST, NONZERO_PROBE_DPS, relative_tolerance

from .confirm_points import _points, _visited, summed_variables
from .series_values import summed_value
from .symbolic import _NON_ANALYTIC, _OPAQUE, _prove_sign, hide_names
from .verdicts import CONFIRMED, FAILED, INCONCLUSIVE, StepVerdict, stable_seed

__all__ = ["confirm_identity"]

def _default_domain(symbol: sympy.Symbol) -> Domain | None:
    """Where an undeclared symbol (a name, a bound variable) is sampled: what its assumptions say.

    A symbol without assumptions is complex in SymPy; it is sampled on the real line, which
    can refute an identity but confirms it only for real values (names are real quantities).
    """
    if not isinstance(symbol, sympy.Symbol):
        return None
    if symbol.is_integer:
        return Integer(1) if symbol.is_positive else Integer(0) if symbol.is_nonnegative else Integer()
    if symbol.is_positive:
        return Positive()
    if symbol.is_negative:
        return Real(None, 0)
    if symbol.is_nonnegative:
        return Real(0, None, lo_open=False)
    return Real()


def _restrictions(derivation: Derivation | None) -> dict[Any, tuple[Any, Any]]:
    if derivation is None:
        return {}
    return {derivation.param(r.name).symbol: (r.lo, r.hi) for r in derivation.sampling}


def _value(expr: sympy.Expr, point: Mapping[sympy.Symbol, Any], dps: int,
           late: list | None = None) -> mpmath.mpc | None:
    """``expr`` at an exact point, to ``dps`` digits; None where it is not a finite number (or, noted
    in ``late``, where it could not be evaluated: in :data:`POINT_SECONDS`, or without overflowing)."""
    # Floats, not the exact rationals: exact powers with symbolic exponents can blow up.
    # Integers stay exact in a sum or product (a float in a bound makes SymPy's summation crawl);
    # elsewhere floats (an exact huge power would).
    keep = sympy.Integer if sympy.sympify(expr).has(sympy.Sum, sympy.Product) else ()
    floats = {s: v if isinstance(v, str) or (keep and isinstance(v, keep)) else sympy.Float(v, dps + 20)
              for s, v in point.items()}
    try:
        # review 30: substituting 10⁸ into exp(−exp(x)) makes SymPy evaluate it at once, and mpmath then
        # works out ln 2 to 10⁸ digits: a point that cannot be evaluated in time is no point
        with budget(POINT_SECONDS):
            substituted = sympy.sympify(expr).xreplace(floats)
            v = substituted if substituted.has(sympy.Sum, sympy.Product) else substituted.evalf(dps)
        if v.has(sympy.Sum, sympy.Product):
            v = summed_value(v, dps)  # under its own budget, remembered
    except (OutOfTime, OverflowError, MemoryError):  # no means to evaluate here, not "no value" (review 32)
        if late is not None:
            late.append(point)
        return None
    except (TypeError, ValueError, ZeroDivisionError, AttributeError):
        return None
    if v in (sympy.oo, -sympy.oo):  # a signed infinity is a value a limit or an integral can take
        return mpmath.mpc(mpmath.inf if v == sympy.oo else -mpmath.inf)
    if not v.is_number or v.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None
    try:
        with mpmath.workdps(dps):
            out = mpmath.mpc(complex(0)) + mpmath.mpmathify(sympy.N(v, dps))
    except (TypeError, ValueError):
        return None
    if not mpmath.isfinite(out):
        return None
    from .series_values import expr_has_series, series_agree
    if expr_has_series(substituted) and not series_agree(substituted, out, dps):
        return None  # review 20: SymPy's evalf gives 0 for Σ k λ^k e^{−λ}/k! at λ = 1462.67 (it is λ)
    return out


def _finite_combined(expr: Any, point: Mapping[sympy.Symbol, Any], dps: int) -> bool:
    """Whether ``expr`` with its fractions combined (``together``, deep: the same function wherever
    both are defined) has a finite value at ``point``: ``log(1 − 1/(e^u + 1))`` at ``u = −10¹⁶`` is
    ``log(0)`` to any working precision, ``log(e^u/(e^u + 1))`` is ``u`` (review 19)."""
    try:
        combined = sympy.together(sympy.sympify(expr), deep=True)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return False
    return combined != expr and _value(combined, point, dps) is not None


def _arbitrary_functions(exprs: tuple[Any, ...], point: Mapping[sympy.Symbol, Any], rng: random.Random,
                         dps: int) -> dict[Any, sympy.Float]:
    """Values for applications of undefined functions (``mu(p)``, ``g(x)``) at this point.

    An identity between expressions in an unspecified function must hold whatever its
    (positive) values, so each distinct application gets its own random value — the same one
    wherever the arguments coincide at the point (``mu(p)`` and ``mu(2)`` when ``p = 2``).
    """
    calls = set()
    for ex in exprs:
        calls |= sympy.sympify(ex).atoms(sympy.core.function.AppliedUndef)
    values: dict[str, sympy.Float] = {}
    out = {}
    for call in sorted(calls, key=sympy.srepr):
        # Floats, not exact rationals: an exact power with a tiny sampled exponent can take forever.
        floats = {k: sympy.Float(v, 40) if not isinstance(v, str) else v for k, v in point.items()}
        args = tuple(sympy.N(a.xreplace(floats), 30) for a in call.args)
        key = f"{call.func}{args}"
        if key not in values:
            magnitude = rng.uniform(0.5, 2.0) * 10 ** rng.choice((-3, 0, 0, 3))
            sign = 1 if call.is_positive or rng.random() < 0.5 else -1
            values[key] = sympy.Float(sign * magnitude, dps + 20)
        out[call] = values[key]
    return out


def _show(v: mpmath.mpc | None) -> str:
    if v is None:
        return "not a finite number"
    return mpmath.nstr(v.real if v.imag == 0 else v, 15)


def _agree(a: mpmath.mpc, b: mpmath.mpc, dps: int) -> bool:
    if not (mpmath.isfinite(a) and mpmath.isfinite(b)):
        return a == b
    with mpmath.workdps(dps):
        return abs(a - b) <= relative_tolerance(dps) * max(abs(a), abs(b))


def _sampling_domains(exprs: tuple[Any, ...], domains: Mapping[sympy.Symbol, Domain]
                      ) -> dict[Any, Domain] | str:
    free = set()
    for e in exprs:
        free |= sympy.sympify(e).free_symbols
    doms = {}
    for s in sorted(free, key=str):
        dom = domains.get(s) or _default_domain(s)
        if dom is None:
            return f"no domain declared for symbol {s}; cannot sample it"
        doms[s] = dom
    return doms


def _counterexample(point: Mapping[Any, Any], arbitrary: Mapping[Any, Any], **values: str) -> dict[str, str]:
    cx = {str(s): str(v) for s, v in point.items()}
    cx.update({str(k): mpmath.nstr(mpmath.mpf(v._mpf_), 15) for k, v in arbitrary.items()})
    cx.update(values)
    return cx


def _restricted_note(doms: Mapping[Any, Domain], restrict: Mapping[Any, tuple[Any, Any]]) -> str:
    used = [f"{s} in [{restrict[s][0]}, {restrict[s][1]}]" for s in doms if s in restrict]
    return f" (declared sample range: {', '.join(used)})" if used else ""


def _difference_ball(diff: Any, point: Mapping[Any, Any], dps: int) -> tuple[str, str | None]:
    """``("nonzero", value)`` when an arb ball excludes 0 from the difference at ``point``;
    ``("zero", None)`` when balls up to :data:`NONZERO_PROBE_DPS` digits all contain 0 and the last
    lies within ``10^-dps`` of it (the two sides are not told apart there); ``("unknown", None)`` when
    it cannot be enclosed, or only in a ball too wide to say."""
    from .rigorous import enclose
    exact = {s: v for s, v in point.items() if not isinstance(v, str)}
    if len(exact) != len(point):
        return "unknown", None
    digits = 2 * dps
    while True:
        try:
            ball = enclose(diff, exact, dps=digits)
        except Exception:  # noqa: BLE001 - not enclosable: the mpmath comparison decides
            return "unknown", None
        if ball.is_finite() and not ball.contains(0):
            return "nonzero", mpmath.nstr(mpmath.mpf(ball.mid().str(20, radius=False)), 6)
        if digits >= NONZERO_PROBE_DPS:
            # review 33: a ball 10³¹⁰ wide (arb cannot reduce sin(x³⁰) at x = 10⁵⁰) contains 0 and shows
            # nothing; "zero" is a ball within 10^-dps of it
            tiny = ball.is_finite() and bool(abs(ball) < flint.arb(10) ** (-dps))
            return ("zero" if tiny else "unknown"), None
        digits = min(2 * digits, NONZERO_PROBE_DPS)  # a huge exponent needs digits before its ball is finite


def _witness_point(a: Any, b: Any, domains: Mapping[sympy.Symbol, Domain], key: str, dps: int,
                   restrict: Mapping[Any, tuple[Any, Any]] | None) -> dict[str, str] | None:
    """A point of the domain with both sides' values, to show beside a proved difference."""
    doms = _sampling_domains((a, b), domains)
    if isinstance(doms, str):
        return None
    rng = random.Random(stable_seed(key))
    for point in _points(doms, restrict or {}, rng, 4):
        va, vb = _value(a, point, dps), _value(b, point, dps)
        if va is not None and vb is not None:
            return _counterexample(point, {}, derived=_show(va), expected=_show(vb))
    return None


def _provably_nonzero(diff: Any, domains: Mapping[sympy.Symbol, Domain]) -> str | None:
    """How SymPy shows ``diff`` non-zero everywhere on the domain (its sign), or None."""
    diff = hide_names(diff, domains)
    if diff.atoms(sympy.core.function.AppliedUndef) or diff.has(sympy.Dummy):
        return None
    for kind in ("positive", "nonzero"):
        if _prove_sign(diff, kind, domains):
            return kind
        if kind == "positive" and _prove_sign(-diff, "positive", domains):
            return "negative"
    return None


def _iter_suspects(forms: tuple[Any, ...], domains: Mapping[sympy.Symbol, Domain],
                   restrict: Mapping[Any, tuple[Any, Any]], base: Mapping[Any, Any]) -> Iterator[dict[Any, Any]]:
    """The points of :func:`_suspects`, in the same order, one form's scan at a time: a form is
    scanned only once the points before it are used up (a counterexample at the first form's
    points makes the second scan, ~128 ball evaluations per parameter, unnecessary)."""
    from .certify_scan import suspect_points
    exact = {s: v for s, v in base.items() if isinstance(v, sympy.Rational)}
    points: list[dict[Any, Any]] = []
    for form in forms:
        if form.has(sympy.core.function.AppliedUndef):
            continue
        for p in suspect_points(form, domains, restrict, exact, inside=True):
            p = {**base, **p}
            if p not in points:
                points.append(p)
                yield p


def _suspects(forms: tuple[Any, ...], domains: Mapping[sympy.Symbol, Domain],
              restrict: Mapping[Any, tuple[Any, Any]], base: Mapping[Any, Any]) -> list[dict[Any, Any]]:
    """Points beside and inside the places where a form stops being analytic in a parameter (a
    branch cut, a pole: verify/certify_scan.py), where an identity true elsewhere can fail; every
    one must agree, on top of the sampled points."""
    return list(_iter_suspects(forms, domains, restrict, base))


def _beyond_the_probe(*forms: Any) -> Any:
    """A constant in ``forms`` (``e^{−5000}``) whose size is beyond :data:`NONZERO_PROBE_DPS` digits
    either way, or None: a difference it makes is below what any probed point can show."""
    for form in forms:
        for node in sympy.preorder_traversal(form):
            if not isinstance(node, (sympy.exp, sympy.Pow)) or not node.is_number or node.is_Rational:
                continue
            try:
                size = abs(sympy.N(node, 5))
                scale = sympy.log(size, 10) if size != 0 else None
            except (TypeError, ValueError, ArithmeticError):
                continue
            if scale is not None and scale.is_number and abs(float(scale)) > NONZERO_PROBE_DPS:
                return node
    return None


def _beyond_at(forms: Any, point: Mapping[Any, Any], huge: bool = False) -> Any:
    """A part of ``forms`` (``10^-3000``, ``erfc(80)``, ``e^{−5000x}``) whose size at ``point`` is beyond
    :data:`NONZERO_PROBE_DPS` digits either way, or a function part hiding such a size (``tanh(3500)``,
    ``cos(10^-800)``: :func:`_hides_tiny`), or None: balls that cannot tell the sides apart there say
    nothing of a difference it would make. ``huge``: only a part larger than that (it swamps the rest)."""
    seen: set[Any] = set()
    for form in forms:
        for node in sympy.preorder_traversal(form):
            if node in seen or node.is_Symbol or not isinstance(node, sympy.Expr):
                continue
            if len(seen) > _BEYOND_NODES:
                if huge:  # review 34: 400 parts of a sum beside e^x must not hide it; unsized counts as too large
                    return node
                continue
            seen.add(node)
            if (node.is_Integer and abs(node) < 10**9) or not node.free_symbols <= set(point):
                continue
            v = _value(node, point, 15)
            if v is None or v == 0 or not mpmath.isfinite(v):
                continue
            if huge:
                if mpmath.log10(abs(v)) > NONZERO_PROBE_DPS:
                    return node
            elif abs(mpmath.log10(abs(v))) > NONZERO_PROBE_DPS or _hides_tiny(node, point):
                return node
    return None


def _saturation(func: Any, z: mpmath.mpc) -> mpmath.mpc | None:
    """How far ``func(z)`` is from the value it saturates to (tanh → ±1, erf → ±1, erfc → 2, atan →
    ±π/2, zeta → 1), computed through the complement (2/(e^{2|z|} + 1), erfc(|z|)) so that 15 digits
    see it; None where ``func`` does not saturate there."""
    s = 1 if z.real > 0 else -1 if z.real < 0 else 0
    if func is sympy.tanh and s:
        return 2 / (mpmath.exp(2 * s * z) + 1)
    if func is sympy.coth and s:
        return 2 / (mpmath.exp(2 * s * z) - 1)
    if (func is sympy.erf and s) or (func is sympy.erfc and s < 0):
        w = s * z
        if w.real > abs(w.imag) and abs(w) > 10:  # erfc w ≈ e^{−w²}/(w√π): mpmath's erfc(10^300) overflows
            return mpmath.exp(-w * w) / (w * mpmath.sqrt(mpmath.pi))
        return mpmath.erfc(w)
    if func in (sympy.atan, sympy.acot) and abs(z) > 1:
        return 1 / z  # π/2 − atan z = atan(1/z) ≈ 1/z (acot → 0: its size shows it already)
    if func is sympy.zeta and z.real > 2:
        return mpmath.power(2, -z)  # ζ(s) − 1 = 2^{−s}(1 + O((2/3)^s))
    return None


def _hides_tiny(node: Any, point: Mapping[Any, Any]) -> bool:
    """Whether the function application ``node`` at ``point`` is within 10^-NONZERO_PROBE_DPS of the value
    it saturates to (tanh(3500), erf(60 + x): 1 − f is not a part of the form, so its size is never
    seen), or is of an argument below 10^-(NONZERO_PROBE_DPS/2): f(ε) = f(0) + f'(0)ε + O(ε²), and a form
    right to first order (cos ε = 1, sin ε = ε) differs by less than any probe shows."""
    if not isinstance(node, sympy.Function) or isinstance(node, sympy.core.function.AppliedUndef) \
            or len(node.args) != 1 or isinstance(node, sympy.log):  # log ε: no Taylor series at 0
        return False
    z = _value(node.args[0], point, 15)
    if z is None or not mpmath.isfinite(z):
        return False
    with mpmath.workdps(15):
        if z != 0 and mpmath.log10(abs(z)) < -NONZERO_PROBE_DPS / 2:
            return True
        try:
            gap = _saturation(node.func, z)
        except (ValueError, ArithmeticError, mpmath.libmp.NoConvergence):
            return False
        return gap is not None and gap != 0 and bool(mpmath.log10(abs(gap)) < -NONZERO_PROBE_DPS)


#: At most this many distinct parts of a form are sized at a point (see :func:`_beyond_at`).
_BEYOND_NODES = 400


def _finite_in_balls(expr: Any, point: Mapping[Any, Any], dps: int) -> bool:
    """Whether an arb ball encloses ``expr`` at ``point`` as a finite value."""
    from .rigorous import enclose
    exact = {s: v for s, v in point.items() if not isinstance(v, str)}
    if len(exact) != len(point):
        return False
    try:
        return bool(enclose(expr, exact, dps=dps).is_finite())
    except Exception:  # noqa: BLE001 - not enclosable: SymPy's missing value stands
        return False


def confirm_identity(pair: tuple[Any, Any], domains: Mapping[sympy.Symbol, Domain], key: str, dps: int,
                     restrict: Mapping[Any, tuple[Any, Any]] | None = None) -> StepVerdict:
    """Compare two forms at seeded points of the whole domain: confirmed, failed or inconclusive."""
    found, expected = sympy.sympify(pair[0]), sympy.sympify(pair[1])
    if found.has(*_OPAQUE) or expected.has(*_OPAQUE):
        return StepVerdict(INCONCLUSIVE, "cannot evaluate an unevaluated derivative, integral, limit or "
                                         "substitution numerically")
    doms = _sampling_domains((found, expected), domains)
    if isinstance(doms, str):
        return StepVerdict(INCONCLUSIVE, doms)
    tiny = _beyond_the_probe(found, expected)
    if tiny is not None:
        return StepVerdict(INCONCLUSIVE, f"the forms hold the constant {tiny}, beyond the {NONZERO_PROBE_DPS} digits "
                                         f"at which points can tell two values apart: sampling cannot confirm them")
    restrict = restrict or {}
    rng = random.Random(stable_seed(key))
    agreed, tries, unsummed, beyond, unseen, drawn, hidden_visited = 0, 0, 0, None, 0, 0, 0
    sampled = list(_points(doms, restrict, rng, 4 * CONFIRM_POINTS))
    visited = _visited(doms, restrict, rng, dps, summed_variables(found, expected))
    # Every suspect, corner and band of far decades is tried, then sampled points until CONFIRM_POINTS
    # agree; the suspects are scanned lazily (the same points in the same order: a failure stops before
    # the next scan).
    suspects = _iter_suspects((found, expected), domains, restrict, sampled[0]) if sampled else iter(())
    tagged = itertools.chain(((p, True) for p in suspects), ((p, True) for p in visited),
                             ((p, False) for p in sampled))
    for point, is_suspect in tagged:
        # the drawn points are half the count at least: the corners and far bands do not see the bulk
        if agreed >= CONFIRM_POINTS and drawn >= CONFIRM_POINTS // 2 and not is_suspect:
            break
        tries += 1
        arbitrary = _arbitrary_functions((found, expected), point, rng, dps)
        f, e = found.xreplace(arbitrary), expected.xreplace(arbitrary)
        late: list = []
        a = _value(f, point, dps, late)
        b = _value(e, point, dps, late) if not late else None  # one budget spent here is enough
        if late or (a is None and b is None):
            if not late:
                continue  # neither side is a number here (a pole, a branch cut): no evidence
            # Review 31: a point the forms could not be evaluated at in time may be the only one in
            # part of the domain (e^{−e^x} at x = 10⁸); balls enclose such values at once.
            status, probe = _difference_ball(f - e, point, dps)
            if status == "nonzero":
                return StepVerdict(FAILED, f"counterexample at a point of the domain (not evaluated in "
                                           f"{POINT_SECONDS:g} s, or overflowing): arb balls put the difference at "
                                           f"{probe}, excluding 0", _counterexample(point, arbitrary, difference=probe))
            unseen += status != "zero"  # balls that enclose both sides alike have looked there
            if unseen >= 2:  # each costs a budget, and the points missed may be all of a region
                return StepVerdict(INCONCLUSIVE, f"the forms could not be evaluated at {unseen} sampled points "
                                                 f"(in {POINT_SECONDS:g} s each, or without overflowing) nor "
                                                 f"enclosed in balls: not confirmed")
            continue
        if a is not None and b is not None and _agree(a, b, dps):
            status, probe = _difference_ball(f - e, point, dps)
            if status != "nonzero":
                # e.g. x + log(1 + x·10^-3000) = x: no probe tells the sides apart here; and (review 33) a part
                # too large at a corner or a far band (e^x at x = 10²⁰) swamps the rest
                huge = _beyond_at((f, e), point, huge=True) if is_suspect else None
                hidden = huge if huge is not None else _beyond_at((f, e), point)
                if hidden is not None:
                    beyond = beyond if beyond is not None else hidden
                    hidden_visited += huge is not None
                    continue  # no evidence either way: other points must agree

            if status == "nonzero":
                return StepVerdict(FAILED, f"counterexample at a point of the domain: the two sides agree to "
                                           f"{dps} digits but differ by {probe} (an arb ball that excludes 0)",
                                   _counterexample(point, arbitrary, derived=_show(a), expected=_show(b),
                                                   difference=probe))
            # A residue below the tolerance must shrink with more digits, as rounding does.
            a2, b2 = _value(f, point, 2 * dps), _value(e, point, 2 * dps)
            if status != "zero" and a2 is not None and b2 is not None and not _agree(a2, b2, 2 * dps - DIGITS_LOST):
                return StepVerdict(FAILED, f"counterexample at a point of the domain: the two sides differ by "
                                           f"{_show(a2 - b2)}, which does not shrink at {2 * dps} digits",
                                   _counterexample(point, arbitrary, derived=_show(a2), expected=_show(b2)))
        if a is None or b is None or not _agree(a, b, dps):
            # Near zero or near a pole, cancellation can fake a difference: retry with more digits.
            a2, b2 = _value(f, point, 3 * dps), _value(e, point, 3 * dps)
            if a2 is not None and b2 is not None and not _agree(a2, b2, dps):
                huge = _beyond_at((f, e), point, huge=True)
                if huge is not None:  # cosh a − sinh a at a = 10⁸: neither SymPy's values nor balls can say
                    beyond, hidden_visited = beyond if beyond is not None else huge, hidden_visited + is_suspect
                    continue
                if _difference_ball(f - e, point, dps)[0] == "zero":
                    continue  # cancellation at an extreme point (e^Δ/(N + e^Δ) − ... at Δ = 10^5): balls see no difference
            if (a2 is None) != (b2 is None) and (f if a2 is None else e).has(sympy.Sum, sympy.Product):
                unsummed += 1  # a series SymPy could not add up there (in time): no value, not "not finite"
                if unsummed >= 2:  # each costs a budget: two such points say the sampling cannot go on
                    return StepVerdict(INCONCLUSIVE, f"SymPy could not evaluate a sum at {unsummed} points of the "
                                                     f"domain (in {TACTIC_SECONDS:g} s each): not confirmed")
                continue
            if (a2 is None) != (b2 is None) and (_finite_in_balls(f if a2 is None else e, point, dps)
                                                 or _finite_combined(f if a2 is None else e, point, 3 * dps)):
                continue  # SymPy found no value (erfc(10^300) underflows) where arb balls enclose one: no evidence
            if (a2 is None) != (b2 is None) or (a2 is not None and not _agree(a2, b2, dps)):
                return StepVerdict(FAILED, f"counterexample at a point of the domain, {dps} digits",
                                   _counterexample(point, arbitrary, derived=_show(a2), expected=_show(b2)))
            if a2 is None:
                continue
        agreed, drawn = agreed + 1, drawn + (not is_suspect)
    if beyond is not None and (agreed < CONFIRM_POINTS or hidden_visited):
        shown = str(beyond) if len(str(beyond)) <= 60 else str(beyond)[:57] + "..."
        return StepVerdict(INCONCLUSIVE, f"at a sampled point the forms hold {shown}, whose size (or distance from "
                                         f"the value it tends to, or second-order term) is beyond the "
                                         f"{NONZERO_PROBE_DPS} digits at which points can tell two values apart: "
                                         f"sampling cannot confirm them")
    if agreed >= CONFIRM_POINTS and (found.has(*_NON_ANALYTIC) or expected.has(*_NON_ANALYTIC)):
        # A kink or a switch (Min, Abs, Piecewise, ...) can hide a difference on a region no
        # sample reaches: sampling may refute such an identity but cannot confirm it.
        return StepVerdict(INCONCLUSIVE, f"agrees at {agreed} sampled points, but a non-analytic function "
                                         f"(Min, Max, Abs, sign, Piecewise, floor, ...) can differ elsewhere")
    if agreed >= CONFIRM_POINTS:
        return StepVerdict(CONFIRMED, f"numeric identity at {agreed} points drawn from the whole domain, "
                                      f"{dps} digits" + _restricted_note(doms, restrict))
    return StepVerdict(INCONCLUSIVE, f"only {agreed} of {tries} sampled points could be evaluated")
