"""Review 5, domains: exact irrational bounds (π, π/2, √2, e, log 2 …).

A bound is kept exactly for everything that proves (SymPy intervals and reparametrizations,
closed-end checks, membership, ball boxes enclosing the domain) and rounded inward, strictly,
for everything that samples; it is printed as written.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
import sympy as sp
from hypothesis import given, settings

from derivations import DomainDeclarationError, DomainError, Integer, Real
from derivations._domain_bounds import compare, enclose, rational_bracket
from derivations import Positive
from derivations._domain_points import FAR_DECADES, far_points, whole_domain_point
from verify.certify_bands import decide, domain_condition
from verify.premise_regions import domain_interval
from verify.strategies import from_domain, typical
from verify.symbolic import _endpoints, reparametrize

PHASE = Real(-sp.pi, sp.pi)
ANGLE = Real(0, sp.pi / 2)


def _inside(dom, v) -> bool:
    """Membership decided independently: sympy's exact comparison."""
    v = sp.Rational(v.numerator, v.denominator) if isinstance(v, Fraction) else sp.sympify(v)
    lo_ok = dom.lo_exact is None or bool(v > dom.lo_exact if dom.lo_open else v >= dom.lo_exact)
    hi_ok = dom.hi_exact is None or bool(v < dom.hi_exact if dom.hi_open else v <= dom.hi_exact)
    return lo_ok and hi_ok


def test_irrational_bounds_declare_and_print_as_written():
    assert PHASE.describe() == "a real number in (-pi, pi)"
    assert ANGLE.describe() == "a real number in (0, pi/2)"
    assert Real(sp.sqrt(2), sp.log(10), hi_open=False).describe() == "a real number in (sqrt(2), log(10)]"
    assert PHASE.latex() == r"(- \pi, \pi)"
    assert repr(PHASE) == repr(Real(-sp.pi, sp.pi))  # the cache key is deterministic
    assert repr(PHASE) != repr(Real(PHASE.lo, PHASE.hi))  # ... and not the one of its inner rationals
    assert PHASE.lo_exact == -sp.pi and ANGLE.hi_exact == sp.pi / 2 and ANGLE.lo_exact == 0


def test_inner_and_outer_rationals_bracket_the_exact_bound_strictly():
    for b in (sp.pi, -sp.pi, sp.pi / 2, sp.sqrt(2), sp.E, sp.log(2), sp.atan(3), 10**20 * sp.pi):
        below, above = rational_bracket(b)
        assert compare(below, b) == -1 and compare(above, b) == 1
        assert above - below < Fraction(1, 10**50) * max(1, abs(below))
    assert compare(PHASE.lo, -sp.pi) == 1 and compare(PHASE.lo_outer, -sp.pi) == -1
    assert compare(PHASE.hi, sp.pi) == -1 and compare(PHASE.hi_outer, sp.pi) == 1


@pytest.mark.parametrize("value, inside", [
    (sp.pi, False), (-sp.pi, False), (sp.pi - sp.Rational(1, 10**30), True), (sp.pi + sp.Rational(1, 10**30), False),
    ("3.14159265358979323846264338327950288", True), ("3.14159265358979323846264338327950289", False),
    (3.14159, True), (sp.Rational(22, 7), False), (sp.asin(1) * 2, False), (0, True)])
def test_membership_is_exact(value, inside):
    assert PHASE.contains(value) is inside


def test_a_value_beyond_pi_is_refused_naming_the_parameter():
    with pytest.raises(DomainError, match=r"phi=.* is outside its domain: phi must be a real number in \(-pi, pi\)"):
        PHASE.validate("phi", sp.pi + sp.Rational(1, 10**30))


def test_closed_irrational_end_is_a_member():
    dom = Real(0, sp.pi / 2, hi_open=False)
    assert dom.contains(sp.pi / 2) and dom.contains(sp.asin(1)) and not dom.contains(sp.pi / 2 + sp.Rational(1, 10**40))
    assert _endpoints({sp.Symbol("x"): dom}) == [{sp.Symbol("x"): sp.pi / 2}]


def test_bounds_that_cannot_be_enclosed_or_are_empty_are_refused():
    with pytest.raises(DomainDeclarationError, match="empty"):
        Real(sp.pi, sp.pi)
    with pytest.raises(DomainDeclarationError, match="empty"):
        Real(sp.pi, 3)
    with pytest.raises(DomainDeclarationError, match="finite real number"):
        Real(0, sp.zeta(3))
    with pytest.raises(DomainDeclarationError, match="finite real number"):
        Real(0, sp.I)
    with pytest.raises(DomainDeclarationError, match="finite real number"):
        Real(0, sp.oo * sp.pi)
    assert Real(3, sp.pi).contains("3.1416") is False and Real(3, sp.pi).contains("3.1415") is True


def test_integer_domains_take_the_exact_integer_ends():
    assert Integer(0, sp.pi).describe() == "an integer >= 0 and <= 3"
    assert Integer(-sp.E, sp.sqrt(17)).describe() == "an integer >= -2 and <= 4"


def test_assumptions_follow_the_exact_signs():
    assert ANGLE.assumptions() == {"real": True, "positive": True}
    assert Real(-sp.pi, -sp.sqrt(2)).assumptions() == {"real": True, "negative": True}
    assert PHASE.assumptions() == {"real": True}


def test_proofs_use_the_exact_bound():
    x = sp.Symbol("x", real=True)
    assert reparametrize({x: PHASE})[x].has(sp.pi)
    assert domain_interval(ANGLE) == sp.Interval.open(0, sp.pi / 2)
    assert domain_condition(x, ANGLE).has(sp.pi)
    # x < q is false on (q, π) with q = π − 10⁻⁷⁰: an inner rational bound would prove it.
    q = sp.Rational(sp.floor(sp.pi * 10**80), 10**80) - sp.Rational(1, 10**70)
    assert decide(sp.StrictLessThan(x, q), {x: Real(0, sp.pi)}, {})[0] != "proved"
    assert decide(sp.StrictLessThan(x, 4), {x: Real(0, sp.pi)}, {})[0] == "proved"
    assert decide(sp.StrictLessThan(x, 3), {x: Real(0, sp.pi)}, {})[0] == "disproved"


def test_samples_lie_strictly_inside():
    x = sp.Symbol("x")
    for dom in (PHASE, ANGLE, Real(0, sp.pi / 2, lo_open=False, hi_open=False), Real(sp.E, None), Real(None, -sp.pi)):
        for seed in range(60):
            assert _inside(dom, dom.draw(random.Random(seed)))
            assert _inside(dom, whole_domain_point(dom, random.Random(seed), seed))
    del x


def test_far_points_visit_every_band_of_decades_on_every_side():
    """Reviews 31, 32: steps false between 2·10⁸ and 10²⁹⁹, between 10¹⁰¹ and 10²⁹⁹, between 10⁻²⁵⁰ and
    10⁻¹⁰, on the negative side, near an end at 1 and for large integers were confirmed. The far points
    visit each band of FAR_DECADES, large and small, on both sides of 0; from an end other than 0 the
    small distances stop at the working digits; an unbounded integer takes large values."""
    x, y, n = sp.symbols("x y n")

    def decades(points, s, shift=0):
        return {math.floor(math.log10(abs(float(p[s] - shift)))) for p in points if s in p}

    for dom in (Positive(), Real()):
        seen = decades(far_points({x: dom}, random.Random(0), 60), x)
        for lo, hi in FAR_DECADES:
            assert any(lo <= e <= hi for e in seen) and any(-hi - 1 <= e <= -lo for e in seen), (dom, lo, hi, seen)
        for p in far_points({x: dom}, random.Random(0), 60):
            assert _inside(dom, p[x])
    both = far_points({x: Real(), y: Real()}, random.Random(1), 60)
    signs = {(p[x] > 0, p[y] > 0) for p in both if len(p) == 2}
    assert {frozenset(p) for p in both if len(p) == 1} == {frozenset({x}), frozenset({y})}  # one far, one drawn
    assert {(True, True), (False, False), (False, True)} <= signs, signs
    near_one = decades(far_points({x: Real(1, None)}, random.Random(2), 60), x, shift=1)
    assert any(-30 <= e <= -9 for e in near_one) and min(near_one) >= -61, near_one
    assert max(decades(far_points({n: Integer(0, None)}, random.Random(3), 60), n)) >= 100
    assert far_points({n: Integer(0, None)}, random.Random(3), 60, summed=frozenset({n})) == []
    assert far_points({x: Real(0, 1)}, random.Random(4), 60) == []


@settings(max_examples=60, deadline=None)
@given(from_domain(Real(0, sp.pi / 2, hi_open=False)))
def test_strategies_stay_inside(v):
    assert _inside(Real(0, sp.pi / 2, hi_open=False), v)


@settings(max_examples=60, deadline=None)
@given(typical(PHASE))
def test_typical_stays_inside(v):
    assert _inside(PHASE, v)


def test_enclosure_contains_the_value():
    ball = enclose(sp.pi / 2 + sp.cos(1))
    assert ball.contains(enclose(sp.pi).mid() / 2 + enclose(sp.cos(1)).mid()) or ball.rad() < 1e-60
