"""Review 12 (issue 16, class 3): a truncated value substituted into an exact form keeps a known order
of dropped terms only where the form is linear in it, shifted by its coefficient's order; and a limit
in a variable is refused while a series in another variable on the form's chain has dropped terms
that depend on it (verify/truncated_chain.py, verify/truncated.py)."""

from __future__ import annotations

import pytest
import sympy as sp

import verify
from derivations import (AddBoth, Derivation, Differentiate, DivideBoth, Limit, Param, Positive, Premise,
                         SeriesExpand, Substitute)
from verify.truncated_chain import chain_series, descendants, landing_shift

x_, a_ = Param("x", Positive()), Param("a", Positive())
x, a = x_.symbol, a_.symbol
g, q, f, h = sp.symbols("g q f h")
SER = SeriesExpand(x, 0, 2, expect=1 + x, on="gdef", name="ser")


def steps(q_rhs, *rules) -> list[dict]:
    d = Derivation(id="user.r12.landing", title="a truncated value substituted", source="test", symbols=(x_, a_),
                   premises=(Premise("gdef", sp.Eq(g, sp.exp(x)), "growth"), Premise("qdef", sp.Eq(q, q_rhs), "q")),
                   steps=(SER, *rules))
    return verify.check(d, dps=30)["steps"]


@pytest.mark.parametrize("form, shift", [
    (3 * g + x**2, 0), (g / x, -1), (g / x**2, -2), (x * g + 1, 0), (a * g, 0), (g + sp.sin(x), 0),
])
def test_a_linear_place_shifts_by_its_coefficients_order(form, shift):
    assert landing_shift(sp.Eq(q, form), g, x, 0) == shift


@pytest.mark.parametrize("form", [1 / (g - 1), g**2, sp.exp(g), sp.sqrt(g), a * x * g, g * (x + a)])
def test_a_nonlinear_place_or_a_mixed_coefficient_has_no_known_order(form):
    assert landing_shift(sp.Eq(q, form), g, x, 0) is None


def test_a_coefficient_holding_a_name_defined_in_the_variable_has_no_known_order():
    assert landing_shift(sp.Eq(q, h * g), g, x, 0, {h: frozenset({x})}) is None


def test_the_chain_is_read_from_the_rules_as_the_replay_builds_it():
    rules = (SeriesExpand(x, 0, 2, on="gdef", name="ser", expect=0), Substitute(using="ser", on="qdef", expect=0),
             AddBoth(term=1, expect=0), SeriesExpand(a, 0, 2, on="hdef", expect=0), Limit(a, 0, expect=0))
    assert chain_series(rules) == [frozenset(), frozenset({0}), frozenset({0}), frozenset(), frozenset({3})]
    assert descendants(rules, 1) == [2]
    assert descendants(rules, 0) == [1, 2]


def test_a_truncated_value_in_a_denominator_then_a_limit_at_the_centre_is_refused():
    s = steps(1 / (g - 1), Substitute(using="ser", on="qdef", expect=sp.Eq(q, 1 / x)),
              AddBoth(term=-1 / x, expect=sp.Eq(q - 1 / x, 0)),
              Limit(x, 0, "+", expect=sp.Eq(sp.Limit(q - 1 / x, x, 0, "+"), 0)))
    assert s[1]["verdict"] == "failed" and "unknown order" in s[1]["method"] and "step 4" in s[1]["method"]


def test_a_truncated_value_in_a_denominator_with_no_calculus_after_it_stands():
    s = steps(1 / (g - 1), Substitute(using="ser", on="qdef", expect=sp.Eq(q, 1 / x)))
    assert s[1]["verdict"] == "proved", s[1]


def test_a_truncated_value_in_a_denominator_then_a_derivative_is_refused():
    s = steps(1 / (g - 1), Substitute(using="ser", on="qdef", expect=sp.Eq(q, 1 / x)),
              Differentiate(x, expect=sp.Eq(sp.Derivative(q, x), -1 / x**2)))
    assert s[1]["verdict"] == "failed" and "derivative in x" in s[1]["method"]


def test_a_coefficient_that_leaves_the_dropped_terms_vanishing_passes_and_one_that_does_not_is_refused():
    ok = steps(g / x, Substitute(using="ser", on="qdef", expect=sp.Eq(q, (1 + x) / x)),
               AddBoth(term=-1 / x, expect=sp.Eq(q - 1 / x, 1)),
               Limit(x, 0, "+", expect=sp.Eq(sp.Limit(q - 1 / x, x, 0, "+"), 1)))
    assert [s["verdict"] for s in ok] == ["proved"] * 4, ok
    bad = steps(g / x, Substitute(using="ser", on="qdef", expect=sp.Eq(q, (1 + x) / x)),
                AddBoth(term=-1 / x, expect=sp.Eq(q - 1 / x, 1)),
                DivideBoth(divisor=x, expect=sp.Eq((q - 1 / x) / x, 1 / x)),
                Limit(x, 0, "+", expect=sp.Eq(sp.Limit((q - 1 / x) / x, x, 0, "+"), sp.oo)))
    assert bad[1]["verdict"] == "failed" and "lowers the order" in bad[1]["method"]


def test_a_linear_place_then_a_limit_passes():
    s = steps(3 * g + x**2, Substitute(using="ser", on="qdef", expect=sp.Eq(q, 3 + 3 * x + x**2)),
              AddBoth(term=-3, expect=sp.Eq(q - 3, 3 * x + x**2)),
              DivideBoth(divisor=x, expect=sp.Eq((q - 3) / x, 3 + x)),
              Limit(x, 0, "+", expect=sp.Eq(sp.Limit((q - 3) / x, x, 0, "+"), 3)))
    assert [v["verdict"] for v in s] == ["proved"] * 5, s


def _two_variables(*rules) -> list[dict]:
    d = Derivation(id="user.r12.two", title="two series", source="test", symbols=(x_, a_),
                   premises=(Premise("fdef", sp.Eq(f, (1 - sp.exp(-a * x)) / a), "saturation"),
                             Premise("hdef", sp.Eq(h, sp.cos(a)), "swing")),
                   steps=rules)
    return verify.check(d, dps=30)["steps"]


def test_a_series_in_a_second_variable_does_not_unlock_a_limit_in_it():
    s = _two_variables(SeriesExpand(x, 0, 2, expect=x), SeriesExpand(a, sp.oo, 2, expect=x),
                       Limit(a, sp.oo, expect=sp.Eq(sp.Limit(f, a, sp.oo), x)))
    assert s[2]["verdict"] == "failed" and "truncated series (≃) in x" in s[2]["method"]


def test_a_limit_at_its_own_series_centre_stands_beside_a_series_in_another_variable_on_another_chain():
    s = _two_variables(SeriesExpand(x, 0, 2, expect=x),
                       SeriesExpand(a, 0, 4, on="hdef", expect=1 - a**2 / 2),
                       AddBoth(term=-1, expect=sp.Eq(h - 1, -a**2 / 2)),
                       DivideBoth(divisor=a**2, expect=sp.Eq((h - 1) / a**2, sp.Rational(-1, 2))),
                       Limit(a, 0, "+", expect=sp.Eq(sp.Limit((h - 1) / a**2, a, 0, "+"), sp.Rational(-1, 2))))
    assert s[4]["verdict"] == "proved", s[4]


def test_a_truncated_value_under_a_derivative_or_an_integral_has_no_known_order():
    for form in (sp.Derivative(g, x), sp.Integral(g, (x, 0, 1)), sp.Abs(g), sp.Piecewise((g, x > 1), (0, True))):
        assert landing_shift(sp.Eq(q, form), g, x, 0) is None, form
