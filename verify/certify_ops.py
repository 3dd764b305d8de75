"""Certification of SymPy's operation results (DESIGN: "SymPy proposes, the kernel certifies").

The operation rules (:mod:`derivations._rules`) take SymPy's answer for a definite integral,
a limit or a series, and emit an *obligation* that the answer is right; this module
discharges those obligations by means independent of the SymPy call that produced the
answer:

* ``integral_value`` — ``∫_a^b f dx = V``: quadrature at points of the parameters' whole
  domain (:mod:`verify.certify_integrals`), on the ball translation :func:`acb_compile` here;
* ``limit_value`` — ``lim_{x→x0±} f = L`` at a finite point: ``f`` evaluated with mpmath at
  high precision at points approaching ``x0`` from the stated side must converge to ``L``
  (at ``±∞``, or to an infinite ``L``: :mod:`verify.certify_limits`);
* ``series_value`` — ``f ≃ s`` to order ``n`` about ``x0`` from a side: the remainder
  ``f − s`` must shrink at least like ``|x − x0|^n`` at points approaching ``x0``.

A point where the answer is shown wrong fails the step, with that point; where nothing can
be evaluated the obligation is ``inconclusive``, never a pass. Tolerances come from
:mod:`derivations._precision`.
"""

from __future__ import annotations

import random
from typing import Any, Callable, Mapping

import flint
import mpmath
import sympy

from derivations._domain_points import whole_domain_point
from derivations._domains import Domain
from derivations._precision import (CERTIFY_ATTEMPTS, CERTIFY_POINTS, WITNESS_ATTEMPTS, NotEnclosable, arb_exact,
                                    probe_exponents, relative_tolerance)
from derivations._rules import Obligation

from .certify_continuity import by_continuity
from .certify_oscillation import every_phase_agrees, phase_variants
from .certify_exponents import exponent_suspects
from .confirm import _default_domain, _sampling_domains, _value
from .confirm_points import _corners, _points
from .equality import prove_equal
from .obligations import _inside_symbolically, _outside_symbolically
from .symbolic import _prove_sign
from .verdicts import FAILED, INCONCLUSIVE, PROVED, StepVerdict, stable_seed

__all__ = ["KINDS", "discharge", "acb_compile", "agree_at_points"]

#: The obligation kinds this module discharges.
KINDS = ("integral_value", "limit_value", "series_value", "vanishes", "uncertified", "root_in_domain", "monotone",
         "integral_condition")


# -- sympy → acb, with arb's analytic flag -----------------------------------------------------------

AcbFunction = Callable[[flint.acb, bool], flint.acb]

_ENTIRE_OR_MEROMORPHIC = {
    sympy.exp: "exp", sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan", sympy.cot: "cot",
    sympy.sec: "sec", sympy.csc: "csc", sympy.sinh: "sinh", sympy.cosh: "cosh", sympy.tanh: "tanh",
    sympy.coth: "coth", sympy.sech: "sech", sympy.csch: "csch", sympy.gamma: "gamma", sympy.erf: "erf",
    sympy.erfc: "erfc", sympy.erfi: "erfi",
}
_WITH_FLAG = {sympy.log: "log", sympy.Abs: "real_abs", sympy.sign: "real_sgn", sympy.Heaviside: "real_heaviside",
              sympy.floor: "real_floor", sympy.ceiling: "real_ceil"}
_NAN = flint.acb("nan")


def _atan(z: flint.acb, analytic: bool) -> flint.acb:
    # Branch points at ±i: analytic on a ball whose imaginary part stays inside (−1, 1).
    if analytic and not abs(z.imag).upper() < 1:
        return _NAN
    return z.atan()


def acb_compile(expr: Any, var: sympy.Symbol, params: Mapping[Any, flint.arb]) -> AcbFunction:
    """``expr`` as a function ``f(z, analytic)`` of complex balls for ``acb.integral``.

    Every other symbol takes its value from ``params``. Raises :class:`NotEnclosable` for
    anything outside the translation (an undefined function, an unevaluated operator).
    """
    expr = sympy.sympify(expr)
    if expr == var:
        return lambda z, a: z
    if expr.is_Symbol:
        if expr not in params:
            raise NotEnclosable(f"no value for {expr}")
        c = flint.acb(params[expr])
        return lambda z, a: c
    if expr.is_Rational or expr.is_Float:
        c = flint.acb(arb_exact(mpmath.mpf(expr._mpf_) if expr.is_Float else sympy.Rational(expr)))
        return lambda z, a: c
    if expr in (sympy.pi, sympy.E, sympy.EulerGamma):
        c = {sympy.pi: flint.acb.pi, sympy.E: lambda: flint.acb(1).exp(),
             sympy.EulerGamma: lambda: flint.acb(flint.arb.const_euler())}[expr]
        return lambda z, a: c()
    if expr is sympy.I:
        return lambda z, a: flint.acb(0, 1)
    if expr.is_Add or expr.is_Mul:
        parts = [acb_compile(t, var, params) for t in expr.args]
        add = expr.is_Add

        def combine(z: flint.acb, a: bool) -> flint.acb:
            out = parts[0](z, a)
            for f in parts[1:]:
                out = out + f(z, a) if add else out * f(z, a)
            return out
        return combine
    if expr.is_Pow:
        base, exp = expr.args
        b = acb_compile(base, var, params)
        if exp.is_Integer:
            n = int(exp)
            return lambda z, a: b(z, a) ** n  # meromorphic
        if base is sympy.E:
            e = acb_compile(exp, var, params)
            return lambda z, a: e(z, a).exp()
        e = acb_compile(exp, var, params)
        return lambda z, a: b(z, a).pow(e(z, a), analytic=a)
    if isinstance(expr, sympy.atan):
        f = acb_compile(expr.args[0], var, params)
        return lambda z, a: _atan(f(z, a), a)
    if isinstance(expr, (sympy.Max, sympy.Min)) and len(expr.args) == 2:
        f, g = (acb_compile(t, var, params) for t in expr.args)
        method = "real_max" if isinstance(expr, sympy.Max) else "real_min"
        return lambda z, a: getattr(f(z, a), method)(g(z, a), analytic=a)
    for fn, name in _WITH_FLAG.items():
        # Heaviside's second argument (its value at 0) does not change an integral.
        if isinstance(expr, fn) and (len(expr.args) == 1 or fn is sympy.Heaviside):
            f = acb_compile(expr.args[0], var, params)
            return lambda z, a, _n=name: getattr(f(z, a), _n)(analytic=a)
    for fn, name in _ENTIRE_OR_MEROMORPHIC.items():
        if isinstance(expr, fn) and len(expr.args) == 1:
            f = acb_compile(expr.args[0], var, params)
            return lambda z, a, _n=name: getattr(f(z, a), _n)()
    raise NotEnclosable(f"no ball translation for {type(expr).__name__}")


# -- shared: points of the parameters' domain --------------------------------------------------------

def _parameter_points(exprs: tuple[Any, ...], bound: set[Any], domains: Mapping[Any, Domain], key: str,
                      restrict: Mapping[Any, tuple[Any, Any]], attempts: int = CERTIFY_ATTEMPTS
                      ) -> list[dict[Any, Any]] | str:
    """Exact points of the whole domain for the free parameters (``bound`` variables excluded)."""
    doms = _free_domains(exprs, bound, domains)
    if isinstance(doms, str):
        return doms
    if not doms:
        return [{}]
    rng = random.Random(stable_seed(key + "/certify"))
    return list(_points(doms, restrict, rng, attempts))


def _moderate_points(exprs: tuple[Any, ...], bound: set[Any], domains: Mapping[Any, Domain], key: str,
                     restrict: Mapping[Any, tuple[Any, Any]], count: int = CERTIFY_ATTEMPTS) -> list[dict[Any, Any]]:
    """Exact points drawn from each parameter's sample range (its declared one, else a moderate part of
    its domain), not towards its ends: where the whole domain's points lie where no quadrature reaches
    (``x^{a−1}`` at ``a = 10⁻⁸``), the agreement a certificate needs is sought here too."""
    doms = _free_domains(exprs, bound, domains)
    if isinstance(doms, str) or not doms:
        return []
    rng = random.Random(stable_seed(key + "/moderate"))
    return [{s: (whole_domain_point(d, rng, i, restrict[s]) if s in restrict else d.draw(rng)) for s, d in doms.items()}
            for i in range(count)]


def _free_domains(exprs: tuple[Any, ...], bound: set[Any], domains: Mapping[Any, Domain]) -> dict[Any, Domain] | str:
    """The sampling domains of the symbols free in ``exprs`` (``bound`` variables excluded), or why there are none."""
    free: set[Any] = set()
    for e in exprs:
        free |= sympy.sympify(e).free_symbols
    return _sampling_domains(tuple(sorted(free - set(bound), key=str)), domains)


def _joint_corners(exprs: tuple[Any, ...], bound: set[Any], domains: Mapping[Any, Domain],
                   restrict: Mapping[Any, tuple[Any, Any]]) -> list[dict[Any, Any]]:
    """Points with two or more real parameters near their ends together (all high, all low, alternating;
    not the extreme magnitudes), every other parameter at a point of its domain: a SymPy answer wrong
    only in a corner of the box (``∫₀^T ω|sin ωt| dt`` once ``ωT > 2π``, review 16) is seen there."""
    doms = _free_domains(exprs, bound, domains)
    if isinstance(doms, str) or sum(d.kind == "real" for d in doms.values()) < 2:
        return []
    rest = next(iter(_points(doms, {}, random.Random(0), 1)), {})
    return [{**rest, **corner} for corner in _corners(doms, restrict)[:4]]


def _exact(v: Any) -> sympy.Rational:
    return sympy.Rational(v) if not isinstance(v, sympy.Basic) else v


def _shown(point: Mapping[Any, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in point.items()}


def _outcome(ob: Obligation, agreed: int, tried: int, wanted: int, how: str) -> StepVerdict:
    if agreed >= wanted:
        return StepVerdict(PROVED, f"{ob.text}: SymPy's value certified by {how} at {agreed} point(s) of the domain")
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: SymPy's value could be certified by {how} at only {agreed} of "
                                     f"{tried} points; an uncertified operation is not a pass")


# -- limits and series at a finite point ---------------------------------------------------------------

def agree_at_points(points: list[dict[Any, Any]], sides: tuple[int, ...],
                    probe: Any, must: int = 0) -> tuple[int, int, int] | StepVerdict:
    """``probe(point, side)`` at points of the domain until :data:`CERTIFY_POINTS` agree on every
    side: ``(agreed, tried, wanted)``, or the first verdict a probe returns (it refutes the answer,
    or the values do not converge at that point: never skipped). A probe returns True (agrees),
    None (nothing could be evaluated there) or a verdict. The first ``must`` points (suspects) are
    wanted on top of those, and one that does not agree ends the count (it is never skipped)."""
    wanted = (min(CERTIFY_POINTS, len(points) - must) if points != [{}] else 1) + must
    agreed = tried = 0
    for point in points:
        if agreed >= wanted:
            break
        tried += 1
        ok = True
        for s in sides:
            verdict = probe(point, s)
            if isinstance(verdict, StepVerdict):
                return verdict
            ok = ok and verdict is True
        if not ok and tried <= must:
            return agreed, tried, wanted
        agreed += ok
    return agreed, tried, wanted


def _scale(scale: Any) -> mpmath.mpf:
    q = sympy.Rational(scale)
    return mpmath.mpf(q.p) / q.q


def _gap(side: int, k: int, scale: Any) -> str:
    """x − x0 at a probe, as text."""
    return f"{side:+d}e-{k}" if scale == 1 else f"{side:+d}·{mpmath.nstr(_scale(scale), 8)}e-{k}"


def _approach(x0: mpmath.mpf, side: int, k: int, scale: Any = 1) -> mpmath.mpf:
    """The k-th probe point: x0 ± scale·10^-k (side +1 from above, −1 from below)."""
    return x0 + side * _scale(scale) * mpmath.mpf(10) ** (-k)


def _limit_or_series(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                     restrict: Mapping[Any, tuple[Any, Any]]) -> StepVerdict:
    series = ob.kind == "series_value"
    if series:
        f, x, x0, value, order, side = ob.expr
        order = int(order)
    else:
        f, x, x0, value, side = ob.expr
        order = 0
        from .certify_limits import certify_limit, needs_ladder  # it builds on this module's helpers
        if needs_ladder(x0, value):
            return certify_limit(ob, domains, key, dps, restrict)
    sides = (1, -1) if int(side) == 0 else (int(side),)
    if not series and by_continuity(f, x, x0, value, domains):
        return StepVerdict(PROVED, f"{ob.text}: proved by continuity ({f} is continuous at {x} = {x0} from the "
                                   f"stated side, and its value there is {value})")
    points = _parameter_points((f, x0, value), {x}, domains, key, restrict)
    if isinstance(points, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {points}")
    suspects = exponent_suspects(f, x, domains, restrict, points[0]) if points != [{}] else []
    steps = probe_exponents(dps, order)
    work = 4 * dps + 20
    def probe(point: Mapping[Any, Any], s: int) -> bool | None | StepVerdict:
        from .certify_limits import SCALES  # along two incommensurate sequences
        for scale in SCALES if not series else SCALES[:1]:
            verdict = _probe(f, x, x0, value, order, s, point, steps, work, ob, scale)
            if verdict is not True or series:
                return verdict
        # The limit holds along every sequence: also where each unbounded phase is frozen.
        c = _value(sympy.sympify(x0), point, work)
        near = [sympy.Float(_approach(c.real, s, k), work) for k in steps] if c is not None else []
        return every_phase_agrees(ob, f, phase_variants(f, x, near, point) if near else [],
                                  lambda g: _probe(g, x, x0, value, order, s, point, steps, work, ob), point)

    counted = agree_at_points(suspects + points, sides, probe, must=len(suspects))
    if isinstance(counted, StepVerdict):
        return counted
    agreed, tried, wanted = counted
    how = ("the remainder shrinking like |x − x0|^%d (mpmath, %d digits)" % (order, work) if series
           else f"evaluation approaching the point (mpmath, {work} digits)")
    return _outcome(ob, agreed, tried, wanted, how)


def _remainder(f: Any, x: Any, value: Any, c: Any, side: int, k: int, scale: Any, point: Mapping[Any, Any],
               work: int) -> Any:
    """|f − series| at the probe ``10^-k`` from the centre ``c``, or None where it cannot be evaluated."""
    with mpmath.workdps(work):
        at = {**point, x: sympy.Float(_approach(c, side, k, scale), work)}
    a, b = _value(f, at, work), _value(value, at, work)
    if a is None or b is None:
        return None
    with mpmath.workdps(work):
        return abs(a - b)


#: Probes ``10^{-k}`` from a limit point at 0, far beyond the working digits (mpmath's exponents have no
#: bound, and a point at 0 needs no digits to be told from it): where a convergence sets in late.
_FAR_OUT = (10**3, 10**6, 10**9, 10**12, 10**18, 10**30)


def _falls_far_out(f: Any, x: Any, value: Any, side: int, scale: Any, point: Mapping[Any, Any], work: int,
                   residue: Any) -> bool:
    """Whether ``|f − value|`` at a limit point 0 falls, at the :data:`_FAR_OUT` probes, below half the
    ``residue`` the near probes left (then the near probes are no refutation: not yet converging)."""
    for k in _FAR_OUT:
        try:
            r = _remainder(f, x, value, mpmath.mpf(0), side, k, scale, point, work)
        except Exception:  # noqa: BLE001 - not evaluable that far out: no evidence
            return False
        if r is None:
            return False
        if 2 * r < residue:
            return True
    return False


def _probe(f: Any, x: Any, x0: Any, value: Any, order: int, side: int, point: Mapping[Any, Any],
           steps: tuple[int, ...], work: int, ob: Obligation, scale: Any = 1) -> bool | None | StepVerdict:
    """Whether ``f − value`` is ≲ |x − x0|^max(order, ·) along the probes: None where nothing can be
    evaluated or the residue still falls too slowly to tell, a verdict where it is refuted or stalls
    (inconclusive: a parameter point where the values do not approach the claim is never skipped)."""
    c = _value(sympy.sympify(x0), point, work)
    if c is None or abs(c.imag) > 0:
        return None
    residues = []
    for k in steps:
        with mpmath.workdps(work):
            xv = _approach(c.real, side, k, scale)
        at = {**point, x: sympy.Float(xv, work)}
        a = _value(f, at, work)
        b = _value(value, at, work) if order else _value(value, point, work)
        if a is None or b is None:
            return None
        with mpmath.workdps(work):
            residues.append((k, abs(a - b), max(1, abs(b))))
    # Converging: the residue at the closest probes is small and shrinking. For a limit the
    # residue must fall below 10^-(steps[-1]/4)·scale; for a series below |h|^order times a
    # modest factor (the next coefficient), measured by the decay rate between probes.
    with mpmath.workdps(work):
        (k1, r1, s1), (k2, r2, s2) = residues[-2], residues[-1]
        if order:
            # r ~ C h^m with m ≥ order: the rate log10(r1/r2)/(k2−k1) must be ≥ order − ¼ (√h is no O(h)).
            if r2 == 0 or r2 <= mpmath.mpf(10) ** (-(work - 10)) * s2:
                return True
            rate = mpmath.log10(r1 / r2) / (k2 - k1) if r1 > 0 else mpmath.mpf(0)
            if rate < order - mpmath.mpf(1) / 4:
                # The far probe may lie outside the series' regime at an extreme parameter point
                # (ℓ/L = 10⁻¹²): a refutation must hold as close again as precision allows.
                k3 = min(2 * k2 - k1, (work - 20) // (order + 1))
                closer = _remainder(f, x, value, c.real, side, k3, scale, point, work) if k3 > k2 else None
                if closer is not None:
                    rate = mpmath.log10(r2 / closer) / (k3 - k2) if closer > 0 else mpmath.mpf(order)
                    if closer == 0 or rate >= order - mpmath.mpf(1) / 4:
                        return True
                return StepVerdict(FAILED, f"{ob.text}: the remainder f − series shrinks like |x − x0|^"
                                           f"{mpmath.nstr(rate, 3)}, not |x − x0|^{order}: a term is missing or "
                                           f"wrong",
                                   {**_shown(point), "x − x0": _gap(side, k2, scale),
                                    "remainder": mpmath.nstr(r2, 5)})
            return True
        tol = mpmath.mpf(10) ** (-(k2 // 4)) * s2
        # review 24: a residue that has settled (π²·10⁻⁸ at both probes) is a wrong part below the tolerance,
        # not a convergence: it must fall, or be below 10^-(k/2)
        stalled = r2 > mpmath.mpf(10) ** (-(k2 // 2)) * s2 and 2 * r2 >= r1
        if r2 <= tol and r2 <= r1 + tol and not stalled:
            return True
        # A residue more than halving between the probes still falls (x^0.1 at x = 10^-25 is 0.003): no refutation.
        if r2 > mpmath.mpf(10) ** -3 * s2 and r1 > mpmath.mpf(10) ** -3 * s1 and not 2 * r2 < r1:
            if c.real == 0 and _falls_far_out(f, x, value, side, scale, point, work, r2):
                return None  # review 20: p^a log p at a = 4·10⁻⁸ turns to 0 only below p = e^{-1/a}
            return StepVerdict(FAILED, f"{ob.text}: approaching the point the expression tends to "
                                       f"{mpmath.nstr(a, 10)}, not {value}",
                               {**_shown(point), "x − x0": _gap(side, k2, scale), "f": mpmath.nstr(a, 15),
                                "claimed": mpmath.nstr(b, 15)})
        if r2 < r1:
            return None  # still falling, slowly: no evidence either way
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: at {_shown(point) or 'the point'} the values approaching "
                                         f"the point do not settle at the claim (|f − claim| = {mpmath.nstr(r2, 5)} "
                                         f"at x − x0 = {_gap(side, k2, scale)}, not falling), so it is not certified there",
                           {**_shown(point), "x − x0": _gap(side, k2, scale), "f": mpmath.nstr(a, 15)})


# -- roots: counted by monotonicity, shown in the domain -------------------------------------------------

def _monotone(ob: Obligation, domains: Mapping[Any, Domain]) -> StepVerdict:
    f, x = ob.expr[0], ob.expr[1]
    slope = sympy.diff(f, x)
    for sign, word in ((slope, "increasing"), (-slope, "decreasing")):
        if _prove_sign(sign, "positive", domains):
            return StepVerdict(PROVED, f"{ob.text}: proved, ∂/∂{x} = {slope} keeps one sign (strictly {word})")
    two = _two_roots_known(f, x, ob.expr[2] if len(ob.expr) > 2 else None, domains)
    if two is not None:
        return StepVerdict(PROVED, f"{ob.text}: proved, {two}")
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot prove that {slope} keeps one sign, so the roots SymPy "
                                     f"returned may not be all of them")


def _two_roots_known(f: Any, x: Any, kept: Any, domains: Mapping[Any, Domain]) -> str | None:
    """Why ``f`` has no root in the domain of ``x`` but ``kept``, when it is strictly convex or
    concave there (two roots at most on the closure) and vanishes at an end of the domain (the
    other one, outside the open domain); else None. The kept root's own vanishing and place in
    the domain are separate obligations."""
    dom = domains.get(x)
    if kept is None or dom is None or dom.kind != "real":
        return None
    curvature = sympy.diff(f, x, 2)
    if not any(_prove_sign(c, "positive", domains) for c in (curvature, -curvature)):
        return None
    for end, is_open in ((dom.lo_exact, dom.lo_open), (dom.hi_exact, dom.hi_open)):
        if end is None or not is_open or not end.is_finite:
            continue
        try:
            at_end = sympy.simplify(f.subs(x, end))
        except Exception:  # noqa: BLE001 - SymPy's simplify raises many types: no decision here
            continue
        if at_end == 0 and sympy.simplify(kept - end) != 0:
            return (f"∂²/∂{x}² = {curvature} keeps one sign, so there are at most two roots on the closed domain: "
                    f"{x} = {end} at its open end and the kept {x} = {kept}")
    return None


def _root_in_domain(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                    restrict: Mapping[Any, tuple[Any, Any]]) -> StepVerdict:
    root, x = sympy.sympify(ob.expr), ob.symbol
    dom = domains.get(x) or _default_domain(x)
    if dom is None:
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: no domain for {x}")
    if dom.kind == "real" and _inside_symbolically(root, dom, domains):
        return StepVerdict(PROVED, f"{ob.text}: proved")
    points = _parameter_points((root,), set(), domains, key, restrict)
    if isinstance(points, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {points}")
    if points != [{}]:  # a witness in a narrow part of the parameters' domain: look wider before refusing
        more = _parameter_points((root,), set(), domains, key + "/witness", restrict, WITNESS_ATTEMPTS)
        points += more if isinstance(more, list) else []
    evaluated = 0
    for point in points:
        v = _value(root, point, dps)
        if v is None:
            continue
        evaluated += 1
        tol = relative_tolerance(dps) * max(1, abs(v))
        if abs(v.imag) <= tol and dom.contains(v.real) and dom.kind != "choice":
            return StepVerdict(PROVED, f"{ob.text}: it does at {_shown(point) or 'every point'} (witness); where it "
                                       f"does not, the equation has no root in the domain and the form holds "
                                       f"vacuously")
    if evaluated and (points == [{}] or dom.kind == "real" and _outside_symbolically(root, dom, domains)):
        return StepVerdict(FAILED, f"{ob.text}: it lies outside {dom.describe()} "
                                   f"{'everywhere' if points != [{}] else ''}, so it is no solution".replace("  ", " "),
                           {**_shown(points[0]), str(x): str(root)})
    if evaluated:  # outside at every point tried, not shown outside everywhere: no verdict either way
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: no witness among {evaluated} points of the domain, and it is "
                                         f"not proved outside {dom.describe()} everywhere")
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: the root could not be evaluated")


def _lambert_identity(expr: Any) -> Any:
    """``exp(W(z))`` as ``z/W(z)`` (the definition of Lambert's W), which SymPy does not apply."""
    w = sympy.Wild("w")
    return sympy.sympify(expr).replace(sympy.exp(sympy.LambertW(w)), sympy.sympify(w) / sympy.LambertW(w))


def discharge(ob: Obligation, domains: Mapping[Any, Domain], *, key: str, dps: int,
              restrict: Mapping[Any, tuple[Any, Any]] | None = None, admit: Any = None) -> StepVerdict:
    """Discharge one certification obligation (a kind in :data:`KINDS`); ``admit``: an integral's
    points only where the inequality premises hold (:mod:`verify.premise_inequalities`)."""
    restrict = restrict or {}
    if ob.kind == "uncertified":
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: cannot be certified, so the step is not a pass")
    if ob.kind == "vanishes":
        lhs, rhs = (_lambert_identity(side) for side in ob.expr)
        v = prove_equal(lhs, rhs, domains, key=key, dps=dps, restrict=restrict)
        return StepVerdict(v.verdict, f"{ob.text}: {v.method}", v.counterexample)
    try:
        if ob.kind == "monotone":
            return _monotone(ob, domains)
        if ob.kind == "root_in_domain":
            return _root_in_domain(ob, domains, key, dps, restrict)
        if ob.kind == "integral_value":
            from .certify_integrals import certify_integral  # it builds on this module's helpers
            return certify_integral(ob, domains, key, dps, restrict, admit=admit)
        if ob.kind == "integral_condition":
            from .certify_integrals import certify_condition
            return certify_condition(ob, domains, key, dps, restrict, admit=admit)
        return _limit_or_series(ob, domains, key, dps, restrict)
    except Exception as exc:  # noqa: BLE001 - a certificate that crashes certifies nothing
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: could not be certified ({type(exc).__name__}: {exc})")
