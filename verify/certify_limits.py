"""Certification of SymPy's limits at ±∞ and of its infinite limits (issue 16, class 3).

SymPy's ``limit`` is an oracle with known wrong answers (``lim_{x→0⁻} 2^{1/x}`` is ∞ to it,
SymPy #28975). A limit at a finite point with a finite value is certified in
:mod:`verify.certify_ops`; this module covers the two cases where probing at ``x0 ± 10^-k``
against a tolerance does not apply:

* a limit at ``±∞``: the change of variable ``x = ±1/t`` makes it a one-sided limit at
  ``t → 0⁺``, probed along ``x = ±10^k`` for a ladder of growing ``k``;
* an infinite value ``±∞``: ``f → ±∞`` is ``1/f → 0`` with ``f`` of the stated sign.

Along the ladder the residue ``|f − L|`` must fall geometrically in ``log x`` (or reach 0):
a consistent rate of decay, not one small value, since a slowly converging form (a power
``x^{-a}`` with small ``a``) never falls below a fixed tolerance. Where the residue stalls
on a form with no parameters, the values have settled elsewhere and the limit is refuted;
anything else is ``inconclusive``, never a pass.
"""

from __future__ import annotations

from typing import Any, Mapping

import mpmath
import sympy

from derivations._domains import Domain
from derivations._precision import probe_exponents
from derivations._rules import Obligation

from .certify_ops import _outcome, _parameter_points, _shown, agree_at_points
from .certify_exponents import exponent_suspects
from .certify_oscillation import every_phase_agrees, phase_variants
from .confirm import _show, _value
from .verdicts import FAILED, INCONCLUSIVE, StepVerdict

__all__ = ["limit_at_infinity_obligation", "certify_limit", "needs_ladder", "SCALES"]

#: The least decay rate (decades of residue per decade of x) that counts as converging.
_MIN_RATE = mpmath.mpf("0.01")
#: A rate may slow down between rungs by at most this factor (a logarithmic approach halves it).
_RATE_KEPT = mpmath.mpf("0.6")


def limit_at_infinity_obligation(rule: Any, outcome: Any) -> Obligation | None:
    """The certificate a ``Limit`` at ±∞ needs (the rule trusts SymPy there), or None.

    Built by the kernel from the replayed step, so that no rule can leave SymPy's answer
    at infinity uncertified.
    """
    if type(rule).__name__ != "Limit" or outcome.error:
        return None
    point = sympy.sympify(rule.point)
    given, output = outcome.given, outcome.output
    if point not in (sympy.oo, -sympy.oo) or not isinstance(given, sympy.Eq) or not isinstance(output, sympy.Eq):
        return None
    var, value = sympy.sympify(rule.var), output.rhs
    side = -1 if point == sympy.oo else 1
    arrow = "∞" if point == sympy.oo else "−∞"
    return Obligation("limit_value", sympy.Tuple(given.rhs, var, point, value, side),
                      f"SymPy's limit {value} of {given.rhs} as {var} → {arrow}", symbol=var)


def needs_ladder(x0: Any, value: Any) -> bool:
    """Whether a limit is certified here: at ±∞, or with an infinite value."""
    value = sympy.sympify(value)
    return sympy.sympify(x0).is_infinite is True or value.is_infinite is True or value.has(sympy.oo, -sympy.oo)


def _rungs(dps: int) -> tuple[int, ...]:
    """Exponents k of the probes ``10^-k`` (or ``10^k`` at infinity): a doubling ladder whose last
    rung still leaves the evaluation (at ``4·dps + 20`` digits) room for cancellation."""
    near, far = probe_exponents(dps, 0)
    return (max(near // 2, 1), near, far, 2 * far)


#: The ladders' scales: x = 10^k and a second, incommensurate sequence x = c·10^k with
#: c = 468/355 ≈ 1 + 1/π, never an integer (71 divides its denominator): at the integers 10^k,
#: floor, frac and sin(πx) all sit at one phase.
SCALES = (sympy.Integer(1), sympy.Rational(468, 355))


def _probe_point(x0: Any, side: int, k: int, scale: Any = 1) -> sympy.Expr:
    if x0 == sympy.oo:
        return scale * sympy.Integer(10) ** k
    if x0 == -sympy.oo:
        return -scale * sympy.Integer(10) ** k
    return sympy.sympify(x0) + side * scale * sympy.Rational(1, 10**k)


def _ladder(f: Any, x: Any, x0: Any, value: Any, side: int, point: Mapping[Any, Any], dps: int,
            ob: Obligation, scale: Any = 1) -> bool | None | StepVerdict:
    """True when the residue decays consistently along the ladder at this parameter point; a
    verdict when the values speak against the claim (failed when they have settled away from it
    on a form without parameters; inconclusive at a parameter point, which is never skipped then);
    None where nothing can be evaluated or the residue falls too slowly to tell."""
    work = 4 * dps + 20
    target = _value(value, point, work)  # an infinite value's sign may depend on the point (∞·sign(1 − p))
    if target is None:
        return None
    infinite = not mpmath.isfinite(target)
    if infinite and target.imag != 0:
        return None
    sign = 1 if target.real > 0 else -1
    if infinite:
        target = mpmath.mpf(0)
    rungs = _rungs(dps)
    values, residues = [], []
    for k in rungs:
        at = {**point, x: _probe_point(x0, side, k, scale)}
        a = _value(f, at, work)
        if a is None:
            return None
        with mpmath.workdps(work):
            if infinite:
                if a.imag != 0 or a.real == 0:  # not on the claimed side of 0 (nor on the real line)
                    values.append(a.real)
                    residues.append(mpmath.inf)
                    continue
                values.append(a.real)
                residues.append(abs(1 / a.real) if a.real * sign > 0 else mpmath.inf)
            else:
                values.append(a)
                residues.append(abs(a - target) / max(1, abs(target)))
    with mpmath.workdps(work):
        if residues[-1] == 0 or residues[-1] <= mpmath.mpf(10) ** (-(work - 10)):
            if all(r < mpmath.inf for r in residues):
                return True
        rates = []
        for (k1, r1), (k2, r2) in zip(zip(rungs, residues), zip(rungs[1:], residues[1:])):
            if not (mpmath.isfinite(r1) and mpmath.isfinite(r2)) or r2 == 0 or r1 <= r2:
                rates = None
                break
            rates.append(mpmath.log10(r1 / r2) / (k2 - k1))
        if rates and all(r >= _MIN_RATE for r in rates) and all(b >= _RATE_KEPT * a for a, b in zip(rates, rates[1:])):
            return True
        # Settled: the last values agree among themselves far better than with the claim.
        v1, v2 = values[-2], values[-1]
        scale = max(1, abs(v2))
        settled = abs(v2 - v1) <= mpmath.mpf(10) ** -12 * scale
        off = (abs(v2 - target) > mpmath.mpf(10) ** -3 * scale) if not infinite else abs(v2) < mpmath.mpf(10) ** 6
        if settled and off and not point:
            return StepVerdict(FAILED, f"{ob.text}: approaching the point the expression settles at "
                                       f"{_show(v2)}, not {value}",
                               {str(x): str(_probe_point(x0, side, rungs[-1], scale)), "f": _show(v2),
                                "claimed": str(value)})
        # Evidence against the claim at this point (a parameter point is never skipped then): the
        # values settled elsewhere, on the wrong side of an infinite claim, or moving away from it.
        # A residue that still falls, only slowly (N^α at α = 10⁻⁷), is no evidence: the point is
        # left undecided and another one must agree.
        r1, r2 = residues[-2], residues[-1]
        growing = mpmath.isfinite(r1) and r2 > 2 * r1 and r2 > mpmath.mpf(10) ** -3
        if (settled and off) or r2 == mpmath.inf or growing:
            return _not_converging(ob, x, x0, side, rungs[-1], values[-1], point, scale)
    return None


def _not_converging(ob: Obligation, x: Any, x0: Any, side: int, k: int, a: Any,
                    point: Mapping[Any, Any], scale: Any) -> StepVerdict:
    return StepVerdict(INCONCLUSIVE, f"{ob.text}: at {_shown(point) or 'the point'} the values along the ladder "
                                     f"do not converge to the claim (at {x} = {_probe_point(x0, side, k, scale)}: "
                                     f"{_show(a)}), so it is not certified there, nor on the rest of the domain",
                       {**_shown(point), str(x): str(_probe_point(x0, side, k, scale)), "f": _show(a)})


def certify_limit(ob: Obligation, domains: Mapping[Any, Domain], key: str, dps: int,
                  restrict: Mapping[Any, tuple[Any, Any]]) -> StepVerdict:
    """Discharge a ``limit_value`` obligation at ±∞ or with an infinite value (see the module)."""
    f, x, x0, value, side = ob.expr
    sides = (1, -1) if int(side) == 0 else (int(side),)
    if x0.is_infinite:
        sides = (-1 if x0 == sympy.oo else 1,)
    points = _parameter_points((f, value) if x0.is_infinite else (f, x0, value), {x}, domains, key, restrict)
    if isinstance(points, str):
        return StepVerdict(INCONCLUSIVE, f"{ob.text}: {points}")
    def probe(point: Mapping[Any, Any], s: int) -> bool | None | StepVerdict:
        for scale in SCALES:  # the limit holds along every sequence: along two incommensurate ones
            verdict = _ladder(f, x, x0, value, s, point, dps, ob, scale)
            if verdict is not True:
                return verdict
        # The limit holds along every sequence: also where each unbounded phase is frozen.
        return every_phase_agrees(ob, f, phase_variants(f, x, [_probe_point(x0, s, k) for k in _rungs(dps)], point),
                                  lambda g: _ladder(g, x, x0, value, s, point, dps, ob), point)

    # Where an exponent of x meets another the answer turns: those parameter points first, and all must agree.
    suspects = exponent_suspects(f, x, domains, restrict, points[0]) if points != [{}] else []
    counted = agree_at_points(suspects + points, sides, probe, must=len(suspects))
    if isinstance(counted, StepVerdict):
        return counted
    agreed, tried, wanted = counted
    where = (f"{x} = {'−' if x0 == -sympy.oo else ''}10^k and c·10^k" if x0.is_infinite
             else f"{x} = {x0} {'±' if len(sides) == 2 else '+' if sides[0] > 0 else '−'} 10^-k and c·10^-k")
    how = (f"a residue decaying geometrically along {where}, k = {', '.join(map(str, _rungs(dps)))} "
           f"(mpmath, {4 * dps + 20} digits)")
    return _outcome(ob, agreed, tried, wanted, how)
