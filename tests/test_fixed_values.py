"""Values other premises fix outright, put into a condition before its holders are searched
(issue 16, item 1; the two known holes of review 15, :mod:`derivations._fixed_values`)."""

from __future__ import annotations

import sympy as sp

from derivations import Real
from derivations._context import pinning_condition, premise_constraints, premise_definitions
from derivations._definitions import defining_premises
from derivations._fixed_values import fixed_values

x, y, z, C = sp.symbols("x y z C")
HALF = sp.Rational(1, 2)


def _constraints(premises, params, domains):
    names, definitions = premise_definitions(premises, params), {}
    defines = defining_premises(premises, params)
    return [c for i, (p, d) in enumerate(zip(premises, defines))
            for c in premise_constraints(f"p{i}", p, params, definitions, names, domains, d)]


def test_a_variable_another_premise_fixes_holds_nothing_and_the_others_are_searched_there():
    domains = {x: Real(0, 1), y: Real(0, 8), z: Real(0, 3)}
    cond = sp.Eq((x - HALF) * (y - 5 * z), 0)
    pinned = pinning_condition(x, _constraints([sp.Eq(z, 2), cond], {x, y, z}, domains), 3 * x, {}, continuous=True)
    assert pinned is not None and pinned.source == "p1" and pinned.chain == ("p0",)
    # at z = 1 the line y = 5z lies inside y's domain: y follows x, nothing is pinned
    assert pinning_condition(x, _constraints([sp.Eq(z, 1), cond], {x, y, z}, domains), 3 * x, {},
                             continuous=True) is None


def test_a_condition_on_a_name_is_read_through_at_the_fixed_values():
    domains = {x: Real(0, 1), y: Real(0, 10)}
    premises = [sp.Eq(y, 2), sp.Eq(C, (x - HALF) * (y - 5)), sp.Eq(C, 0)]
    pinned = pinning_condition(x, _constraints(premises, {x, y}, domains), 3 * x, {}, continuous=True)
    assert pinned is not None and pinned.source == "p2"
    premises[0] = sp.Eq(y, 5)  # the factor y − 5 vanishes there: every x holds it
    assert pinning_condition(x, _constraints(premises, {x, y}, domains), 3 * x, {}, continuous=True) is None


def test_equations_in_one_variable_fix_it_in_turn_and_never_the_moving_one():
    domains = {x: Real(0, 4), y: Real(0, 4), z: Real(0, 4)}
    cs = _constraints([sp.Eq(z, 2), sp.Eq(2 * y, z + 1), sp.Eq(x * x, 2)], {x, y, z}, domains)
    assert fixed_values(cs) == {z: (2, "p0"), y: (sp.Rational(3, 2), "p1"), x: (sp.sqrt(2), "p2")}
    assert x not in fixed_values(_constraints([sp.Eq(sp.sin(x), HALF), sp.Eq(y, z)], {x, y, z}, domains))
    assert set(fixed_values(cs, moving=z)) == {x}  # y follows z: neither is fixed (x by its own equation)


def test_a_polynomial_with_one_root_on_the_domain_fixes_its_variable():
    domains = {x: Real(0, 1), y: Real(0, 8), z: Real(0, 10)}
    cond = sp.Eq((x - HALF) * (y - 5 * z), 0)
    cs = _constraints([sp.Eq(z**2, 4), cond], {x, y, z}, domains)
    assert fixed_values(cs) == {z: (2, "p0")}  # -2 lies outside (0, 10)
    assert pinning_condition(x, cs, 3 * x, {}, continuous=True) is not None
    two = _constraints([sp.Eq((z - 1) * (z - 3), 0), cond], {x, y, z}, domains)
    assert fixed_values(two) == {}  # two roots on the domain: nothing fixed
