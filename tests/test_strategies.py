"""verify.strategies: every domain type, exact rationals, extreme scales; readable counterexamples."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings

from derivations import Choice, Integer, Positive, Real, UnitInterval
from verify.properties import check
from verify.property_kinds import at_boundary, bounds, inverse, monotone
from verify.properties import run_property
from verify.strategies import from_domain, show, typical

FAST = settings(max_examples=300, database=None, derandomize=True, deadline=None,
                suppress_health_check=list(HealthCheck))


def _collect(domain, **kw):
    seen = []

    @FAST
    @given(from_domain(domain, **kw))
    def run(v):
        seen.append(v)

    run()
    return seen


def test_unit_interval_reaches_both_open_ends_exactly():
    seen = _collect(UnitInterval())
    assert all(isinstance(v, Fraction) and 0 < v < 1 for v in seen)
    assert min(seen) < Fraction(1, 10**100) and max(seen) > 1 - Fraction(1, 10**100)


def test_closed_ends_are_drawn():
    seen = _collect(Real(2, 5, lo_open=False, hi_open=False))
    assert Fraction(2) in seen and Fraction(5) in seen and all(2 <= v <= 5 for v in seen)


def test_positive_spans_extreme_scales():
    seen = _collect(Positive())
    assert min(seen) < Fraction(1, 10**100) and max(seen) > 10**100 and all(v > 0 for v in seen)


def test_whole_line_and_half_lines():
    assert {v > 0 for v in _collect(Real())} == {True, False}
    assert all(v < -3 for v in _collect(Real(None, -3)))


def test_integers_even_and_choice():
    assert all(v % 2 == 0 and 2 <= v <= 40 for v in _collect(Integer(2, even=True, sample=(2, 40))))
    assert set(_collect(Integer(1, 3))) == {1, 2, 3}
    assert set(_collect(Choice("a", "b"))) == {"a", "b"}


def test_typical_scales_stay_inside():
    @FAST
    @given(typical(Positive(sample=(1, 100))))
    def run(v):
        assert 0 < v <= 100
    run()


def test_show_is_readable():
    assert show(1 - Fraction(1, 10**300)) == "1 - 1e-300"
    assert show(Fraction(3, 2 * 10**300)) == "1.5e-300"
    assert show(Fraction(1, 3)) == "1/3"


def test_failure_shrinks_to_a_readable_counterexample():
    r = check(lambda x: x > 1e-200, x=Positive(), max_examples=200)
    assert not r.passed and r.counterexample["x"].endswith("e-201")


def test_property_kinds():
    dom = {"p": UnitInterval()}
    assert run_property(bounds(lambda p: p * (1 - p), lower=0, upper="0.25", strict=False, over=dom),
                        max_examples=30)["verdict"] == "confirmed"
    assert run_property(monotone(lambda p: p**2, "p", over=dom), max_examples=30)["verdict"] == "confirmed"
    bad = run_property(monotone(lambda p: p * (1 - p), "p", over=dom), max_examples=100)
    assert bad["verdict"] == "failed" and set(bad["counterexample"]) == {"p", "p_2"}
    assert run_property(at_boundary(lambda p, a: a * p, "p", 0, 0, limit=True, over={"a": Real(1, 2)}),
                        max_examples=10)["verdict"] == "confirmed"
    assert run_property(inverse(lambda p: p**2, lambda q: q ** 0.5, arg="p", result="q", over=dom),
                        max_examples=20)["verdict"] == "confirmed"
    wrong = run_property(inverse(lambda p: p**2, lambda q: q ** 0.5 * (1 + q / 10**20), arg="p", result="q",
                                 over=dom), max_examples=50)
    assert wrong["verdict"] == "failed" and "p" in wrong["counterexample"]
