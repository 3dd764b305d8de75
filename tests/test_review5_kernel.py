"""Review 4's open findings, closed in the kernel (review 5): unit tests of each certificate.

* an infinite-range quadrature refutes SymPy only when a second, independent method agrees
  with it (a slowly decaying oscillation fools tanh-sinh);
* a discarded root may be excluded by an inequality premise, when the kernel certifies it
  violates the premise;
* a limit whose answer turns on the sign of a parameter-dependent exponent difference is
  probed where that difference vanishes;
* a sum of symbolic length is refuted or certified in bounded time.
"""

from __future__ import annotations

import mpmath
import sympy as sp

from derivations import Positive, Real
from derivations._rules import Obligation
from verify.obligations import discharge
from verify.certify_quadrature import second_opinion_agrees

DPS = 30
t = sp.Symbol("t", positive=True)
g, w = sp.Symbol("gamma", positive=True), sp.Symbol("omega", positive=True)


def test_a_slow_damped_oscillation_fools_tanh_sinh_but_not_the_second_opinion():
    # γ = 8.7·10⁻⁷, ω = 8514: tanh-sinh says ≈ 29073, the integral is ≈ 1.2·10⁻¹⁴.
    point = {g: sp.Rational(218599, 250000000000), w: sp.Rational(851379, 100)}
    f = sp.exp(-g * t) * sp.cos(w * t)
    assert not second_opinion_agrees(f, t, 0, sp.oo, point, mpmath.mpf(29073))


def test_the_damped_cosine_transform_is_never_refuted():
    f = sp.exp(-g * t) * sp.cos(w * t)
    ob = Obligation("integral_value", sp.Tuple(f, t, 0, sp.oo, g / (g**2 + w**2)), "∫ damped cosine", symbol=t)
    verdict = discharge(ob, {t: Positive(), g: Positive(), w: Positive()}, key="damped", dps=DPS)
    assert verdict.verdict in ("proved", "confirmed", "inconclusive"), verdict.method


def test_a_wrong_infinite_range_integral_is_still_refuted():
    # ∫₀^∞ e^{−γt} dt = 1/γ; 2/γ is refuted: both quadratures agree on 1/γ.
    ob = Obligation("integral_value", sp.Tuple(sp.exp(-g * t), t, 0, sp.oo, 2 / g), "∫ e^{−γt}", symbol=t)
    verdict = discharge(ob, {t: Positive(), g: Real(sp.Rational(1, 10), 10)}, key="wrong", dps=DPS)
    assert verdict.verdict == "failed", verdict.method


# -- a discarded root excluded by an inequality premise ---------------------------------------------

v_s, g_s, h_s, tt = (sp.Symbol(n, positive=True) for n in ("v", "g", "h", "t"))
_POS = {s: Positive() for s in (v_s, g_s, h_s, tt)}
_DOWN = (v_s + sp.sqrt(v_s**2 - 2 * g_s * h_s)) / g_s
_REACH = sp.StrictLessThan(h_s, v_s**2 / (2 * g_s))


def _excluded(root, excluding):
    ob = Obligation("outside_premises", sp.Tuple(root, sp.Tuple(*excluding), sp.Tuple(_REACH)), "discarded",
                    symbol=tt)
    return discharge(ob, _POS, key="excl", dps=DPS).verdict


def test_a_root_a_premise_excludes_may_be_discarded():
    assert _excluded(_DOWN, [sp.StrictLessThan(tt, v_s / g_s)]) == "proved"


def test_a_root_the_premise_does_not_exclude_is_refused():
    assert _excluded(_DOWN, [sp.StrictLessThan(tt, 2 * v_s / g_s)]) in ("failed", "inconclusive")
    assert _excluded(_DOWN, [sp.StrictGreaterThan(tt, v_s / g_s)]) in ("failed", "inconclusive")


def test_violation_reads_each_relation():
    from verify.certify_exclusion import violation
    assert violation(sp.StrictLessThan(tt, 1), tt, sp.Integer(3)) == (2, "nonnegative")
    assert violation(sp.GreaterThan(tt, 1), tt, sp.Integer(3)) == (-2, "positive")
    assert violation(sp.Eq(tt, 1), tt, sp.Integer(3)) is None


def test_the_inference_memo_key_holds_the_premises_a_solve_reads():
    # The memo must not serve the inference made under t < v/g to a derivation under t < 2v/g.
    from derivations import SolveFor
    eq = sp.Eq(v_s * tt - g_s * tt**2 / 2, h_s)
    rule = SolveFor(tt, choose=0, expect=sp.Eq(tt, 0))
    up = rule.memo_key(eq, {"eq": eq, "up": sp.StrictLessThan(tt, v_s / g_s)}, _POS)
    flight = rule.memo_key(eq, {"eq": eq, "up": sp.StrictLessThan(tt, 2 * v_s / g_s)}, _POS)
    assert up != flight
    assert rule.memo_key(eq, {"eq": eq}, _POS) == rule.memo_key(eq, {"eq": eq, "x": sp.Eq(h_s, 1)}, _POS)


# -- a limit wrong on a band of its parameter -------------------------------------------------------

xx, aa = sp.Symbol("x", positive=True), sp.Symbol("a", real=True)
_C = sp.Rational(12345, 10000)
_BAND = sp.Rational(1, 10**8) - (aa - _C)**2


def _limit(f, x0, value, side):
    ob = Obligation("limit_value", sp.Tuple(f, xx, x0, value, side), "lim", symbol=xx)
    return discharge(ob, {xx: Positive(), aa: Real(0, 2)}, key="band", dps=DPS)


def test_the_extremum_of_an_exponent_difference_is_a_suspect():
    from verify.certify_exponents import exponent_suspects
    pts = exponent_suspects(xx**(1 + _BAND) - xx, xx, {aa: Real(0, 2)}, {}, {aa: sp.Rational(1, 3)})
    assert any(abs(float(p[aa]) - 1.2345) < 1e-9 for p in pts)


def test_limits_wrong_on_a_band_are_not_certified():
    assert _limit(xx**(1 + _BAND) - xx, sp.oo, -sp.oo, -1).verdict in ("failed", "inconclusive")
    assert _limit((xx**(1 + _BAND) - xx) / xx, sp.oo, -1, -1).verdict in ("failed", "inconclusive")
    assert _limit(xx * (xx**(-1 - _BAND) - 1 / xx), 0, -1, 1).verdict in ("failed", "inconclusive")


def test_a_limit_right_at_every_parameter_still_passes():
    assert _limit((xx**(sp.Rational(9, 10) - (aa - 1)**2) - xx) / xx, sp.oo, -1, -1).verdict == "proved"
    assert _limit(xx * (xx**((aa - 1)**2 - sp.Rational(1, 2)) - 1 / xx), 0, -1, 1).verdict == "proved"


def test_a_slowly_falling_residue_is_no_refutation():
    # x^{1/10} − 1 → −1 at 0⁺: at x = 10⁻²⁵ the residue is still 0.003, but it falls.
    assert _limit(xx**sp.Rational(1, 10) - 1, 0, -1, 1).verdict != "failed"

