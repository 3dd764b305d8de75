"""Review 24's session: where an integrand over an infinite range decays slowest, and series summed
from the rise to their peak (``verify/certify_decay.py``, ``verify/series_values.py``)."""

from __future__ import annotations

import mpmath
import pytest
import sympy

from derivations import Integer, Real
from verify.certify_decay import envelope_rate, slowest_decay_points
from verify.series_values import _sum_past_peak

x, t, u = sympy.symbols("x t u")
n = sympy.Symbol("n", integer=True)


@pytest.mark.parametrize("f, end, rate", [
    (sympy.exp(-t * x) * sympy.cos(x), sympy.oo, -t),
    (sympy.exp(-t * x) * sympy.cos(x), -sympy.oo, t),                  # odd degree: the sign turns at -oo
    (sympy.exp(t * x**2 - x) / (1 + x**2), -sympy.oo, t),               # even degree: it does not
    (2**(u * x) * sympy.exp(-x), sympy.oo, u * sympy.log(2) - 1),        # a constant base's power counts
    (sympy.exp(-x) * sympy.exp(t * x), sympy.oo, t - 1),                 # two factors add up
])
def test_the_envelope_rate_is_the_leading_coefficient_of_the_exponent(f, end, rate):
    assert sympy.simplify(envelope_rate(f, x, end) - rate) == 0


@pytest.mark.parametrize("f", [
    sympy.cos(sympy.exp(t * x)),           # an exponential inside another function
    x**(t * x),                            # a base that moves
    sympy.exp(t * sympy.sqrt(x)),          # not a polynomial exponent
    sympy.exp(-t) * sympy.cos(x),          # no exponent in x at all
    sympy.exp(-x) + sympy.exp(t * x),      # a sum: terms could cancel
])
def test_an_envelope_not_read_gives_no_rate(f):
    assert envelope_rate(f, x, sympy.oo) is None


def _band(t_value):
    return -(t_value**2 + t_value + sympy.Rational(3, 16))


def test_the_slowest_points_are_climbed_into_a_narrow_band_between_the_drawn_points():
    # b < 0 only on t in (-1/2 - 1/100, -1/2 + 1/100): no drawn point is in it
    b = (t + sympy.Rational(1, 2))**2 - sympy.Rational(1, 10**4)
    f = sympy.exp(-b * x) * sympy.cos(x)
    drawn = [{t: sympy.Rational(k, 7)} for k in range(-7, 14)]
    assert all(b.subs(p) > 0 for p in drawn)
    found = slowest_decay_points(f, x, 0, sympy.oo, drawn, {t: Real(-1, 2)}, lambda p: True, 30)
    assert found and all(b.subs(p) < 0 for p in found)


def test_no_point_where_the_envelope_decays_everywhere():
    f = sympy.exp(-(t**2 + 1) * x) * sympy.sin(x)
    drawn = [{t: sympy.Rational(k, 3)} for k in range(-3, 4)]
    assert slowest_decay_points(f, x, 0, sympy.oo, drawn, {t: Real(-1, 1)}, lambda p: True, 30) == []


def test_a_finite_range_has_no_slowest_point():
    f = sympy.exp(t * x)
    assert slowest_decay_points(f, x, 0, 1, [{t: 1}], {t: Real(-2, 2)}, lambda p: True, 30) == []


def test_the_climb_stays_where_the_premises_hold_and_in_the_domain():
    # the rate t - 1 grows with t; the domain stops at 3 and a premise at t < 2
    f = sympy.exp((t - 1) * x)
    found = slowest_decay_points(f, x, 0, sympy.oo, [{t: sympy.Rational(3, 2)}], {t: Real(0, 3)},
                                 lambda p: p[t] < 2, 30)
    assert found and all(1 < p[t] < 2 for p in found)
    assert slowest_decay_points(f, x, 0, sympy.oo, [{t: sympy.Rational(1, 2)}], {t: Real(0, 3)},
                                lambda p: p[t] < 1, 30) == []


def test_an_integer_parameter_is_not_moved():
    f = sympy.exp((n - t) * x)
    found = slowest_decay_points(f, x, 0, sympy.oo, [{n: 2, t: sympy.Rational(1, 2)}],
                                 {n: Integer(0, 5), t: Real(0, 1)}, lambda p: True, 30)
    assert found and all(p[n] == 2 for p in found)


def test_a_series_summed_from_its_rise_agrees_with_its_closed_form():
    lam = mpmath.mpf(20000)
    with mpmath.workdps(40):
        total = _sum_past_peak(lambda k: k * lam**k * mpmath.exp(-lam) / mpmath.gamma(k + 1), 0)
        assert abs(total - lam) < mpmath.mpf(10)**-30 * lam


# --- the holders' region and roots (review 24a) -------------------------------------------------

from derivations._crossing import crossing_stands  # noqa: E402
from derivations._search_region import admits, region_at  # noqa: E402

y, z = sympy.symbols("y z", real=True)
quarter = sympy.Rational(1, 4)


def test_a_relation_in_a_variable_the_form_holds_fixed_must_admit_at_every_value_of_it():
    regime = (sympy.Gt(y, z - sympy.Rational(1, 2)),)
    doms = {z: Real(0, 1)}
    assert admits(regime, {y}, doms)({y: mpmath.mpf(quarter)})                 # some z: z = 0.001
    assert not admits(regime, {y}, doms, fixed={z})({y: mpmath.mpf(quarter)})  # not at z = 0.9
    assert admits(regime, {y}, doms, fixed={z})({y: mpmath.mpf("0.6")})


def test_the_values_of_the_fixed_variable_outside_the_context_are_not_asked():
    # z < 1/2 standing: at those z, y > z - 1/2 lets y = 1/4 in
    region = (sympy.Gt(y, z - sympy.Rational(1, 2)), sympy.Lt(z, sympy.Rational(1, 2)))
    assert admits(region, {y}, {z: Real(0, 1)}, fixed={z})({y: mpmath.mpf(quarter)})


def test_an_integer_solves_an_equation_at_a_whole_value_never_between_two():
    mode = ("solvable", n * y - sympy.Rational(3, 8))
    admit = admits((mode,), {y}, {n: Integer(1, 20)})
    assert not admit({y: mpmath.mpf(quarter)})             # n = 3/2
    assert admit({y: mpmath.mpf(3) / 16})                  # n = 2
    real = admits((("solvable", t * y - sympy.Rational(3, 8)),), {y}, {t: Real(1, 20)})
    assert real({y: mpmath.mpf(quarter)})                  # t = 3/2


def test_the_region_is_read_at_the_values_other_premises_fix():
    region = region_at((sympy.Gt(y, z - sympy.Rational(1, 2)), ("solvable", 10 * z - 9)), {z: sympy.Rational(9, 10)})
    admit = admits(region, {y}, {z: Real(0, 1)})
    assert not admit({y: mpmath.mpf(quarter)}) and admit({y: mpmath.mpf("0.5")})


def test_a_crossing_made_up_by_round_off_falls_and_a_true_one_stands():
    p = sympy.Symbol("p")
    noise = sympy.sqrt(p**2 + 1) - p
    for big in (mpmath.mpf(10)**8, mpmath.mpf(10)**300):
        assert not crossing_stands(noise, [p], {p: big}, {p: big * (1 + 8 * mpmath.eps)})
    assert not crossing_stands((1 + p)**3 - p**3 - 3 * p**2 - 3 * p, [p], {p: mpmath.mpf(10)**20},
                               {p: mpmath.mpf(10)**20 * (1 + 8 * mpmath.eps)})
    # a root the 15-digit bracket misses by round-off (x^(1/α) at a small α) stands, a little way off
    a = sympy.Symbol("a")
    cond = 7 - ((1 - p) / p)**(1 / a)
    at = {a: mpmath.mpf("1e-8")}
    root = 1 / (1 + mpmath.mpf(7)**mpmath.mpf("1e-8"))
    assert crossing_stands(cond, [a, p], {**at, p: root * (1 + mpmath.mpf(10)**-13)},
                           {**at, p: root * (1 + 2 * mpmath.mpf(10)**-13)})


# --- SymPy's answers and their tolerances (review 24b) ------------------------------------------

from derivations._closed_operators import certified_values  # noqa: E402
from derivations._rules_solve import _same_root  # noqa: E402
from verify.series_values import series_agree, series_value  # noqa: E402


def test_two_roots_equal_only_at_a_few_points_are_not_one():
    c = sympy.Symbol("c")
    g = 1 - 100 * (c - sympy.Rational(1, 3))**2 * (c - sympy.Rational(5, 8))**2 * (c - sympy.Rational(7, 8))**2
    assert not _same_root(2 * sympy.pi + sympy.acos(g), 2 * sympy.pi - sympy.acos(g), {c: Real(0, 1)})
    b = sympy.Symbol("b")
    # real only for b in [-1, 0): one real point is not six
    assert not _same_root(2 * sympy.pi + sympy.asin(b), sympy.pi - sympy.asin(b), {b: Real(-8, 0)})
    # two forms of one root still are one
    K, d = sympy.symbols("K delta")
    assert _same_root(sympy.log((K - 1) * (1 - d) / d), -sympy.log((-1 + 1 / (1 - d)) / (K - 1)),
                      {K: Real(1, 10), d: Real(0, 1)})


def test_a_closed_limit_is_looked_at_far_closer_than_its_three_distances():
    s = sympy.Symbol("s")
    # e^{-10^-100/s} is 1 to 20 digits at s = 10^-80: only far closer does it fall to 0
    late = sympy.Limit(sympy.Rational(1, 2) + 9 * sympy.exp(-sympy.Rational(1, 10**100) / s), s, 0, "+")
    assert certified_values([late]) is None  # SymPy: 1/2; the numbers settle on neither at every distance
    assert certified_values([sympy.Limit(sympy.sin(s) / s, s, 0, "+")]) is not None


def test_a_sum_over_the_integers_gets_a_second_opinion():
    a = sympy.Float("0.3", 70)
    k = sympy.Symbol("k", integer=True)
    e = sympy.Sum((k**2 - a**2) / (k**2 + a**2)**2, (k, -sympy.oo, sympy.oo))
    truth = -sympy.pi**2 / sympy.sinh(sympy.pi * a)**2
    with mpmath.workdps(30):
        assert abs(series_value(e, 30) - mpmath.mpmathify(sympy.N(truth, 40))) < mpmath.mpf(10)**-20
    assert not series_agree(e, mpmath.mpf(0), 30)                    # SymPy's 0 is no value
    assert series_agree(e, mpmath.mpmathify(sympy.N(truth, 40)), 30)


def test_an_equation_without_the_operated_variable_is_eliminated_from_the_conditions():
    from derivations._context import premise_constraints, pinning_condition
    x, y, z, f = sympy.symbols("x y z f", real=True)
    C, N, D, Cc = sympy.symbols("C N D Cc", positive=True)
    half = sympy.Rational(1, 2)
    doms = {x: Real(0, 1), y: Real(0, 1), z: Real(0, 1)}
    cons = (premise_constraints("cond", sympy.Eq((x - half) * (y - z), 0), set(doms), {}, domains=doms)
            | premise_constraints("gap", sympy.Eq(y - z, sympy.Rational(1, 10)), set(doms), {}, domains=doms))
    assert pinning_condition(x, cons, 3 * x, {}, continuous=True) is not None          # pinned, with the gap
    assert pinning_condition(x, cons - premise_constraints("gap", sympy.Eq(y - z, sympy.Rational(1, 10)), set(doms), {},
                                                           domains=doms), 3 * x, {}, continuous=True) is None
    doms = {C: Real(0, None), N: Real(0, None), D: Real(0, None)}
    cons = (premise_constraints("budget", sympy.Eq(C, 6 * N * D), set(doms), {}, domains=doms)
            | premise_constraints("ratio", sympy.Eq(D, 20 * N), set(doms), {}, domains=doms))
    assert pinning_condition(C, cons, C**2, {}, continuous=True) is None               # N follows C = 120 N²
