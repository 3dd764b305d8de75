"""SymPy proposes, the kernel certifies: operation results SymPy gets wrong must not pass.

Each case is written as a user writes a derivation (``from derivations import ...``,
``verify.check(d, dps=30)``), most of them on a wrong result SymPy really returns (its
issue tracker: a definite integral through an antiderivative's jump, one-sided limits of
``2^{-1/x}``, ``polylog``'s series missing its ``√x`` term, Karr-convention sums); each
planted-wrong case has a control, the same shape done right, which must pass.
"""

from __future__ import annotations

import pytest
import sympy as sp

import verify
from derivations import (Derivation, Differentiate, Integer, Integrate, Limit, Param, Positive, Premise, Real, Rewrite,
                         SeriesExpand, SolveFor)
from derivations._rules import Obligation
from verify.certify_ops import discharge

DPS = 30

x_ = Param("x", Real(0, 7))          # covers [0, 2π]
y_ = Param("y", Real())             # the whole line: contains 0
r_ = Param("r", Positive())
a_ = Param("a", Real(-5, 5))        # contains 1
b_ = Param("b", Real(2, 3))         # does not contain 1
c_ = Param("c", Real("-0.3", "-0.1"))  # (−1/e, 0): x eˣ = c has two real roots
d_ = Param("d", Positive())
k_ = Param("k", Positive())
n_ = Param("n", Integer())          # allows n = −3
m_ = Param("m", Integer(0))
x, y, r, a, b, c, d, k, n, m = (P.symbol for P in (x_, y_, r_, a_, b_, c_, d_, k_, n_, m_))
ALL = (x_, y_, r_, a_, b_, c_, d_, k_, n_, m_)
f = sp.Symbol("f")
j = sp.Symbol("j", integer=True)


def derivation(premise, *steps) -> Derivation:
    return Derivation(id="user.ops", title="a user's derivation", source="test", symbols=ALL,
                      premises=(Premise("start", premise, "given"),), steps=steps)


def verdict(d: Derivation) -> tuple[str, str]:
    step = verify.check(d, dps=DPS)["steps"][0]
    return step["verdict"], step.get("method", "")


WRONG = {
    # SymPy: ∫_0^{2π} dx/(√2 + cos x) = 0 (its antiderivative jumps at π); it is 2π.
    "integral through an antiderivative's jump": derivation(
        sp.Eq(f, 1 / (sp.sqrt(2) + sp.cos(x))), Integrate(x, 0, 2 * sp.pi, expect=sp.Integer(0))),
    # a wrong value for a kink and a jump: the quadrature handles |·| and sign with arb's analytic flag
    "integral of |sin| written as 0": derivation(
        sp.Eq(f, sp.Abs(sp.sin(x))), Integrate(x, 0, 2 * sp.pi, expect=sp.Integer(0))),
    # SymPy: lim_{y→0⁻} 2^{−1/y} = 0; it is ∞
    "left limit of 2^(-1/y)": derivation(sp.Eq(f, 2 ** (-1 / y)), Limit(y, 0, "-", expect=sp.Integer(0))),
    # SymPy substitutes at a symbolic point: the left limit of a unit step at a is 0, not 1
    "left limit of a step at a symbolic point": derivation(
        sp.Eq(f, sp.Heaviside(y - a)), Limit(y, a, "-", expect=sp.Integer(1))),
    # d|y|/dy on a domain containing 0
    "derivative of |y| through its kink": derivation(sp.Eq(f, sp.Abs(y)), Differentiate(y, expect=sp.sign(y))),
    # SymPy (issue 25159) drops −Γ(−1/2)√x from polylog(3/2, e^{−x}) about 0
    "polylog series missing sqrt": derivation(
        sp.Eq(f, sp.polylog(sp.Rational(3, 2), sp.exp(-r))),
        SeriesExpand(r, 0, 2, expect=sp.zeta(sp.Rational(3, 2)) - r * sp.zeta(sp.Rational(1, 2)))),
    # an interior point: the expansions of |y| from the two sides differ
    "series at an interior point of a kink": derivation(sp.Eq(f, sp.Abs(y)), SeriesExpand(y, 0, 2, expect=y)),
    # (a − 1)(eˣ − 2) = 0 solved generically: at a = 1 every x is a root
    "solve with a vanishing factor": derivation(
        sp.Eq((a - 1) * (sp.exp(y) - 2), 0), SolveFor(y, expect=sp.Eq(y, sp.log(2)))),
    # the principal Lambert branch only: on (−1/e, 0) there is a second root W₋₁(c)
    "principal Lambert branch only": derivation(sp.Eq(y * sp.exp(y), c), SolveFor(y, expect=sp.Eq(y, sp.LambertW(c)))),
    # y^d = k over the whole line: the root k^{1/d} without its negative twin (d even)
    "power root without its negative twin": derivation(
        sp.Eq(y**d, k), SolveFor(y, expect=sp.Eq(y, k ** (1 / d)))),
    # the kept root lies outside the variable's domain everywhere: it is no solution
    "kept root outside the domain": derivation(sp.Eq(r + 2, 0, evaluate=False), SolveFor(r, expect=sp.Eq(r, -2))),
    # Karr's convention: Σ_{j=1}^{n} 1 = n also for n = −3, where the count is 0
    "reversed sum range": derivation(sp.Eq(f, sp.Sum(1, (j, 1, n))), Rewrite(expect=n)),
    # a sum through a pole of its summand at j = 3
    "sum through a pole": derivation(sp.Eq(f, sp.Sum(1 / (j - 3), (j, 1, 5))), Rewrite(expect=sp.Rational(-1, 6))),
}

CONTROL = {
    "integral through an antiderivative's jump": derivation(
        sp.Eq(f, sp.cos(x) ** 2 / (2 + sp.sin(x))), Integrate(x, 0, 2 * sp.pi, expect=4 * sp.pi - 2 * sp.sqrt(3) * sp.pi)),
    "integral of |sin| written as 0": derivation(
        sp.Eq(f, sp.Abs(sp.sin(x))), Integrate(x, 0, 2 * sp.pi, expect=sp.Integer(4))),
    "left limit of 2^(-1/y)": derivation(sp.Eq(f, 2 ** (-1 / y)), Limit(y, 0, "+", expect=sp.Integer(0))),
    "left limit of a step at a symbolic point": derivation(sp.Eq(f, y**2 + 1), Limit(y, a, "-", expect=a**2 + 1)),
    "derivative of |y| through its kink": derivation(sp.Eq(f, sp.Abs(x - 8)), Differentiate(x, expect=-1)),
    "polylog series missing sqrt": derivation(
        sp.Eq(f, sp.polylog(2, r)), SeriesExpand(r, 0, 3, expect=r + r**2 / 4)),
    "series at an interior point of a kink": derivation(sp.Eq(f, sp.exp(y)), SeriesExpand(y, 0, 3,
                                                                                        expect=1 + y + y**2 / 2)),
    "solve with a vanishing factor": derivation(
        sp.Eq((b - 1) * (sp.exp(y) - 2), 0), SolveFor(y, expect=sp.Eq(y, sp.log(2)))),
    "principal Lambert branch only": derivation(sp.Eq(r * sp.exp(r), k), SolveFor(r, expect=sp.Eq(r, sp.LambertW(k)))),
    "power root without its negative twin": derivation(sp.Eq(r**d, k), SolveFor(r, expect=sp.Eq(r, k ** (1 / d)))),
    "kept root outside the domain": derivation(sp.Eq(r - 2, 0), SolveFor(r, expect=sp.Eq(r, 2))),
    "reversed sum range": derivation(sp.Eq(f, sp.Sum(1, (j, 1, m))), Rewrite(expect=m)),
    "sum through a pole": derivation(sp.Eq(f, sp.Sum(1 / (j + 3), (j, 1, 3))), Rewrite(expect=sp.Rational(37, 60))),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_operation_result_does_not_pass(name):
    outcome, method = verdict(WRONG[name])
    assert outcome in ("failed", "inconclusive"), (outcome, method)


@pytest.mark.parametrize("name", sorted(CONTROL))
def test_control_passes(name):
    outcome, method = verdict(CONTROL[name])
    assert outcome == "proved", method


def test_every_wrong_case_has_a_control():
    assert set(WRONG) == set(CONTROL)


def test_sympy_still_gets_the_jump_integral_wrong():
    # The planted case rests on this wrong answer: if SymPy fixes it, the case must be replaced.
    assert sp.integrate(1 / (sp.sqrt(2) + sp.cos(x)), (x, 0, 2 * sp.pi)) == 0


def test_the_jump_integral_fails_with_the_quadrature_value():
    step = verify.check(WRONG["integral through an antiderivative's jump"], dps=DPS)["steps"][0]
    assert step["verdict"] == "failed"
    assert step["counterexample"]["quadrature"].startswith("6.283185307")


def test_left_limit_of_two_to_minus_one_over_y_is_refuted():
    outcome, method = verdict(WRONG["left limit of 2^(-1/y)"])
    assert outcome == "failed" and "approaching" in method


def test_complex_pole_depending_on_a_parameter_is_no_traceback():
    # 1/(x² + a) has poles ±√(−a), real or not depending on a: no TypeError comparing them.
    d = derivation(sp.Eq(f, 1 / (x**2 + b)), Integrate(x, 0, 1, expect=sp.atan(1 / sp.sqrt(b)) / sp.sqrt(b)))
    outcome, method = verdict(d)
    assert outcome == "proved", method
    wrong = derivation(sp.Eq(f, 1 / (y**2 + a)), Integrate(y, 0, 1, expect=sp.atan(1 / sp.sqrt(a)) / sp.sqrt(a)))
    outcome, method = verdict(wrong)  # a ∈ (−5, 5): a pole inside (0, 1) for a ∈ (−1, 0)
    assert outcome in ("failed", "inconclusive") and "TypeError" not in method, method


def test_solving_an_unenumerable_set_is_never_a_pass():
    outcome, method = verdict(WRONG["principal Lambert branch only"])
    assert outcome == "inconclusive" and "monotone" in method, method


def test_uncertifiable_integrand_is_inconclusive():
    # An unevaluated special function arb cannot enclose: no certificate, no pass.
    ob = Obligation("integral_value", sp.Tuple(sp.fresnels(x), x, 0, 1, sp.Integer(0)), "∫ fresnels", symbol=x)
    v = discharge(ob, {x: x_.domain}, key="t", dps=DPS)
    assert v.verdict == "inconclusive"


@pytest.mark.parametrize("integrand, value", [
    (sp.Heaviside(x - 1) * sp.exp(-x), sp.exp(-1) - sp.exp(-3)),           # a jump inside the range
    (sp.sign(sp.sin(x)), sp.Integer(3)),                                    # a sign change at π
    (sp.Abs(x - 1), sp.Rational(5, 2)),                                    # a kink at 1
])
def test_non_analytic_integrands_are_certified_not_waved_through(integrand, value):
    # A kink or a jump: arb's analytic flag lets the quadrature enclose each rigorously, so SymPy's
    # right answer is certified (proved) and a value off by 10⁻¹² is refuted.
    d = derivation(sp.Eq(f, integrand), Integrate(x, 0, 3, expect=value))
    outcome, method = verdict(d)
    assert outcome == "proved", method
    wrong = derivation(sp.Eq(f, integrand), Integrate(x, 0, 3, expect=value))
    ob = Obligation("integral_value", sp.Tuple(integrand, x, 0, 3, value + sp.Rational(1, 10**12)), "∫", symbol=x)
    assert discharge(ob, {x: x_.domain}, key="t", dps=DPS).verdict == "failed", wrong


def test_a_band_where_sympys_answer_jumps_is_searched_not_sampled():
    # atan(1/(b − 3)) jumps at b = 3: the scan names points on both sides of it, inside the domain.
    from verify.certify_scan import suspect_points
    b = sp.Symbol("b", real=True)
    points = suspect_points(sp.atan(1 / (b - 3)), {b: Real(0, 10)}, {}, {b: sp.Integer(1)})
    places = sorted(float(p[b]) for p in points)
    assert places and places[0] < 3 < places[-1] and places[-1] - places[0] < 0.1, places
    # An analytic answer gives nothing to follow up.
    assert suspect_points(sp.exp(b) * b, {b: Real(0, 10)}, {}, {b: sp.Integer(1)}) == []


def test_an_integral_wrong_on_a_band_of_its_parameter_is_not_certified():
    # The answer is right outside b ∈ (2, 3) and off by 1 inside: three sampled points would miss it.
    b = sp.Symbol("b", real=True)
    right = b**2 / 2
    wrong = right + sp.Heaviside(b - 2) - sp.Heaviside(b - 3)
    domains = {x: Real(0, 10), b: Real(0, 10)}
    ob = Obligation("integral_value", sp.Tuple(x, x, 0, b, wrong), "∫ x", symbol=x)
    assert discharge(ob, domains, key="band", dps=DPS).verdict in ("failed", "inconclusive")
    ob = Obligation("integral_value", sp.Tuple(x, x, 0, b, right), "∫ x", symbol=x)
    assert discharge(ob, domains, key="band", dps=DPS).verdict == "proved"


def test_points_where_both_sides_are_negligible_are_no_evidence():
    # ∫₀^b x^400 dx is below 10⁻³⁰ for b < 0.8: a wrong answer agrees there "to 30 digits".
    b = sp.Symbol("b", real=True)
    wrong = b**401 / 400
    ob = Obligation("integral_value", sp.Tuple(x**400, x, 0, b, wrong), "∫ x^400", symbol=x)
    assert discharge(ob, {x: Real(0, 1), b: Real(0, sp.Rational(1, 2))}, key="tiny", dps=DPS).verdict != "proved"
