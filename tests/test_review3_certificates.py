"""Review 3, certificates: branch cuts, oscillation, skipped parameter points, narrow bands.

Each class of hole has a unit test of the module that closes it and a kernel-level case
through :func:`verify.check` or a discharge, with a control of the same shape done right:

* a limit "by continuity" across a branch cut (``Ei``, ``LambertW``, a non-integer power):
  continuity is on an allow-list (:mod:`verify.certify_continuity`);
* a limit of an oscillating form certified along one sequence: the phase is frozen at its
  zeros and extremes (:mod:`verify.certify_oscillation`);
* a parameter point where the probes do not converge is never skipped (inconclusive);
* side conditions and identities false on a narrow band: ball arithmetic on bisected boxes
  (:mod:`verify.certify_bands`) and samples beside and inside the places where a form stops
  being analytic (:func:`verify.certify_scan.suspect_points` with ``inside``).
"""

from __future__ import annotations

import sympy as sp

import verify
from derivations import Derivation, Limit, Param, Positive, Premise, Real, Rewrite, SolveFor, Substitute
from derivations._rules import Obligation
from verify import certify_ops, obligations
from verify.certify_bands import decide, domain_condition
from verify.certify_continuity import by_continuity, continuous_at
from verify.certify_oscillation import phase_variants
from verify.certify_scan import suspect_points
from verify.confirm import confirm_identity
from verify.verdicts import CONFIRMED, FAILED, INCONCLUSIVE, PROVED

DPS = 30
x_, a_, b_ = Param("x", Real(-1, 1)), Param("a", Real(0, 10)), Param("b", Real(0, 10))
p_ = Param("p", Positive())
x, a, b, p = x_.symbol, a_.symbol, b_.symbol, p_.symbol
DOMAINS = {x: x_.domain, a: a_.domain, b: b_.domain, p: p_.domain}
f = sp.Symbol("f")
BAND = (b - 5)**2 - sp.Rational(1, 10**6)       # negative only for |b − 5| < 10⁻³
LIFTED = (b - 5)**2 + sp.Rational(1, 10**6)     # positive everywhere


def _step(symbols, premise, *steps) -> dict:
    d = Derivation(id="user.r3cert", title="a user's derivation", source="test", symbols=symbols,
                   premises=(Premise("start", premise, "given"),), steps=steps)
    return verify.check(d, dps=DPS)["steps"][-1]


def _limit(expr, var, point, value, side=0):
    return Obligation("limit_value", sp.Tuple(expr, var, point, value, side), f"lim {expr}", symbol=var)


# -- branch cuts: continuity on an allow-list --------------------------------------------------------------

def test_continuity_refuses_functions_with_a_cut_at_the_point():
    assert not continuous_at(sp.Ei(-1 + sp.I * x), x, 0, DOMAINS)           # −1 is on Ei's cut
    assert not continuous_at(sp.LambertW(-1 + sp.I * x), x, 0, DOMAINS)     # −1 < −1/e: on W's cut
    assert not continuous_at(sp.sqrt(-1 + sp.I * x), x, 0, DOMAINS)         # a non-integer power on its cut
    assert not continuous_at(sp.log(-1 + sp.I * x), x, 0, DOMAINS)
    assert not continuous_at(sp.Function("g")(x), x, 0, DOMAINS)            # unknown: not proved


def test_continuity_accepts_known_functions_off_their_cut():
    assert continuous_at(sp.exp(x) * sp.sin(x) + x**3, x, 0, DOMAINS)
    assert continuous_at(sp.log(x + 2) + sp.sqrt(x + 3), x, 0, DOMAINS)
    assert continuous_at(x**sp.Rational(1, 3), x, 0, DOMAINS)               # |x^{1/3}| → 0 on every branch
    assert continuous_at(sp.atan(x), x, 0, DOMAINS)
    assert not continuous_at(1 / x, x, 0, DOMAINS)
    assert by_continuity(sp.exp(x), x, 0, 1, DOMAINS)


def test_limit_across_ei_cut_fails_and_off_the_cut_passes():
    wrong = _limit(sp.Ei(-1 + sp.I * x) * sp.Ei(-1 - sp.I * x), x, sp.Integer(0), sp.Ei(-1)**2)
    assert certify_ops.discharge(wrong, DOMAINS, key="t", dps=DPS).verdict == FAILED
    right = _limit(sp.Ei(1 + sp.I * x) * sp.Ei(1 - sp.I * x), x, sp.Integer(0), sp.Ei(1)**2)
    assert certify_ops.discharge(right, DOMAINS, key="t", dps=DPS).verdict == PROVED


def test_limit_across_lambertw_cut_from_below_is_refused():
    W = sp.LambertW
    step = _step((x_,), sp.Eq(f, W(-1 + sp.I * x) * W(-1 - sp.I * x)), Limit(x, 0, "-", expect=W(-1)**2))
    assert step["verdict"] in (FAILED, INCONCLUSIVE)


# -- oscillation: the phase frozen at its zeros and extremes --------------------------------------------------

def test_phase_variants_freeze_unbounded_phases_only():
    far = [sp.Integer(10)**6, sp.Integer(10)**12]
    assert phase_variants(sp.Abs(sp.sin(p))**(1 / p), p, far, {})[::3] == [0, 1, 0, 1]
    near = [sp.Rational(1, 10**6), sp.Rational(1, 10**12)]
    assert phase_variants(sp.sin(a * p) / p, p, near, {a: 2}) == []           # the phase tends to 0
    assert len(phase_variants(sp.sin(1 / p) * p, p, near, {})) == 12


def test_oscillating_limits_are_not_certified():
    at_infinity = _limit(sp.Abs(sp.sin(p))**(1 / p), p, sp.oo, sp.Integer(1), -1)
    assert certify_ops.discharge(at_infinity, DOMAINS, key="t", dps=DPS).verdict == INCONCLUSIVE
    at_zero = _limit(sp.Abs(sp.sin(1 / p))**p, p, sp.Integer(0), sp.Integer(1), 1)
    assert certify_ops.discharge(at_zero, DOMAINS, key="t", dps=DPS).verdict == INCONCLUSIVE


def test_oscillating_forms_with_a_limit_pass():
    at_infinity = _limit((2 + sp.sin(p))**(1 / p), p, sp.oo, sp.Integer(1), -1)
    assert certify_ops.discharge(at_infinity, DOMAINS, key="t", dps=DPS).verdict == PROVED
    decaying = _limit(sp.sin(p) / p, p, sp.oo, sp.Integer(0), -1)
    assert certify_ops.discharge(decaying, DOMAINS, key="t", dps=DPS).verdict == PROVED


# -- a parameter point that does not converge is never skipped ----------------------------------------------

def test_non_converging_parameter_point_makes_the_limit_inconclusive():
    s_ = Param("s", Real(0, 2))
    doms = {**DOMAINS, s_.symbol: s_.domain}
    wrong = _limit(p**s_.symbol - p, p, sp.oo, -sp.oo, -1)          # +∞ for s > 1
    assert certify_ops.discharge(wrong, doms, key="t", dps=DPS).verdict == INCONCLUSIVE
    wrong0 = _limit(p**(s_.symbol - 1) - 1, p, sp.Integer(0), sp.oo, 1)   # −1 for s > 1
    assert certify_ops.discharge(wrong0, doms, key="t", dps=DPS).verdict == INCONCLUSIVE
    h_ = Param("h", Real(0, sp.Rational(1, 2)))
    right = _limit(p**h_.symbol - p, p, sp.oo, -sp.oo, -1)
    assert certify_ops.discharge(right, {**DOMAINS, h_.symbol: h_.domain}, key="t", dps=DPS).verdict == PROVED


# -- narrow bands: ball arithmetic on bisected boxes --------------------------------------------------------

def test_decide_finds_a_narrow_band_and_proves_its_absence():
    verdict, cx, clipped = decide(domain_condition(BAND, Positive()), DOMAINS, {})
    assert verdict == "disproved" and abs(sp.Rational(cx["b"]) - 5) < sp.Rational(1, 1000) and not clipped
    assert decide(domain_condition(LIFTED, Positive()), DOMAINS, {})[0] == "proved"
    r = sp.Rational(1, 2) + 10**6 * (a - 5)**2         # expanded by SymPy: the mean-value form copes
    inside = sp.And(sp.Lt(0, sp.expand(r)), sp.Lt(sp.expand(r), 1))
    assert decide(sp.Not(inside), DOMAINS, {})[0] == "disproved"
    assert decide(sp.Not(inside.subs(a, a + 0)).xreplace({sp.expand(r): sp.expand(r + 1)}), DOMAINS, {})[0] \
        == "proved"


def test_decide_is_three_valued_and_refuses_what_it_cannot_read():
    assert decide(sp.Or(a < 1, a > 2), DOMAINS, {})[0] == "disproved"
    assert decide(sp.Or(a < 1, a > sp.Rational(1, 2)), DOMAINS, {})[0] == "proved"
    assert decide(sp.sin(a) > -2, DOMAINS, {})[0] == "proved"                # through the complex balls
    assert decide(sp.sin(a) > 0, DOMAINS, {})[0] == "disproved"
    assert decide(sp.Function("g")(a) > 0, DOMAINS, {})[0] is None           # no ball translation
    assert decide(p < 2, DOMAINS, {})[2] is True                             # clipped at 10^300: not a proof


def test_side_conditions_on_a_band_fail():
    outside = Obligation("outside_domain", a**2 - 10, "the discarded root lies outside", symbol=Param("y", Real(0, 1)).symbol)
    y = outside.symbol
    doms = {**DOMAINS, y: Real(0, 1)}
    assert obligations.discharge(outside, doms, key="t", dps=DPS).verdict == FAILED
    safe = Obligation("outside_domain", a**2 - 101, "the discarded root lies outside", symbol=y)
    assert obligations.discharge(safe, doms, key="t", dps=DPS).verdict == PROVED
    inside = Obligation("in_domain", BAND, "the value lies in the domain", symbol=p)
    assert obligations.discharge(inside, DOMAINS, key="t", dps=DPS).verdict == FAILED


def test_solve_and_specialize_on_a_band_through_the_checker():
    y_ = Param("y", Real(0, 1))
    y = y_.symbol
    law = sp.Eq((y - sp.Rational(1, 2)) * (y - (a**2 - 10)), 0)
    step = _step((y_, a_), law, SolveFor(y, choose=0, expect=sp.Eq(y, sp.Rational(1, 2))))
    assert step["verdict"] == FAILED
    step = _step((p_, b_), sp.Eq(f, sp.log(p**2)), Rewrite(expect=2 * sp.log(p)),
                 Substitute(mapping={p: BAND}, expect=sp.Eq(sp.Subs(f, p, BAND), 2 * sp.log(BAND))))
    assert step["verdict"] == FAILED
    step = _step((p_, b_), sp.Eq(f, sp.log(p**2)), Rewrite(expect=2 * sp.log(p)),
                 Substitute(mapping={p: LIFTED}, expect=sp.Eq(sp.Subs(f, p, LIFTED), 2 * sp.log(LIFTED))))
    assert step["verdict"] in (PROVED, CONFIRMED)


# -- identities: samples beside and inside non-analytic places ------------------------------------------------

def test_suspect_points_inside_a_branch_cut():
    form = (BAND**3)**sp.Rational(1, 3)
    beside = suspect_points(form, DOMAINS, {}, {b: sp.Integer(1)})
    inside = suspect_points(form, DOMAINS, {}, {b: sp.Integer(1)}, inside=True)
    assert len(inside) > len(beside)
    assert any(abs(pt[b] - 5) < sp.Rational(1, 1000) for pt in inside)


def test_identity_false_on_a_band_fails_and_true_one_is_confirmed():
    wrong = confirm_identity(((BAND**3)**sp.Rational(1, 3), BAND), DOMAINS, "t", DPS)
    assert wrong.verdict == FAILED
    right = confirm_identity(((LIFTED**3)**sp.Rational(1, 3), LIFTED), DOMAINS, "t", DPS)
    assert right.verdict == CONFIRMED


def test_a_second_incommensurate_ladder_sees_what_the_integers_hide():
    frac = _limit(p - sp.floor(p), p, sp.oo, sp.Integer(0), -1)          # 0 at every x = 10^k
    assert certify_ops.discharge(frac, DOMAINS, key="t", dps=DPS).verdict == INCONCLUSIVE
    compound = _limit((1 + 1 / p)**p, p, sp.oo, sp.E, -1)
    assert certify_ops.discharge(compound, DOMAINS, key="t", dps=DPS).verdict == PROVED
    step_down = _limit(p * sp.floor(1 / p), p, sp.Integer(0), sp.Integer(1), 1)   # true: floor(1/p) ~ 1/p
    assert certify_ops.discharge(step_down, DOMAINS, key="t", dps=DPS).verdict == PROVED


def test_complex_turns_and_off_axis_zeros_are_frozen_too():
    far = [sp.Integer(10)**6, sp.Integer(10)**12]
    turns = phase_variants(sp.Abs(1 + sp.exp(sp.I * p))**(1 / p), p, far, {})
    assert 0 in turns                                                         # e^{iπ} = −1
    sixth = _limit(sp.Abs(sp.sin(p) - sp.Rational(1, 2))**(1 / p), p, sp.oo, sp.Integer(1), -1)
    assert certify_ops.discharge(sixth, DOMAINS, key="t", dps=DPS).verdict == INCONCLUSIVE
