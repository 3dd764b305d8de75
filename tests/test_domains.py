"""Input validation at the public boundary: every bad value is a ValueError naming it."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, strategies as st

from derivations import Choice, DomainError, Integer, Positive, Real, UnitInterval
from verify.properties import check, strategy


@pytest.mark.parametrize("bad", [1.5, 0, 1, -0.2, float("nan"), float("inf"), -math.inf, "abc", "",
                                 None, True, 1j, [0.5], mpmath.nan, sp.nan, sp.oo, sp.I])
def test_unit_interval_rejects(bad):
    with pytest.raises(DomainError) as info:
        UnitInterval().validate("p", bad)
    assert isinstance(info.value, ValueError)
    msg = str(info.value)
    assert msg.startswith("p=") and "(0, 1)" in msg


@pytest.mark.parametrize("good,exact", [(0.5, Fraction(1, 2)), ("0.25", Fraction(1, 4)), ("1/3", Fraction(1, 3)),
                                        (Decimal("0.1"), Fraction(1, 10)), (sp.Rational(2, 7), Fraction(2, 7)),
                                        (np.float64(0.75), Fraction(3, 4)), (mpmath.mpf("0.5"), Fraction(1, 2))])
def test_unit_interval_accepts_every_real_type_exactly(good, exact):
    assert UnitInterval().validate("p", good) == exact


def test_integer_domains():
    even = Integer(2, even=True)
    assert even.validate("p", 4) == 4 and even.validate("p", np.int64(6)) == 6 and even.validate("p", 8.0) == 8
    for bad in (3, 0, 2.5, "four", -2):
        with pytest.raises(DomainError, match=r"^p="):
            even.validate("p", bad)
    assert "even integer >= 2" in str(pytest.raises(DomainError, even.validate, "p", 3).value)


def test_choice_domain():
    kind = Choice("propagation", "diffusion")
    assert kind.validate("kind", "diffusion") == "diffusion"
    with pytest.raises(DomainError, match="kind='advection'.*'propagation', 'diffusion'"):
        kind.validate("kind", "advection")


def test_irrational_sympy_input_is_accepted_as_high_precision():
    x = Positive().validate("x", sp.sqrt(2))
    assert abs(x - mpmath.sqrt(2)) < mpmath.mpf(10) ** -14


def test_closed_interval_endpoints():
    d = Real(0, 1, lo_open=False)
    assert d.contains(0) and not d.contains(1) and "[0, 1)" in d.describe()


def test_assumptions_follow_domain():
    assert Positive().assumptions() == {"real": True, "positive": True}
    assert Integer(2, even=True).assumptions() == {"integer": True, "even": True, "positive": True}
    assert Real(0, 1, lo_open=False).assumptions() == {"real": True, "nonnegative": True}


@given(st.data())
def test_strategies_stay_inside_their_domains(data):
    for dom in (UnitInterval(), Positive(sample=(1, 10**9), log=True), Integer(2, 40, even=True),
                Real(-3, 5, hi_open=False), Choice("a", "b")):
        value = data.draw(strategy(dom))
        assert dom.contains(value), (dom, value)


def test_property_runner_finds_counterexamples():
    good = check(lambda p: 0 < p < 1, p=UnitInterval(), max_examples=30)
    assert good.passed and good.examples == 30
    bad = check(lambda p: p < mpmath.mpf("0.9"), p=UnitInterval(), max_examples=200)
    assert not bad.passed and Fraction(bad.counterexample["p"]) >= Fraction(9, 10)


@pytest.mark.parametrize("v", [mpmath.mpf(-1), mpmath.mpf("-0.375"), sp.Float("-2.5"), -0.125])
def test_negative_values_keep_their_sign(v):
    assert Real().validate("x", v) == Fraction(float(v))
