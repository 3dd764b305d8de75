"""Infinite-range integrals of oscillating integrands: ``∫_c^∞ f dx`` with ``sin``/``cos`` of ``ωx + φ`` (review 7).

Tanh-sinh quadrature cannot integrate a slowly decaying oscillation (``sin(ax)/x``: the
Dirichlet integral), and an accelerated sum of its periods gives a value also where the
integral diverges (the half periods of ``sin(ax)`` alternate ``±2/a``: summed by Shanks'
transformation they give the Abel value ``1/a`` of a divergent integral). So a value counts
only when the integral converges, judged first:

* the period ``T = 2π/ω`` is read from the integrand at the sampled parameter point (every
  ``sin``/``cos`` whose argument depends on ``x`` must be linear in it, with frequencies that
  are rational multiples of one ``ω``; otherwise the point is undecided);
* at periods ``k = 10, 10², …`` out, ``∫|f|`` over a period must fall by a fixed factor per
  decade (so the integral's swing within a period goes to 0) and ``∫ f`` over a period faster
  than ``k^{-1-δ}`` (so the sum of the periods converges absolutely);
* the value is the sum of the half periods (Gauss–Legendre; the first by tanh-sinh),
  accelerated by :func:`mpmath.nsum`, at two precisions; a refutation needs a second,
  independent sum (whole periods, tanh-sinh, Levin's transformation) to agree.

The decay is checked at sampled periods only, up to ``10^OSC_DECADES`` periods out: an
envelope that turns to grow beyond them is not seen (the trust boundary of any quadrature on
an infinite range). A range over the whole line is split at 0 and each half must converge.
"""

from __future__ import annotations

from typing import Any, Callable

import mpmath
import sympy

from derivations._precision import OSC_DECADES, OSC_DECAY_EXPONENT, OSC_SWING_RATIO

__all__ = ["base_frequency", "oscillatory_value", "oscillatory_second_opinion"]

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


def _halves(f: Any, x: Any, lo: Any, hi: Any) -> list[tuple[Callable[[Any], Any], Any]] | None:
    """``∫_lo^hi f`` as ``[(g, c)]`` with ``∫_c^∞ g`` each (``x → −x`` on a range to ``−∞``; the whole
    line split at 0); None if neither end is infinite."""
    lam = sympy.lambdify([x], f, "mpmath")
    mirror = sympy.lambdify([x], sympy.sympify(f).xreplace({x: -x}), "mpmath")
    if lo == -sympy.oo and hi == sympy.oo:
        return [(lam, sympy.Integer(0)), (mirror, sympy.Integer(0))]
    if hi == sympy.oo:
        return [(lam, lo)]
    if lo == -sympy.oo:
        return [(mirror, -hi)]
    return None


def _converges(g: Callable[[Any], Any], c: mpmath.mpf, period: mpmath.mpf) -> str | None:
    """None if ``∫_c^∞ g`` converges by the decay of its periods at ``10^j`` periods out (see the
    module docstring), else the reason it is not taken to."""
    swings, sums = [], []
    for j in range(1, OSC_DECADES + 1):
        a = c + 10 ** j * period
        cuts = mpmath.linspace(a, a + period, 9)
        sums.append(abs(mpmath.quad(g, cuts)))
        swings.append(mpmath.quad(lambda t: abs(g(t)), cuts))
    for j in range(1, len(swings)):
        if not swings[j] <= OSC_SWING_RATIO * swings[j - 1]:
            return (f"∫|f| over a period does not fall towards 0 ({mpmath.nstr(swings[j - 1], 3)} at 10^{j} periods "
                    f"out, {mpmath.nstr(swings[j], 3)} at 10^{j + 1}): the integral does not converge, or not "
                    f"visibly")
        # No floor: a period's sum below the working precision is no evidence of decay (mpmath's
        # numbers do not underflow, so e^{-x} sin x keeps its true, tiny ratios).
        if not sums[j] <= mpmath.mpf(10) ** -OSC_DECAY_EXPONENT * sums[j - 1]:
            return (f"∫f over a period falls too slowly to be summed ({mpmath.nstr(sums[j - 1], 3)} at 10^{j} periods "
                    f"out, {mpmath.nstr(sums[j], 3)} at 10^{j + 1}; faster than k^-{mpmath.nstr(OSC_DECAY_EXPONENT, 3)} "
                    f"is needed)")
    return None


def _pieces(g: Callable[[Any], Any], c: mpmath.mpf, step: mpmath.mpf) -> Callable[[int], Any]:
    """The k-th piece ``∫ g`` over ``[c + k·step, c + (k+1)·step]``: Gauss–Legendre (fast on a smooth
    piece), the first by tanh-sinh (an end such as √x at 0 is not smooth)."""
    def piece(k: int) -> Any:
        return mpmath.quad(g, [c + k * step, c + (k + 1) * step], method="tanh-sinh" if k == 0 else "gauss-legendre")
    return piece


def oscillatory_value(f: Any, x: Any, lo: Any, hi: Any, omega: Any, digits: int
                      ) -> tuple[mpmath.mpf, mpmath.mpf] | str:
    """(value, error) of ``∫_lo^hi f dx`` (exact values in ``f``, an infinite end, base frequency
    ``omega``) by the sum of its periods at two precisions; the reason as text where the integral
    is not shown to converge or the sum cannot be formed."""
    halves = _halves(f, x, lo, hi)
    if halves is None:
        return "the range is finite"
    results = []
    try:
        for d in (digits + 5, digits + 15):
            total = mpmath.mpf(0)
            with mpmath.workdps(d):
                period = 2 * mpmath.pi / mpmath.mpf(sympy.N(omega, d + 5))
                for g, c in halves:
                    c = mpmath.mpf(sympy.N(c, d + 5))
                    if len(results) == 0:  # the convergence check once, at the lower precision
                        reason = _converges(g, c, period)
                        if reason is not None:
                            return reason
                    s = mpmath.mpc(mpmath.nsum(_pieces(g, c, period / 2), [0, mpmath.inf]))
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
    """Whether an independent sum (whole periods, tanh-sinh, Levin's transformation) agrees
    with ``value`` to ``agreement`` (relative); False where it cannot be formed (nothing refutes)."""
    halves = _halves(f, x, lo, hi)
    if halves is None:
        return False
    try:
        with mpmath.workdps(digits):
            period = 2 * mpmath.pi / mpmath.mpf(sympy.N(omega, digits + 5))
            total = mpmath.mpf(0)
            for g, c in halves:
                c = mpmath.mpf(sympy.N(c, digits + 5))
                s = mpmath.mpc(mpmath.nsum(lambda k: mpmath.quad(g, [c + k * period, c + (k + 1) * period]),
                                           [0, mpmath.inf], method="levin"))
                if not mpmath.isfinite(s):
                    return False
                total += s.real
            return abs(total - value) <= agreement * max(1, abs(value))
    except _ERRORS:
        return False
