"""SolveFor on a periodic equation (review 7): SymPy's integer families are listed where they can
meet a bounded domain (:mod:`derivations._solve_periodic`), every member not kept becomes an
obligation to lie outside it, and the written root picks the kept one. The corpus files
``tests/attacks/r7_solve_*.py`` run through the CLI in ``tests/test_attacks.py``."""

from __future__ import annotations

import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

from derivations._domains import Positive, Real
from derivations._solve_periodic import MAX_PER_FAMILY, periodic_candidates

t = sp.Symbol("t", real=True)
a = sp.Symbol("a", real=True)


def test_every_root_in_the_domain_is_listed_and_nothing_far_outside():
    full = sp.solveset(sp.sin(t) - sp.Rational(1, 2), t, sp.S.Reals)
    listed = periodic_candidates(full, t, {t: Real(-7, 20)})
    inside = [r for r in listed if -7 < float(r) < 20]
    # π/6 + 2nπ and 5π/6 + 2nπ in (−7, 20): n = −1..2 and n = −1..2 (7π/6 − 2π... counted by hand)
    expected = [sp.pi / 6 + 2 * k * sp.pi for k in range(-1, 4)] + [5 * sp.pi / 6 + 2 * k * sp.pi for k in range(-1, 3)]
    expected = [r for r in expected if -7 < float(r) < 20]
    assert sorted(inside, key=float) == sorted(expected, key=float)
    assert all(-7 - 2 * 7 < float(r) < 20 + 2 * 7 for r in listed)  # within a period or two of the ends


@given(st.integers(-50, 50), st.integers(1, 40), st.fractions(0, 1))
def test_a_parametric_offset_is_enclosed_over_the_parameters_domain(low, width, value):
    # tan t = a with a ∈ (−3, 3): the roots atan(a) + nπ; each one in (low, low + width) must be listed.
    full = sp.solveset(sp.tan(t) - a, t, sp.S.Reals)
    listed = periodic_candidates(full, t, {t: Real(low, low + width), a: Real(-3, 3)})
    assert listed is not None
    a0 = 6 * value - 3
    values = sorted(float(r.subs(a, a0)) for r in listed)
    truth = [float(sp.atan(a0)) + k * float(sp.pi) for k in range(-40, 60)]
    assert all(any(abs(v - r) < 1e-9 for v in values) for r in truth if low < r < low + width)


def test_refused_where_the_roots_cannot_be_listed():
    full = sp.solveset(sp.sin(t), t, sp.S.Reals)
    assert periodic_candidates(full, t, {t: Positive()}) is None  # unbounded domain
    assert periodic_candidates(full, t, {t: Real(0, 8 * MAX_PER_FAMILY)}) is None  # too many periods
    assert periodic_candidates(full, t, {}) is None  # no domain
    k = sp.Symbol("k", real=True)
    family = sp.ImageSet(sp.Lambda(sp.Symbol("n"), sp.pi * sp.Symbol("n") / k), sp.S.Integers)
    assert periodic_candidates(family, t, {t: Real(0, 1), k: Real(-1, 2)}) is None  # a period without bound
    shifted = sp.solveset(sp.sin(t - a), t, sp.S.Reals)
    assert periodic_candidates(shifted, t, {t: Real(0, 1), a: Positive()}) is None  # offset nπ + a not bounded


def test_a_period_with_a_parameter_and_an_inverse_over_an_unbounded_domain_are_listed():
    k = sp.Symbol("k", positive=True)
    listed = periodic_candidates(sp.solveset(sp.sin(k * t), t, sp.S.Reals), t, {t: Real(0, 1), k: Real(4, 6)})
    assert listed is not None and sp.pi / k in listed and 2 * sp.pi / k in listed
    listed = periodic_candidates(sp.solveset(sp.tan(t) - a, t, sp.S.Reals), t, {t: Real(0, sp.pi / 2), a: Positive()})
    assert listed is not None and sp.atan(a) in listed


def test_roots_counted_by_convexity_need_the_other_root_at_an_open_end():
    from verify.certify_ops import _two_roots_known
    x = sp.Symbol("x", positive=True)
    f = x - 5 * (1 - sp.exp(-x))
    kept = 5 + sp.LambertW(-5 * sp.exp(-5))
    assert _two_roots_known(f, x, kept, {x: Real(0, None)}) is not None  # x = 0 is the open end
    assert _two_roots_known(f, x, kept, {x: Real(0, None, lo_open=False)}) is None  # x = 0 is in the domain
    assert _two_roots_known(f, x, kept, {x: Real(1, None)}) is None  # no root at the end: nothing known
    assert _two_roots_known(sp.sin(x), x, sp.pi, {x: Real(0, 7)}) is None  # not convex: no count
