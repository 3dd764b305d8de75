"""Ball-arithmetic certification of evaluated values."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from verify.rigorous import NotEnclosable, certify, enclose

x = sp.Symbol("x", positive=True)


def test_certifies_a_correct_value_and_refutes_a_wrong_one():
    expr = sp.sqrt(x) * sp.exp(-x) + sp.atan(x) / 3
    with mpmath.workdps(40):
        exact = mpmath.sqrt(mpmath.mpf(2) / 7) * mpmath.exp(-mpmath.mpf(2) / 7) + mpmath.atan(mpmath.mpf(2) / 7) / 3
        assert certify(expr, {x: Fraction(2, 7)}, exact, dps=40) is True
        off = exact * (1 + mpmath.mpf(10) ** -30)
        assert certify(expr, {x: Fraction(2, 7)}, off, dps=40) is False


def test_value_not_representable_at_low_precision_is_not_rounded_away():
    with mpmath.workdps(60):
        v = mpmath.mpf(14) / 3
    assert certify(2 * x, {x: Fraction(7, 3)}, v, dps=60) is True


def test_untranslatable_expressions_are_undecided_not_passed():
    g = sp.Function("g")
    with pytest.raises(NotEnclosable):
        enclose(g(x), {x: 1}, dps=20)
    assert certify(g(x), {x: 1}, mpmath.mpf(1), dps=20) is None


def test_double_factorial_is_exact():
    n = sp.Symbol("n", integer=True, positive=True)
    assert enclose(sp.factorial2(n - 1), {n: 10}, dps=20).unique_fmpz() == 945


def test_negative_values_are_certified():
    with mpmath.workdps(40):
        v = -mpmath.log(3)
        assert certify(-sp.log(x), {x: 3}, v, dps=40) is True
        assert certify(sp.log(x), {x: 3}, v, dps=40) is False
