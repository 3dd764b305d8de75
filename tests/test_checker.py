"""The checker's own tests: it proves what is true, refutes what is false, and never
turns an undecided answer into a pass."""

from __future__ import annotations

import re

import mpmath
import pytest
import sympy as sp

from derivations import Agreement, Derivation, Measurement, Param, Positive, Premise, Real
from derivations import Differentiate, Integrate, Rewrite, SolveFor, Substitute
from verify.cache import VerdictCache
from verify.checker import (CONFIRMED, FAILED, INCONCLUSIVE, PROVED, check_derivation, combine,
                            compare)

x_ = Param("x", Positive())
x = x_.symbol
F = sp.Symbol("f")
DOMAINS = {x: x_.domain}


def toy(steps, *, route=None, claims=(), premise=None, parameters=("x",)):
    """A one-parameter derivation built on the spot."""
    if route is None:
        route = Agreement("numeric derivative of x**3", lambda x: mpmath.diff(lambda t: t**3, x),
                          points=({"x": 2}, {"x": "1/3"}))
    return Derivation(id="toy.cubic", title="toy", source="tests", symbols=(x_,),
                      premises=(Premise("f", premise if premise is not None else sp.Eq(F, x**3), "f = x^3"),),
                      steps=steps, parameters=parameters, route=route, claims=claims)


def test_true_identity_is_proved():
    v = compare(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1, DOMAINS, key="t", dps=30)
    assert v.verdict == PROVED and "simplify" in v.method


def test_identity_simplify_cannot_do_is_only_confirmed():
    # SymPy's simplify leaves atan(x) + atan(1/x) - pi/2 alone; for x > 0 it is 0.
    v = compare(sp.atan(x) + sp.atan(1 / x), sp.pi / 2, DOMAINS, key="t", dps=40)
    assert v.verdict == CONFIRMED
    points = int(re.search(r"at (\d+) points", v.method).group(1))
    assert points >= 8 and "40 digits" in v.method, v.method


def test_same_identity_fails_outside_its_domain():
    # For x < 0 the sum is -pi/2: the checker must find the counterexample.
    y = sp.Symbol("y", negative=True)
    v = compare(sp.atan(y) + sp.atan(1 / y), sp.pi / 2, {y: Real(-10, 0)}, key="t", dps=30)
    assert v.verdict == FAILED
    assert set(v.counterexample) >= {"y", "derived", "expected"}


def test_wrong_step_is_refuted_with_counterexample():
    d = toy([Differentiate(x, expect=2 * x**2)])  # d/dx x^3 = 3x^2, not 2x^2
    r = check_derivation(d, 30)
    step = r["steps"][0]
    assert step["verdict"] == FAILED and r["verdict"] == FAILED
    cx = step["counterexample"]
    x0 = sp.Rational(cx["x"])
    assert sp.Float(cx["derived"], 10) == pytest.approx(float(3 * x0**2), rel=1e-10)


def test_undecidable_step_stays_inconclusive():
    # An unevaluated derivative of an unspecified function can neither be simplified away
    # nor evaluated: the step is inconclusive, and so is the derivation.
    g = sp.Function("g")
    cube = Measurement("a measurement that passes", lambda dps: (True, None, "always"))
    d = toy([Rewrite(expect=x**3 + sp.Derivative(g(x), x) * sp.Derivative(g(x), x, 2)
                     - sp.Derivative(g(x), x, 2) * sp.Derivative(g(x), x) ** 2)], route=cube)
    r = check_derivation(d, 30)
    assert r["steps"][0]["verdict"] == INCONCLUSIVE and r["verdict"] == INCONCLUSIVE


def test_unspecified_functions_get_arbitrary_values():
    g = sp.Function("g")
    # g(x) = g(x**2) is not an identity: arbitrary values for g refute it.
    wrong = compare(g(x), g(x**2), DOMAINS, key="t", dps=30)
    assert wrong.verdict == FAILED and "g(x)" in wrong.counterexample
    # sqrt(g² x²) = g x only for g ≥ 0: arbitrary values of both signs refute it ...
    assert compare(sp.sqrt(g(x) ** 2 * x**2), g(x) * x, DOMAINS, key="t", dps=30).verdict == FAILED
    # ... and confirm it for a function declared positive.
    gp = sp.Function("gp", positive=True)
    right = compare(sp.sqrt(gp(x) ** 2 * x**2), gp(x) * x, DOMAINS, key="t", dps=30)
    assert right.verdict in (PROVED, CONFIRMED)
    # Equal arguments must get equal values: g(y) and g(2) coincide when y = 2.
    y = sp.Symbol("y", integer=True, positive=True)
    from derivations import Integer
    same = compare(g(y), g(2), {y: Integer(2, 2)}, key="t", dps=30)
    assert same.verdict == CONFIRMED


def test_symbol_without_domain_is_sampled_on_the_real_line():
    z = sp.Symbol("z")  # complex in SymPy; sampled on both signs of the real line, where it fails
    v = compare(sp.sqrt(z**2), z, {}, key="t", dps=30)
    assert v.verdict == FAILED and sp.Rational(v.counterexample["z"]) < 0


def test_rule_that_cannot_apply_fails_the_step():
    d = toy([SolveFor(x, expect=sp.Eq(x, 1))], premise=sp.Eq(sp.exp(x), -1, evaluate=False))
    r = check_derivation(d, 30)
    assert r["steps"][0]["verdict"] == FAILED
    assert "could not be applied" in r["steps"][0]["method"]


def test_correct_derivation_is_proved_and_route_agrees():
    d = toy([Differentiate(x, expect=3 * x**2)])
    r = check_derivation(d, 50)
    assert r["verdict"] == PROVED
    assert r["numeric"]["verdict"] == CONFIRMED and r["numeric"]["digits"] >= 45
    assert float(d.evaluate(dps=30, x=2)) == 12.0


def test_closed_form_that_disagrees_with_its_route_fails():
    wrong_route = Agreement("a route that computes 3x^2 + 1e-20", lambda x: 3 * x**2 + mpmath.mpf(10) ** -20,
                            points=({"x": 2},))
    r = check_derivation(toy([Differentiate(x, expect=3 * x**2)], route=wrong_route), 50)
    assert r["numeric"]["verdict"] == FAILED and r["verdict"] == FAILED
    assert 19 <= r["numeric"]["digits"] <= 22


def test_missing_route_is_inconclusive():
    d = Derivation(id="toy.noroute", title="t", source="tests", symbols=(x_,),
                   premises=(Premise("f", sp.Eq(F, x**3), "f"),), steps=(Differentiate(x, expect=3 * x**2),))
    assert check_derivation(d, 30)["verdict"] == INCONCLUSIVE


def test_failed_measurement_fails_the_derivation():
    m = Measurement("a measurement outside its threshold", lambda dps: (False, 1.0, "slope 2.5, need 2 ± 0.2"))
    assert check_derivation(toy([Differentiate(x, expect=3 * x**2)], route=m), 30)["verdict"] == FAILED


def test_a_wrong_premise_propagates_to_a_failure():
    # The premise is x^4 but the steps were written for x^3: the derivative step must fail.
    d = toy([Differentiate(x, expect=3 * x**2)], premise=sp.Eq(F, x**4))
    assert check_derivation(d, 30)["verdict"] == FAILED


def test_substitution_of_named_results():
    from derivations import Ref
    y = sp.Symbol("y", positive=True)
    d = Derivation(id="toy.ref", title="t", source="tests", symbols=(x_,),
                   premises=(Premise("f", sp.Eq(F, x**2 + y), "f"), Premise("g", sp.Eq(y, 2 * x), "g")),
                   steps=(Substitute({y: Ref("g")}, expect=x**2 + 2 * x),),
                   route=Agreement("direct", lambda x: x**2 + 2 * x, points=({"x": 3},)),
                   parameters=("x",), names=("y",))
    r = check_derivation(d, 30)
    assert r["verdict"] == PROVED
    assert float(d.evaluate(dps=20, x=3)) == 15.0


def test_combine_takes_the_worst():
    assert combine([PROVED, CONFIRMED]) == CONFIRMED
    assert combine([PROVED, INCONCLUSIVE, CONFIRMED]) == INCONCLUSIVE
    assert combine([FAILED, PROVED]) == FAILED
    assert combine([]) == PROVED


def test_seeded_points_repeat():
    a = compare(sp.atan(x) + sp.atan(1 / x), sp.pi / 2, DOMAINS, key="same", dps=30)
    b = compare(sp.atan(x) + sp.atan(1 / x), sp.pi / 2, DOMAINS, key="same", dps=30)
    assert a == b


def test_inequality_steps_compare_canonical_forms():
    a_ = sp.Symbol("a", positive=True)
    assert compare(2 * a_ < x, sp.Gt(x, 2 * a_), {x: x_.domain, a_: Positive()}, key="t", dps=30).verdict == PROVED
    assert compare(2 * a_ < x, sp.Gt(x, 3 * a_), {x: x_.domain, a_: Positive()}, key="t", dps=30).verdict == FAILED
    assert compare(2 * a_ < x, sp.Lt(x, 2 * a_), {x: x_.domain, a_: Positive()}, key="t", dps=30).verdict == FAILED


def test_cache_keys_follow_content(tmp_path):
    cache = VerdictCache(tmp_path)
    good = toy([Differentiate(x, expect=3 * x**2)])
    assert check_derivation(good, 30, cache=cache)["verdict"] == PROVED
    cache.save()
    again = VerdictCache(tmp_path)
    verdicts = [k for k in again._data if not k.startswith("out:")]  # rule outputs are memoised beside them
    assert len(verdicts) == 1 and len(again._data) == 2
    from verify import checker
    assert checker.CHECKER_FINGERPRINT  # the checker's own code is part of every step key
    # A corrupted step must not hit the cached verdict of the correct one.
    bad = toy([Differentiate(x, expect=3 * x**3)])
    assert check_derivation(bad, 30, cache=again)["verdict"] == FAILED
    assert [k for k in again.drain() if not k.startswith("out:")] == []


def test_failures_are_never_cached(tmp_path):
    cache = VerdictCache(tmp_path)
    check_derivation(toy([Differentiate(x, expect=2 * x**2)]), 30, cache=cache)
    new = cache.drain()
    assert [k for k in new if not k.startswith("out:")] == []  # no verdict: only SymPy's rule output, by content
    assert len(new) == 1


def test_an_operation_sympy_cannot_carry_out_is_inconclusive_not_failed():
    # SymPy leaves ∫₀^∞ t³/(e^t − 1) dt (= π⁴/15) unevaluated: nothing is shown wrong (review 18)
    t = sp.Symbol("t", positive=True)
    d = toy([Integrate(t, 0, sp.oo, expect=sp.pi**4 / 15)], premise=sp.Eq(F, t**3 / (sp.exp(t) - 1)))
    step = check_derivation(d, 30)["steps"][0]
    assert step["verdict"] == INCONCLUSIVE and "unevaluated" in step["method"]
