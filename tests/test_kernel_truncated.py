"""A truncated series (≃) holds near its centre only: it is never specialized away from it
(issue 16, class 3: ``e^{−x} ≃ 1 − x + x²/2 − x³/6`` at ``x = 10`` "gives" ``e^{−10} ≃ −377/3``)."""

from __future__ import annotations

import sympy as sp

import verify
from derivations import Derivation, Param, Positive, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1, lo_open=False))
k_ = Param("k", Positive())
x, k = x_.symbol, k_.symbol
f = sp.Symbol("f")


def steps(*rules) -> list[dict]:
    d = Derivation(id="user.truncated", title="a truncated decay", source="test", symbols=(x_, k_),
                   premises=(Premise("def", sp.Eq(f, sp.exp(-k * x)), "the decay"),), steps=rules)
    return verify.check(d, dps=30)["steps"]


SERIES = SeriesExpand(x, 0, 3, expect=1 - k * x + k**2 * x**2 / 2)


def test_specializing_the_series_variable_away_from_the_centre_is_refused():
    s = steps(SERIES, Substitute(mapping={x: sp.Rational(1, 2)}, expect=1 - k / 2 + k**2 / 8))[1]
    assert s["verdict"] == "failed"
    assert "truncated series (≃) about x = 0" in s["method"]


def test_specializing_another_parameter_is_allowed():
    s = steps(SERIES, Substitute(mapping={k: 2}, expect=1 - 2 * x + 2 * x**2))[1]
    assert s["verdict"] == "proved", s


def test_specializing_at_the_centre_is_allowed():
    s = steps(SERIES, Substitute(mapping={x: 0}, expect=sp.Integer(1)))[1]
    assert s["verdict"] == "proved", s


def test_an_exact_form_may_be_specialized_anywhere():
    s = steps(Substitute(mapping={x: sp.Rational(1, 2)}, expect=sp.exp(-k / 2)))[0]
    assert s["verdict"] == "proved", s
