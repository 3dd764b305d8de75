"""Review 16, along the range (:mod:`verify.along_range`): the points a limit, a series or an integral looks
at, and whether some holder keeps a condition true at each of them.

* a limit or a series at a finite point is looked at on its side(s), at ±∞ out to ``10^300``;
* an integral's range at golden-ratio points (never the simple fractions ``k/8``) and near both ends, and
  at probe values of the parameters its ends depend on;
* a variable the form holds fixed stays at one probe value along the range; an integer holder must vanish
  at a whole value of its bounded domain; a declared real name is searched, not assumed to hold.
"""

from __future__ import annotations

from types import SimpleNamespace

import sympy as sp

from derivations import Integer, Integrate, Limit, Positive, Real, SeriesExpand
from derivations._holders import condition_holders
from verify.along_range import _BOUND_PROBES, _FAR, _RANGE_POINTS, range_values, unheld_along

x, y, a, p, k = sp.symbols("x y a p k", real=True)
n, m = sp.symbols("n m", integer=True)


def test_a_finite_limit_is_looked_at_on_its_side_and_inside_the_domain():
    domains = {x: Real(0, 20)}
    [(ends, above)] = range_values(Limit(x, 0, direction="+", expect=None), x, domains)
    assert ends == {} and above and all(0 < v < sp.Rational(1, 50) for v in above)
    [(_, both)] = range_values(Limit(x, 5, direction="+-", expect=None), x, domains)
    assert any(v < 5 for v in both) and any(v > 5 for v in both)
    # no side stated: the one the domain has
    [(_, series)] = range_values(SeriesExpand(x, 0, 4, expect=None), x, domains)
    assert series and all(v > 0 for v in series)


def test_at_infinity_the_points_reach_10_to_the_300():
    [(_, far)] = range_values(Limit(x, sp.oo, expect=None), x, {x: Positive()})
    assert max(far) == sp.Integer(10) ** 300 and len(far) == len(_FAR)
    [(_, minus)] = range_values(SeriesExpand(x, -sp.oo, 3, expect=None), x, {x: Real()})
    assert min(minus) == -sp.Integer(10) ** 300


def test_an_integral_is_looked_at_between_the_simple_fractions_and_near_both_ends():
    [(_, values)] = range_values(Integrate(x, 0, 8, expect=None), x, {x: Real(0, 8)})
    assert len(values) >= _RANGE_POINTS
    # review 16: k/8 of [0, 8] are the odd points, where cos²(πx/2) = 0; most of the range is not
    assert sum(bool(sp.cos(sp.pi * v / 2) ** 2 > sp.Rational(1, 6)) for v in values) > len(values) // 2
    assert min(values) < sp.Rational(1, 100) and max(values) > 8 - sp.Rational(1, 100)


def test_an_end_in_a_parameter_is_probed_across_its_domain():
    ranges = range_values(Integrate(x, 0, a, expect=None), x, {x: Real(0, 20), a: Real(1, 5)})
    assert len(ranges) > _BOUND_PROBES
    for ends, values in ranges:
        assert 1 < ends[a] < 5 and all(0 <= v <= ends[a] for v in values)
    # an end in a name no premise defines: a reason, not None (review 17: it was skipped)
    assert isinstance(range_values(Integrate(x, 0, sp.Symbol("q"), expect=None), x, {x: Real(0, 20)}), str)


def test_a_condition_is_held_only_where_a_holder_can_keep_it():
    domains = {x: Real(0, 20), y: Real(0, 1)}
    assert unheld_along(x + y - 10, x, [sp.Float(9.5)], [y], domains) is None
    assert unheld_along(x + y - 10, x, [sp.Float(9.5), 5], [y], domains) == 5


def test_a_fixed_variable_stays_at_one_value_along_the_range():
    domains = {x: Real(0, 10), y: Real(0, 1), a: Real(0, 10)}
    # some probe value of a lies in (x, x + 1): held while a may change from point to point
    assert unheld_along(x + y - a, x, [4], [y], domains) is None
    assert unheld_along(x + y - a, x, [4], [y], domains, fixed=[a]) == 4
    # an integral's end is held at its value: a = 5 keeps x + y = a for x = 4.5, not for x = 2
    assert unheld_along(x + y - a, x, [sp.Float(4.5)], [y], domains, fixed=[a], ends={a: 5}) is None
    assert unheld_along(x + y - a, x, [2], [y], domains, fixed=[a], ends={a: 5}) == 2


def test_far_points_are_searched_where_the_holder_is_far_too():
    bounded = {x: Real(1, None), y: Real(0, 1)}
    g = y + sp.log(x, 10) / 10 - 1
    assert unheld_along(g, x, [10**8], [y], bounded) is None
    assert unheld_along(g, x, [sp.Integer(10) ** 16], [y], bounded) == 10**16
    # p = 10^-600 at x = 10^300: below the holders' grid, reached towards the end at 0
    assert unheld_along(p - 1 / (1 + x**2), x, [sp.Integer(10) ** 300], [p], {x: Positive(), p: Real(0, 1)}) is None
    # y = 10^300 on an unbounded domain: the bracket (10^100, 10^300) is narrowed by ratios
    far = [sp.Integer(10) ** 300, sp.Integer(10) ** 64]
    assert unheld_along(y - x, x, far, [y], {x: Positive(), y: Real()}) is None


def test_an_unevaluable_point_is_not_held():
    assert unheld_along(y - 1 / (x - 5), x, [5], [y], {x: Real(0, 10), y: Real()}) == 5


def test_an_integer_holder_must_vanish_at_a_whole_value_of_its_domain():
    domains = {n: Integer(1, None), m: Integer(1, 100)}
    assert unheld_along(m - 2 * n, n, [10, 50], [m], domains) is None
    assert unheld_along(m - 2 * n, n, [10, 100], [m], domains) == 100
    assert unheld_along(2 * m - 2 * n - 1, n, [10], [m], domains) == 10  # m = n + ½: never whole


def test_an_unknown_real_name_is_searched_not_assumed():
    domains = {x: Real(0, 1), k: Real()}
    g = x * (1 + k**2) - sp.Rational(1, 2)
    assert unheld_along(g, x, [sp.Float(0.3)], [k], domains) is None
    assert unheld_along(g, x, [sp.Float(0.8)], [k], domains) == sp.Float(0.8)
    # in the holders' search too: k moves the zero set (for x < 1/2), a name that only scales it does not
    assert k in condition_holders(g, {x, k}, {x}, {x: Real(0, 1)})
    assert k not in condition_holders((x - sp.Rational(1, 2)) * (1 + k**2), {x, k}, {x}, {x: Real(0, 1)})


def test_the_checker_refuses_a_limit_where_only_a_fixed_variable_could_hold():
    from verify.along_range import off_its_range
    constraint = SimpleNamespace(is_equation=True, variables=frozenset({x, y, a}), condition=x + y - a,
                                 holders=None, source="cond")
    outcome = SimpleNamespace(given=sp.Eq(sp.Symbol("f"), a), fixed=(constraint,), depends={})
    domains = {x: Real(0, 10), y: Real(0, 1), a: Real(0, 10)}
    why = off_its_range(Integrate(x, 1, 9, expect=None), outcome, domains)
    assert why is not None and "'cond'" in why
    outcome.given = sp.Eq(sp.Symbol("f"), 1)  # a not held fixed: it may hold the condition with y
    assert off_its_range(Integrate(x, 1, 9, expect=None), outcome, domains) is None


def test_an_infinite_end_and_a_limit_point_in_a_parameter_are_looked_at():
    [(_, improper)] = range_values(Integrate(x, 0, sp.oo, expect=None), x, {x: Real(0, None)})
    assert min(improper) < 1 and max(improper) == sp.Integer(10) ** 300  # near the finite end, and far out
    ranges = range_values(Limit(x, a, direction="-", expect=None), x, {x: Real(0, None), a: Real(1, 5)})
    assert len(ranges) > _BOUND_PROBES
    assert all(1 < ends[a] < 5 and values and all(v < ends[a] for v in values) for ends, values in ranges)


# Review 17


def test_a_finite_limit_point_is_looked_at_down_to_10_to_the_minus_300():
    domains = {x: Real(0, 1), y: Real(0, 1)}
    [(_, above)] = range_values(Limit(x, 0, direction="+", expect=None), x, domains)
    assert min(above) == sp.Integer(10) ** -300 and sp.Integer(10) ** -12 in above
    g = y + sp.Integer(10) ** -12 / x - 1  # y keeps it only for x > 10^-12
    assert unheld_along(g, x, [sp.Integer(10) ** -8], [y], domains) is None
    assert unheld_along(g, x, above, [y], domains) == sp.Integer(10) ** -12
    # carried at enough digits: 5 + 10^-300 is not 5 (where 1/(x - 5) has no value)
    [(_, beside)] = range_values(Limit(x, 5, direction="+", expect=None), x, {x: Real(0, 10)})
    assert unheld_along(y - 1 / (x - 5), x, beside, [y], {x: Real(0, 10), y: Real()}) is None


def test_a_holder_on_an_open_side_is_tried_beyond_10_to_the_300():
    domains = {x: Positive(), y: Positive()}
    far = sp.Integer(10) ** 300
    assert unheld_along(y - x**2, x, [far], [y], domains) is None  # y = 10^600
    assert unheld_along(y - x**11, x, [far], [y], domains) == far  # 10^3300: beyond the last far point
    assert unheld_along(y + x**2, x, [far], [y], domains) == far  # never: positive


def test_an_end_parameter_is_tried_near_both_ends_of_its_domain():
    ranges = range_values(Integrate(x, 0, a, expect=None), x, {x: Real(0, 10), a: Real(0, 10)})
    tried = sorted(ends[a] for ends, _ in ranges)
    assert tried[0] < sp.Rational(1, 100) and tried[-1] > 10 - sp.Rational(1, 100)
    # int_0^a with y = 1 - x/9 in (0, 1): held for a < 9 only (review 17: the probes were all below 9)
    constraint = SimpleNamespace(is_equation=True, variables=frozenset({x, y}), condition=y + x / 9 - 1,
                                 holders=None, source="cond")
    outcome = SimpleNamespace(given=sp.Eq(sp.Symbol("f"), 2 * x), fixed=(constraint,), depends={})
    from verify.along_range import off_its_range
    why = off_its_range(Integrate(x, 0, a, expect=None), outcome, {x: Real(0, 10), y: Real(0, 1), a: Real(0, 10)})
    assert why is not None and "'cond'" in why
    # an unbounded side: a far value
    ranges = range_values(Integrate(x, 0, a, expect=None), x, {x: Positive(), a: Positive()})
    assert max(ends[a] for ends, _ in ranges) >= 10**6


def test_an_end_is_read_through_the_definitions_and_refuses_where_it_cannot_be():
    from verify.along_range import off_its_range
    w, q = sp.Symbol("w"), sp.Symbol("q")
    rule = Integrate(x, 0, 8 / (1 + w**2), expect=None)
    [(_, values)] = range_values(rule, x, {x: Real(0, 8)}, {w: (w, sp.Integer(0))})
    assert max(values) > 8 - sp.Rational(1, 100)
    constraint = SimpleNamespace(is_equation=True, variables=frozenset({x, y}), condition=x + y - 9,
                                 holders=None, source="cond")
    outcome = SimpleNamespace(given=sp.Eq(sp.Symbol("f"), 1), fixed=(constraint,), depends={})
    domains = {x: Real(0, 8), y: Real(0, 10)}
    assert off_its_range(rule, outcome, domains, {w: (w, sp.Integer(0))}) is None  # y = 9 - x in (0, 10)
    why = off_its_range(Integrate(x, 0, 8 / (1 + q**2), expect=None), outcome, domains, {w: (w, sp.Integer(0))})
    assert why is not None and "cannot be evaluated" in why


def test_an_unknown_functions_value_is_searched_as_a_stand_in():
    from verify.along_range import off_its_range
    g = sp.Function("g")
    domains = {x: Real(0, 8), y: Real(0, 1)}

    def why(condition: sp.Expr) -> str | None:
        constraint = SimpleNamespace(is_equation=True, variables=frozenset({x, y}), condition=condition,
                                     holders=None, source="cond")
        outcome = SimpleNamespace(given=sp.Eq(sp.Symbol("f"), 10), fixed=(constraint,), depends={})
        return off_its_range(Integrate(x, 0, 8, expect=None), outcome, domains)

    assert why((x + y - 8) * (1 + g(y) ** 2)) is not None  # 1 + g(y)^2 never vanishes: y holds only near x = 8
    assert why(x + g(y) - 5) is None  # g(y) may be anything: y moves it
    # a condition the search cannot read is unheld, not held
    t = sp.Symbol("t", real=True)
    assert unheld_along(x + y - sp.Limit(sp.sin(t * x) / t, t, 0), x, [1, 2], [y], domains) == 1
