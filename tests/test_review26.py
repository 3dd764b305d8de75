"""Review 26's holes in the holders' region, closed: an equation in a variable the form keeps, gates
through other kept variables, relations of every kind searched between the tried values, combinations
spread over every variable, a root's bracket read at both ends, and no crossing where there is no real
value (``derivations/_search_region.py``, ``derivations/_held_boxes.py``, ``derivations/_crossing.py``)."""

from __future__ import annotations

import mpmath
import pytest
import sympy

from derivations import Real
from derivations._crossing import REFINED_DIGITS, crossing_stands, refined_bracket
from derivations._held_boxes import spread
from derivations._search_region import admits

x, y, z, w = sympy.symbols("x y z w", real=True)
quarter, third = sympy.Rational(1, 4), sympy.Rational(1, 3)
unit = Real(0, 1)


def _band(k=10):
    return sympy.Rational(3, 10) - k * (z - sympy.Rational(3, 5))**2


@pytest.mark.parametrize("sizes, limit", [((7, 7, 7), 49), ((5, 9), 12), ((3, 3, 3, 3), 20), ((7,), 3)])
def test_spread_combinations_meet_every_value_of_every_list(sizes, limit):
    lists = [list(range(n)) for n in sizes]
    combos = spread(lists, limit)
    assert len(combos) == min(limit, len(list(__import__("itertools").product(*lists))))
    assert len(set(combos)) == len(combos)
    if limit >= max(sizes):
        assert all({c[i] for c in combos} == set(lists[i]) for i in range(len(sizes)))


def test_an_equation_in_a_kept_variable_must_hold_at_every_value_of_it():
    tune = ("solvable", 48 * y**2 - 5 * z)
    at = {y: mpmath.mpf(0.25)}
    assert admits((tune,), {y}, {z: unit})(at)                    # z may move: 48/16 = 5z at z = 3/5
    assert not admits((tune,), {y}, {z: unit}, fixed={z})(at)     # z is the form's: only at z = 3/5
    both = ("solvable", 48 * y**2 - 5 * z + w - sympy.Rational(1, 2))
    assert admits((both,), {y}, {z: unit, w: Real(-10, 10)}, fixed={z})(at)  # w, not kept, follows z
    assert not admits((both,), {y}, {z: unit, w: unit}, fixed={z})(at)  # w = 5z − 5/2 leaves (0, 1) for z < ½


def test_a_band_is_found_through_a_premise_on_another_kept_variable():
    region = (sympy.Lt(z, w), sympy.Gt(y, _band()))
    assert not admits(region, {y}, {z: unit, w: unit}, fixed={z, w})({y: mpmath.mpf(0.25)})
    # with z < w < 1/2 the band (about 0.53 .. 0.67) is out of reach
    gated = (sympy.Lt(z, w), sympy.Lt(w, sympy.Rational(1, 2)), sympy.Gt(y, _band()))
    assert admits(gated, {y}, {z: unit, w: unit}, fixed={z, w})({y: mpmath.mpf(0.25)})


@pytest.mark.parametrize("relation", [
    ("real", sympy.sqrt(y - _band())),
    ("real", sympy.log(y - _band())),
    ("nonzero", y - z - sympy.Rational(1, 20)),
])
def test_relations_of_other_kinds_are_searched_between_the_kept_variables_values(relation):
    assert not admits((relation,), {y}, {z: unit}, fixed={z})({y: mpmath.mpf(0.25)})


def test_relations_of_other_kinds_that_hold_everywhere_admit():
    for relation in (("real", sympy.sqrt(y + z)), ("nonzero", y + z + 1)):
        assert admits((relation,), {y}, {z: unit}, fixed={z})({y: mpmath.mpf(0.25)})


def test_a_third_kept_variable_is_not_held_at_one_value():
    a, b, c = sympy.symbols("a b c", real=True)
    region = (sympy.Gt(y, a - sympy.Rational(1, 2)), sympy.Lt(b + c, 1))
    doms = {a: Real(0, None), b: unit, c: unit}
    assert not admits(region, {y}, doms, fixed={a, b, c})({y: mpmath.mpf(0.25)})


def test_a_premise_is_read_at_both_ends_of_the_roots_bracket():
    lo, hi = refined_bracket(y - third, [y], {y: mpmath.mpf(1) / 3}, y)
    for bound in (sympy.Gt(y, third + sympy.Rational(1, 10**70)), sympy.Lt(y, third - sympy.Rational(1, 10**70))):
        admit = admits((bound,), {y})
        assert not all(admit({y: end}, REFINED_DIGITS) for end in (lo, hi))
    assert all(admits((sympy.Gt(y, third - sympy.Rational(1, 10**50)),), {y})({y: end}, REFINED_DIGITS) for end in (lo, hi))


def test_no_crossing_where_an_end_has_no_real_value():
    never_real = y - third + sympy.Rational(1, 10**20) * sympy.sqrt(y - sympy.Rational(1, 2))
    a, b = {y: mpmath.mpf("0.3333")}, {y: mpmath.mpf("0.3334")}
    assert not crossing_stands(never_real, [y], a, b)
    assert crossing_stands(y - third + sympy.Rational(1, 10**20) * sympy.sqrt(y), [y], a, b)


def test_a_large_whole_value_read_at_a_refined_root_is_whole():
    with mpmath.workdps(80):
        point = {y: mpmath.mpf(10)**12 / 3}
    assert admits((("whole", 3 * y),), {y})(point, REFINED_DIGITS)
    with mpmath.workdps(80):
        off = {y: (mpmath.mpf(10)**12 + mpmath.mpf(10)**-30) / 3}
    assert not admits((("whole", 3 * y),), {y})(off, REFINED_DIGITS)
