"""Limits at ±∞ and infinite limits: SymPy's answer is certified, never trusted (issue 16, class 3).

A limit at ±∞ is certified along ``x = ±10^k`` (the change of variable ``t = 1/x``), an
infinite value as ``1/f → 0`` with ``f`` of the stated sign, both by a residue that decays
geometrically along a ladder of probes. Where SymPy is planted wrong (``sympy.limit``
patched for one expression) the step must not pass; the same shapes done right must.
"""

from __future__ import annotations

import sympy as sp

import verify
from derivations import Derivation, Limit, Param, Positive, Premise, Real
from derivations._rules import Obligation
from verify.certify_limits import limit_at_infinity_obligation
from verify.certify_ops import discharge

DPS = 30

x_ = Param("x", Positive())
w_ = Param("w", Real())
v_ = Param("v", Real(-1, 1))
a_ = Param("a", Positive())
x, w, v, a = (P.symbol for P in (x_, w_, v_, a_))
f = sp.Symbol("f")


def derivation(premise, *steps) -> Derivation:
    return Derivation(id="user.limits", title="a user's limit", source="test", symbols=(x_, w_, v_, a_),
                      premises=(Premise("start", premise, "given"),), steps=steps)


def step(d: Derivation) -> dict:
    return verify.check(d, dps=DPS)["steps"][0]


def planted(monkeypatch, expr, wrong):
    """SymPy's ``limit`` answering ``wrong`` for ``expr`` (and itself for anything else)."""
    real = sp.limit

    def fake(e, *args, **kwargs):
        return wrong if sp.sympify(e) == expr else real(e, *args, **kwargs)

    monkeypatch.setattr(sp, "limit", fake)


def test_a_wrong_limit_at_infinity_is_refuted(monkeypatch):
    planted(monkeypatch, 1 + 1 / x, sp.Integer(2))
    s = step(derivation(sp.Eq(f, 1 + 1 / x), Limit(x, sp.oo, expect=sp.Integer(2))))
    assert s["verdict"] == "failed"
    assert "settles at 1" in s["method"]


def test_a_wrong_limit_at_minus_infinity_with_a_parameter_does_not_pass(monkeypatch):
    planted(monkeypatch, sp.exp(a * w), a)
    s = step(derivation(sp.Eq(f, sp.exp(a * w)), Limit(w, -sp.oo, expect=a)))
    assert s["verdict"] in ("failed", "inconclusive")


def test_a_claim_off_far_below_the_tolerance_is_not_certified(monkeypatch):
    # 1 + 1/x tends to 1; a claim of 1 + 10^-20 is within a fixed tolerance at the far probes
    # (x = 10^30 at 30 digits), but the residue stops decaying there: not certified.
    wrong = 1 + sp.Rational(1, 10**20)
    planted(monkeypatch, 1 + 1 / x, wrong)
    s = step(derivation(sp.Eq(f, 1 + 1 / x), Limit(x, sp.oo, expect=wrong)))
    assert s["verdict"] != "proved"


def test_limits_at_infinity_done_right_are_certified():
    for premise, point, value in ((1 + 1 / x, sp.oo, 1), (sp.exp(w), -sp.oo, 0), (x ** -a, sp.oo, 0),
                                  ((x**2 + 1) / (2 * x**2 + x), sp.oo, sp.Rational(1, 2))):
        s = step(derivation(sp.Eq(f, premise), Limit(x if point == sp.oo and premise.has(x) else w, point,
                                                     expect=sp.sympify(value))))
        assert s["verdict"] == "proved", (premise, s)
        assert any("certified" in c["method"] and "10^k" in c["method"] for c in s["conditions"]), s


def test_sympy_still_gets_the_left_limit_of_two_to_one_over_x_wrong():
    assert sp.limit(2 ** (1 / v), v, 0, "-") == sp.oo  # if SymPy is fixed the next test still holds


def test_an_infinite_limit_from_the_wrong_side_is_refuted():
    s = step(derivation(sp.Eq(f, 2 ** (1 / v)), Limit(v, 0, "-", expect=sp.oo)))
    assert s["verdict"] == "failed"
    assert "settles at" in s["method"]


def test_infinite_limits_done_right_are_certified():
    for premise, side, value in ((2 ** (1 / v), "+", sp.oo), (1 / v, "+", sp.oo), (1 / v, "-", -sp.oo)):
        s = step(derivation(sp.Eq(f, premise), Limit(v, 0, side, expect=value)))
        assert s["verdict"] == "proved", (premise, side, s)


def test_an_infinite_limit_of_the_wrong_sign_does_not_pass():
    ob = Obligation("limit_value", sp.Tuple(1 / v, v, 0, -sp.oo, 1), "1/v → −∞ from above", symbol=v)
    assert discharge(ob, {v: v_.domain}, key="t", dps=DPS).verdict != "proved"


def test_a_slow_approach_is_inconclusive_never_proved():
    # 1/log x → 0 is true, but too slowly to tell from 1/log x → 10^-3 along the ladder.
    ob = Obligation("limit_value", sp.Tuple(1 / sp.log(x), x, sp.oo, 0, -1), "1/log x → 0", symbol=x)
    assert discharge(ob, {x: x_.domain}, key="t", dps=DPS).verdict == "inconclusive"


def test_only_limits_at_infinity_get_the_kernel_certificate():
    d = derivation(sp.Eq(f, 1 + 1 / x), Limit(x, sp.oo, expect=sp.Integer(1)), Limit(x, 0, "+", expect=sp.oo))
    outcomes = list(d.replay())
    ob = limit_at_infinity_obligation(outcomes[0].rule, outcomes[0])
    assert ob is not None and ob.kind == "limit_value" and ob.expr[2] == sp.oo
    assert limit_at_infinity_obligation(outcomes[1].rule, outcomes[1]) is None
