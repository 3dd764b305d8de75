"""Review 25's holes of evidence at points, closed: the holders' region read at a root narrowed in
balls (``derivations._crossing.refined_bracket``) with tolerances from its digits, and a kept variable's
values between the tried ones searched in boxes (``derivations/_held_boxes``)."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy

from derivations import Real
from derivations._crossing import REFINED_DIGITS, refined_bracket
from derivations._held_boxes import compile_margin, failing_value
from derivations._search_region import admits

x, y, z = sympy.symbols("x y z", real=True)
third = sympy.Rational(1, 3)


@pytest.mark.parametrize("condition, root", [
    (y - third, third),
    ((y - third) * (1 + y**2), third),
    (sympy.exp(4 * y) - sympy.E, sympy.Rational(1, 4)),
    (y**3 - 2, sympy.cbrt(2)),
])
def test_a_root_found_at_15_digits_is_narrowed_to_60_in_balls(condition, root):
    start = mpmath.mpf(sympy.N(root, 15))
    lo, hi = refined_bracket(condition, [y], {y: start}, y)
    with mpmath.workdps(80):
        exact = mpmath.mpf(sympy.N(root, 80))
        assert lo <= exact <= hi and hi - lo < mpmath.mpf(10) ** (1 - REFINED_DIGITS)


def test_no_bracket_where_there_is_no_crossing_or_no_ball():
    assert refined_bracket(y**2 + 1, [y], {y: mpmath.mpf(0)}, y) is None            # no sign change
    assert refined_bracket(sympy.Sum(y / 2**x, (x, 1, sympy.oo)) - 1, [y], {y: mpmath.mpf(1)}, y) is None


def test_an_inequality_beside_the_root_is_read_at_the_root_itself():
    # y < 1/3 - 10^-30 excludes the root 1/3 of y - 1/3; at 15 digits the float below 1/3 was let in
    admit = admits((sympy.Lt(y, third - sympy.Rational(1, 10**30)),), {y})
    at15 = {y: mpmath.mpf(1) / 3}
    assert admit(at15)                           # what the search's float alone shows
    lo, hi = refined_bracket(y - third, [y], at15, y)
    assert not admit({y: lo}, REFINED_DIGITS) and not admit({y: hi}, REFINED_DIGITS)
    assert all(admits((sympy.Lt(y, third + sympy.Rational(1, 10**30)),), {y})({y: end}, REFINED_DIGITS) for end in (lo, hi))


@pytest.mark.parametrize("relation, at, kept", [
    (("solvable", sympy.exp(4 * y) - sympy.E * (1 + sympy.Rational(1, 10**12))), sympy.Rational(1, 4), False),
    (("solvable", sympy.exp(4 * y) - sympy.E), sympy.Rational(1, 4), True),
    (("whole", 2 * y), sympy.Rational(1, 2) + sympy.Rational(2, 10**7), False),
    (("whole", 2 * y), sympy.Rational(3, 2), True),
])
def test_an_equation_or_a_whole_number_is_read_with_the_tolerance_of_the_points_digits(relation, at, kept):
    with mpmath.workdps(REFINED_DIGITS + 10):
        point = {y: mpmath.mpf(sympy.N(at, REFINED_DIGITS + 10))}
    assert admits((relation,), {y})(point, REFINED_DIGITS) is kept


def _threshold(k):
    return sympy.Rational(3, 10) - k * (z - sympy.Rational(3, 5))**2


@pytest.mark.parametrize("k", [10, 10**7, 10**12, 10**20])
def test_a_band_of_the_kept_variable_between_its_tried_values_is_found(k):
    regime = (sympy.Gt(y, _threshold(k)),)
    admit = admits(regime, {y}, {z: Real(0, 1)}, fixed={z})
    assert not admit({y: mpmath.mpf(0.25)})
    assert admit({y: mpmath.mpf(0.35)})          # above the threshold's peak: every z admits it


def test_a_relation_that_holds_for_every_kept_value_up_to_an_open_end_admits():
    # y > z - 3/4 at y = 1/4: the margin 1 - z tends to 0 at z = 1, never reaches it
    admit = admits((sympy.Gt(y, z - sympy.Rational(3, 4)),), {y}, {z: Real(0, 1)}, fixed={z})
    assert admit({y: mpmath.mpf(0.25)})


def test_a_failing_kept_value_outside_the_other_premises_is_not_counted():
    # the band lies at z near 3/5; a premise z < 1/2 on the kept variable leaves it out
    region = (sympy.Gt(y, _threshold(10**7)), sympy.Lt(z, sympy.Rational(1, 2)))
    assert admits(region, {y}, {z: Real(0, 1)}, fixed={z})({y: mpmath.mpf(0.25)})


def test_the_box_search_returns_a_value_that_fails_and_none_where_every_box_holds():
    margin = y - _threshold(10**12)
    fn = compile_margin(margin, [y, z])
    value = failing_value(fn, [mpmath.mpf(0.25)], [(Fraction(0), Fraction(1))], "positive",
                          lambda mid: margin.subs({y: sympy.Rational(1, 4), z: sympy.Rational(mid[0])}) <= 0)
    assert value is not None and margin.subs({y: sympy.Rational(1, 4), z: sympy.Rational(value[0])}) <= 0
    holds = y + z**2 - sympy.Rational(1, 4)   # 0 at z = 0 only, an end of the box
    assert failing_value(compile_margin(holds, [y, z]), [mpmath.mpf(0.25)], [(Fraction(0), Fraction(1))], "positive",
                         lambda mid: holds.subs({y: sympy.Rational(1, 4), z: sympy.Rational(mid[0])}) <= 0) is None
