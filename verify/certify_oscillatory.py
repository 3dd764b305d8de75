"""Infinite-range integrals of oscillating integrands: ``∫_c^∞ f dx`` with ``sin``/``cos`` of ``ωx + φ`` (review 7).

Tanh-sinh quadrature cannot integrate a slowly decaying oscillation (``sin(ax)/x``: the
Dirichlet integral), and an accelerated sum of its periods gives a value also where the
integral diverges (the half periods of ``sin(ax)`` alternate ``±2/a``: summed by Shanks'
transformation they give the Abel value ``1/a`` of a divergent integral). So a value counts
only when the integral converges, judged first:

* the period ``T = 2π/ω`` is read from the integrand at the sampled parameter point (every
  ``sin``/``cos`` whose argument depends on ``x`` must be linear in it); where its frequencies
  have no common period, or one that holds many periods of the fastest (``sin x cos(ax)`` at
  ``a = 239/241``), the integrand is split into single-frequency parts, each summed with its
  own period beyond a head integrated whole (:mod:`verify.certify_frequencies`, review 9);
* at periods ``k = 10, 10², …`` out, ``∫|f|`` over a period must fall by a fixed factor per
  decade (so the integral's swing within a period goes to 0) and ``∫ f`` over a period faster
  than ``k^{-1-δ}`` (so the sum of the periods converges absolutely);
* the value is the sum of the half periods (Gauss–Legendre; the first by tanh-sinh),
  accelerated by :func:`mpmath.nsum`, at two precisions; a refutation needs a second,
  independent sum (whole periods, tanh-sinh, Levin's transformation) to agree.

The decay is checked at sampled periods only, up to ``10^OSC_DECADES`` periods out: an
envelope that turns to grow beyond them is not seen (the trust boundary of any quadrature on
an infinite range). A range over the whole line is split at 0 and each half must converge.
Every value and second opinion runs under :data:`OSC_SECONDS` of wall clock: a sum that does not
finish is no evidence either way (the point is undecided, never a pass).
"""

from __future__ import annotations

from typing import Any, Callable

import mpmath
import sympy

from derivations import _budget
from derivations._budget import OutOfTime, budget
from derivations._precision import OSC_DECADES, OSC_DECAY_EXPONENT, OSC_SWING_RATIO

from .certify_frequencies import WHOLE_MULTIPLE, frequency_groups, tail_start

__all__ = ["OSC_SECONDS", "TIMED_OUT", "base_frequency", "oscillatory_value", "oscillatory_second_opinion",
           "summation_frequency"]

#: Wall-clock seconds one certificate (a value, or its second opinion) may take at one point; beyond
#: it the point is undecided, never a pass. Kept here: derivations/_precision.py has no room left.
OSC_SECONDS = 20.0
#: The words a timed-out value's reason holds (the caller stops sampling further points on it).
TIMED_OUT = "did not finish within"

#: Working digits of ∫|f| over a period in the convergence check (see :func:`_converges`).
_SWING_DIGITS = 15

_ERRORS = (ValueError, ZeroDivisionError, TypeError, OverflowError, NameError, AttributeError, ArithmeticError)


def base_frequency(f: Any, x: Any) -> sympy.Expr | str | None:
    """The angular frequency ``ω > 0`` of which every ``sin``/``cos`` in ``f`` (exact values of the
    parameters in) oscillates at an integer multiple; None if no ``sin``/``cos`` depends on ``x``,
    the reason as text if one is not of a linear argument or two are incommensurate."""
    freqs = []
    for atom in sorted(sympy.sympify(f).atoms(sympy.sin, sympy.cos), key=sympy.default_sort_key):
        arg = atom.args[0]
        if not arg.has(x):
            continue
        w = sympy.diff(arg, x)
        if w.has(x) or w.free_symbols or not w.is_extended_real or w == 0:
            return f"the argument of {atom} is not linear in {x} with a real frequency"
        freqs.append(abs(w))
    if not freqs:
        return None
    ratios = [sympy.nsimplify(sympy.simplify(w / freqs[0])) for w in freqs]
    if not all(r.is_Rational for r in ratios):
        return f"the frequencies {', '.join(map(str, freqs))} are not commensurate"
    lcm = sympy.ilcm(*[r.q for r in ratios]) if len(ratios) > 1 else ratios[0].q
    multiples = [int(r * lcm) for r in ratios]
    return freqs[0] * sympy.igcd(*multiples) / lcm if len(multiples) > 1 else freqs[0] * multiples[0] / lcm


def summation_frequency(f: Any, x: Any) -> tuple[bool, Any]:
    """``(oscillates, ω)`` for ``f`` (exact values in): whether some ``sin``/``cos`` of a linear
    argument oscillates in ``x``, and the frequency whose periods are summed, or None where ``f`` is
    summed part by part (incommensurate frequencies, or a common period holding more than
    :data:`~verify.certify_frequencies.WHOLE_MULTIPLE` periods of the fastest)."""
    omega = base_frequency(f, x)
    if omega is None:
        return False, None
    freqs = [abs(sympy.diff(t.args[0], x)) for t in sympy.sympify(f).atoms(sympy.sin, sympy.cos) if t.has(x)]
    if isinstance(omega, str):  # split only where every argument is linear (sin(x²): no period at all)
        linear = all(not w.has(x) and not w.free_symbols and w.is_extended_real and w != 0 for w in freqs)
        return (True, None) if linear else (False, None)
    return (True, None) if max(freqs, key=float) / omega > WHOLE_MULTIPLE else (True, omega)


def _expr_halves(f: Any, x: Any, lo: Any, hi: Any) -> list[tuple[Any, Any]] | None:
    """``∫_lo^hi f`` as ``[(g, c)]`` (expressions) with ``∫_c^∞ g`` each (``x → −x`` on a range to
    ``−∞``; the whole line split at 0); None if neither end is infinite."""
    f = sympy.sympify(f)
    mirror = f.xreplace({x: -x})
    if lo == -sympy.oo and hi == sympy.oo:
        return [(f, sympy.Integer(0)), (mirror, sympy.Integer(0))]
    if hi == sympy.oo:
        return [(f, lo)]
    if lo == -sympy.oo:
        return [(mirror, -hi)]
    return None


def _converges(g: Callable[[Any], Any], c: mpmath.mpf, period: mpmath.mpf) -> str | None:
    """None if ``∫_c^∞ g`` converges by the decay of its periods at ``10^j`` periods out (see the
    module docstring), else the reason it is not taken to."""
    swings: list = []
    sums: list = []
    # decade by decade, the checks in the same order as the values come: a divergent integral's
    # second decade already decides, and its further decades (the costliest quadratures) go unsummed
    for j in range(1, OSC_DECADES + 1):
        a = c + 10 ** j * period
        cuts = mpmath.linspace(a, a + period, 9)
        # ∫|f| has kinks at the zeros of f, where tanh-sinh converges slowly: at the working precision
        # it ran to its highest degree (4/5 of this check's time) for ~10⁻⁸ relative accuracy only.
        # It has no cancellation and decides one ratio against OSC_SWING_RATIO (a 10 % margin), so
        # _SWING_DIGITS give the same ~10⁻⁷ accuracy, the same decisions, in half the time. The
        # period sums below keep the working precision: they cancel, and their size is the evidence.
        with mpmath.workdps(min(mpmath.mp.dps, _SWING_DIGITS)):
            swings.append(+mpmath.quad(lambda t: abs(g(t)), [+u for u in cuts]))
        if len(swings) > 1 and not swings[-1] <= OSC_SWING_RATIO * swings[-2]:
            return (f"∫|f| over a period does not fall towards 0 ({mpmath.nstr(swings[-2], 3)} at 10^{j - 1} periods "
                    f"out, {mpmath.nstr(swings[-1], 3)} at 10^{j}): the integral does not converge, or not "
                    f"visibly")
        sums.append(abs(mpmath.quad(g, cuts)))
        # No floor: a period's sum below the working precision is no evidence of decay (mpmath's
        # numbers do not underflow, so e^{-x} sin x keeps its true, tiny ratios).
        if len(sums) > 1 and not sums[-1] <= mpmath.mpf(10) ** -OSC_DECAY_EXPONENT * sums[-2]:
            return (f"∫f over a period falls too slowly to be summed ({mpmath.nstr(sums[-2], 3)} at 10^{j - 1} periods "
                    f"out, {mpmath.nstr(sums[-1], 3)} at 10^{j}; faster than k^-{mpmath.nstr(OSC_DECAY_EXPONENT, 3)} "
                    f"is needed)")
    return None


def _pieces(g: Callable[[Any], Any], c: mpmath.mpf, step: mpmath.mpf) -> Callable[[int], Any]:
    """The k-th piece ``∫ g`` over ``[c + k·step, c + (k+1)·step]``: Gauss–Legendre (fast on a smooth
    piece), the first by tanh-sinh (an end such as √x at 0 is not smooth)."""
    def piece(k: int) -> Any:
        return mpmath.quad(g, [c + k * step, c + (k + 1) * step], method="tanh-sinh" if k == 0 else "gauss-legendre")
    return piece


def _plan(f: Any, x: Any, lo: Any, hi: Any, omega: Any
          ) -> list[tuple[Callable[[Any], Any], Any, Any, Any]] | str:
    """The segments of ``∫_lo^hi f`` as ``[(g, start, end, ω)]``: a tail (``end`` = ∞) summed period
    by period at frequency ``ω``, or a finite head (``ω`` its fastest frequency). ``omega`` None
    splits each half by frequency (:mod:`verify.certify_frequencies`); the reason as text otherwise."""
    halves = _expr_halves(f, x, lo, hi)
    if halves is None:
        return "the range is finite"
    plan: list[tuple[Callable[[Any], Any], Any, Any, Any]] = []
    for g, c in halves:
        if omega is not None:
            plan.append((_compile(g, x), c, sympy.oo, omega))
            continue
        parts = frequency_groups(g, x)
        if isinstance(parts, str):
            return parts
        start = tail_start(parts, x, c)
        if isinstance(start, str):
            return start
        plan.append((_compile(g, x), c, start, parts[-1][1]))
        plan.extend((_compile(p, x), start, sympy.oo, w) for p, w in parts)
    return plan


def _compile(expr: Any, x: Any) -> Callable[[Any], Any]:
    """``expr`` as a function of ``x`` for mpmath, its constants (``570577/500000``, ``√2``: every
    maximal subexpression free of ``x`` that is not an integer) evaluated once per working precision,
    10 digits beyond it, instead of at every node (lambdify writes ``mpf(570577)/mpf(500000)``
    into the body: a fifth of an evaluation of ``sin x cos(ax)/x``). The values are those of the
    plain lambdified form to within rounding at the working precision."""
    expr = sympy.sympify(expr)
    found: dict[Any, Any] = {}

    def walk(e: Any) -> None:
        if not e.has(x):
            if not (e.is_Integer or e.is_Symbol) and e not in found:
                found[e] = sympy.Dummy(f"c{len(found)}")
            return
        for arg in e.args:
            walk(arg)

    walk(expr)
    if not found:
        return sympy.lambdify([x], expr, "mpmath")
    consts = list(found)
    fn = sympy.lambdify([x, *found.values()], expr.xreplace(found), "mpmath")
    by_prec: dict[int, list[Any]] = {}

    def values(prec: int) -> list[Any]:
        with mpmath.workprec(prec + 34):
            vals = [mpmath.mpmathify(sympy.N(c, mpmath.mp.dps)) for c in consts]
        by_prec[prec] = vals
        return vals

    try:
        values(mpmath.mp.prec)
    except (TypeError, ValueError, ArithmeticError, AttributeError):
        return sympy.lambdify([x], expr, "mpmath")  # a constant SymPy cannot evaluate: as it stands

    def g(t: Any) -> Any:
        prec = mpmath.mp.prec
        vals = by_prec.get(prec)
        return fn(t, *(vals if vals is not None else values(prec)))
    return g


def _head(g: Callable[[Any], Any], a: mpmath.mpf, b: mpmath.mpf, omega: mpmath.mpf, method: str, split: int) -> Any:
    """``∫_a^b g`` over pieces of at most ``1/split`` of a half period of the fastest frequency."""
    n = int(mpmath.ceil((b - a) * omega / mpmath.pi)) * split + 1
    return mpmath.quad(g, mpmath.linspace(a, b, n + 1), method=method)


def _timed(body: Callable[[], Any], late: Any) -> Any:
    """``body()`` under :data:`OSC_SECONDS`; ``late`` if it does not finish. An outer budget's expiry
    is not ours to swallow (ours is then a no-op, see :func:`derivations._budget.budget`)."""
    outer = _budget._active
    try:
        with budget(OSC_SECONDS):
            return body()
    except OutOfTime:
        if outer:
            raise
        return late


def oscillatory_value(f: Any, x: Any, lo: Any, hi: Any, omega: Any, digits: int
                      ) -> tuple[mpmath.mpf, mpmath.mpf] | str:
    """(value, error) of ``∫_lo^hi f dx`` (exact values in ``f``, an infinite end, base frequency
    ``omega``, or None to split by frequency) by the sum of its periods at two precisions, within
    :data:`OSC_SECONDS`; the reason as text where the integral is not shown to converge, the sum
    cannot be formed or it does not finish in time (no evidence either way)."""
    return _timed(lambda: _value(f, x, lo, hi, omega, digits),
                  f"the sum of the periods {TIMED_OUT} {OSC_SECONDS:g} s: no evidence either way")


def _value(f: Any, x: Any, lo: Any, hi: Any, omega: Any, digits: int) -> tuple[mpmath.mpf, mpmath.mpf] | str:
    plan = _plan(f, x, lo, hi, omega)
    if isinstance(plan, str):
        return plan
    results = []
    try:
        for d in (digits + 5, digits + 15):
            total = mpmath.mpf(0)
            with mpmath.workdps(d):
                for g, a, b, w in plan:
                    a, w = mpmath.mpf(sympy.N(a, d + 5)), mpmath.mpf(sympy.N(w, d + 5))
                    period = 2 * mpmath.pi / w
                    if b != sympy.oo:
                        s = mpmath.mpc(_head(g, a, mpmath.mpf(sympy.N(b, d + 5)), w, "tanh-sinh", 1))
                    else:
                        if len(results) == 0:  # the convergence check once, at the lower precision
                            reason = _converges(g, a, period)
                            if reason is not None:
                                return reason
                        s = mpmath.mpc(mpmath.nsum(_pieces(g, a, period / 2), [0, mpmath.inf]))
                    if not mpmath.isfinite(s) or abs(s.imag) > mpmath.mpf(10) ** (-digits) * max(1, abs(s)):
                        return "the sum of the periods is not a finite real number"
                    total += s.real
            results.append(total)
    except _ERRORS as exc:
        return f"the periods could not be integrated ({type(exc).__name__})"
    # nsum gives no error estimate: the two precisions' difference is the error (as for tanh-sinh).
    with mpmath.workdps(2 * digits):
        return results[1], abs(results[0] - results[1])


def oscillatory_second_opinion(f: Any, x: Any, lo: Any, hi: Any, omega: Any, value: mpmath.mpf,
                               agreement: mpmath.mpf, digits: int = 20) -> bool:
    """Whether an independent sum (whole periods, tanh-sinh, Levin's transformation; a head by
    Gauss–Legendre on finer pieces) agrees with ``value`` to ``agreement`` (relative), within
    :data:`OSC_SECONDS`; False where it cannot be formed or does not finish (nothing refutes)."""
    return _timed(lambda: _second(f, x, lo, hi, omega, value, agreement, digits), False)


def _second(f: Any, x: Any, lo: Any, hi: Any, omega: Any, value: mpmath.mpf, agreement: mpmath.mpf,
            digits: int) -> bool:
    plan = _plan(f, x, lo, hi, omega)
    if isinstance(plan, str):
        return False
    try:
        with mpmath.workdps(digits):
            total = mpmath.mpf(0)
            for g, a, b, w in plan:
                a, w = mpmath.mpf(sympy.N(a, digits + 5)), mpmath.mpf(sympy.N(w, digits + 5))
                period = 2 * mpmath.pi / w
                if b != sympy.oo:
                    s = mpmath.mpc(_head(g, a, mpmath.mpf(sympy.N(b, digits + 5)), w, "gauss-legendre", 2))
                else:
                    s = mpmath.mpc(mpmath.nsum(lambda k: mpmath.quad(g, [a + k * period, a + (k + 1) * period]),
                                               [0, mpmath.inf], method="levin"))
                if not mpmath.isfinite(s):
                    return False
                total += s.real
            return abs(total - value) <= agreement * max(1, abs(value))
    except _ERRORS:
        return False
