"""Tests for catalogue section 1, grid discretization error (derivations/grid.py)."""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

import derivations
from derivations import DomainError
from derivations import grid as G
from verify.checker import check_derivation

IDS = ("grid.error_law", "grid.centered_difference", "grid.error_d_dimensions",
       "grid.error_vs_cost", "grid.cost_exponent")


def rel(x, y):
    with mpmath.workdps(max(mpmath.mp.dps, 60)):
        x, y = (mpmath.mpf(v.numerator) / v.denominator if isinstance(v, Fraction) else mpmath.mpmathify(v)
                for v in (x, y))
        return abs(x - y) / max(abs(x), abs(y))


def log_uniform(lo: float, hi: float) -> st.SearchStrategy[Fraction]:
    """Exact fractions spread log-uniformly over [lo, hi]."""
    return st.floats(math.log10(lo), math.log10(hi)).map(
        lambda e: Fraction(10.0**e).limit_denominator(10**9)).filter(lambda q: lo <= q <= hi)


BY_ID = {d.id: d for d in G.DERIVATIONS}


def get(ident):
    """The section's derivation by id, straight from the module (the registry is tested separately)."""
    return BY_ID[ident]


sizes = log_uniform(1e-3, 1e12)
orders = log_uniform(1e-2, 50)
dims = log_uniform(1e-1, 1e4)
lengths = log_uniform(1e-4, 1e4)


# -- registry ---------------------------------------------------------------------------------
def test_registry_ids_and_parameters():
    assert tuple(d.id for d in G.DERIVATIONS) == IDS
    assert derivations.get("grid.error_law").parameters == ("N", "N_c", "a", "d")
    assert derivations.get("grid.centered_difference").parameters == ("L", "ell")
    assert derivations.get("grid.cost_exponent").parameters == ("a", "d", "kind")
    assert derivations.get("grid.cost_exponent").param("kind").domain.choices == ("propagation", "diffusion")


# -- values against independent computations ------------------------------------------------------
@given(N=sizes, N_c=sizes, a=orders, d=dims)
def test_error_law_value(N, N_c, a, d):
    got = get("grid.error_law").evaluate(dps=40, N=N, N_c=N_c, a=a, d=d)
    with mpmath.workdps(60):
        # through logarithms, not through the power the closed form uses
        ref = mpmath.exp(mpmath.mpf(a.numerator) / a.denominator / (mpmath.mpf(d.numerator) / d.denominator)
                         * (mpmath.log(mpmath.mpf(N_c.numerator) / N_c.denominator)
                            - mpmath.log(mpmath.mpf(N.numerator) / N.denominator)))
    assert rel(got, ref) < 1e-35


def test_error_law_exact_points():
    e = get("grid.error_law")
    with mpmath.workdps(60):
        assert e.evaluate(N=4, N_c=1, a=2, d=1) == mpmath.mpf(1) / 16
        assert rel(e.evaluate(N=10**6, N_c=100, a=2, d=2), mpmath.mpf(10) ** -4) < 1e-48
        assert rel(e.evaluate(N=8, N_c=1, a=1, d=3), mpmath.mpf(1) / 2) < 1e-48


def _critical_size_by_extrapolation(L, ell, d=1):
    """N_c = lim N E^{d/2}: two moderate steps and one Richardson step in u² (error O(u⁴))."""
    with mpmath.workdps(60):
        L, ell, d = (mpmath.mpf(v.numerator) / v.denominator if isinstance(v, Fraction) else mpmath.mpf(v)
                     for v in (L, ell, d))
        f = lambda x: mpmath.sin(x / ell)
        x0 = ell / 5
        fp = mpmath.cos(x0 / ell) / ell

        def g(u):
            h = u * ell
            E = 1 - (f(x0 + h) - f(x0 - h)) / (2 * h * fp)
            return (L / h) ** d * E ** (d / 2)

        u = mpmath.mpf("1e-5")
        return (4 * g(u / 2) - g(u)) / 3


@given(L=lengths, ell=lengths)
def test_centered_difference_value(L, ell):
    got = get("grid.centered_difference").evaluate(dps=30, L=L, ell=ell)
    assert rel(got, _critical_size_by_extrapolation(L, ell)) < 1e-15


@given(L=lengths, ell=lengths, d=log_uniform(0.5, 20))
def test_error_d_dimensions_value(L, ell, d):
    got = get("grid.error_d_dimensions").evaluate(dps=30, L=L, ell=ell, d=d)
    assert rel(got, _critical_size_by_extrapolation(L, ell, d)) < 1e-12


@given(a=orders, d=dims)
def test_error_vs_cost_value(a, d):
    got = get("grid.error_vs_cost").evaluate(dps=30, a=a, d=d)
    assert rel(got, a / (2 * d)) < 1e-28


@given(a=orders, d=dims, kind=st.sampled_from(["propagation", "diffusion"]))
def test_cost_exponent_value(a, d, kind):
    got = get("grid.cost_exponent").evaluate(dps=30, a=a, d=d, kind=kind)
    assert rel(got, a / (d + (1 if kind == "propagation" else 2))) < 1e-28


@pytest.mark.parametrize("kind, steps_per_unit", [("propagation", lambda h: 1 / h), ("diffusion", lambda h: 1 / h**2)])
@pytest.mark.parametrize("d", [1, 2, 3])
def test_cost_exponent_counts_operations(kind, steps_per_unit, d):
    """Count the work of an explicit scheme (nodes × whole time steps) on grids of n^d nodes:
    the measured slope of ln C against ln N gives D/d."""
    def cost(n):
        h = Fraction(1, n)
        return n**d * math.ceil(steps_per_unit(h))
    n1, n2 = 10**2, 10**4
    slope = math.log(cost(n2) / cost(n1)) / math.log(n2**d / n1**d)
    D_measured = slope * d
    a = 2
    assert abs(a / D_measured - float(get("grid.cost_exponent").evaluate(a=a, d=d, kind=kind))) < 1e-9


def test_precision_follows_dps():
    g = get("grid.centered_difference")
    hi = g.evaluate(dps=120, L=3, ell=Fraction(1, 7))
    with mpmath.workdps(130):
        ref = mpmath.mpf(3) * 7 / mpmath.sqrt(6)
        assert rel(hi, ref) < mpmath.mpf(10) ** -118


# -- claims -----------------------------------------------------------------------------------
def test_claims():
    from verify.claims import check_claim
    claims = {c.id: c for d in G.DERIVATIONS for c in d.claims}
    assert set(claims) == {"grid.centered_difference.second_order", "grid.centered_difference.localized",
                           "grid.cost.exponent_3d", "grid.centered_difference.Nc_scale",
                           "grid.error_d_dimensions.exponent"}
    assert claims["grid.centered_difference.second_order"].compute() == 2
    assert claims["grid.centered_difference.localized"].compute() is True
    assert claims["grid.cost.exponent_3d"].compute() == mpmath.mpf(1) / 2
    # issue 17: a number W's plain text lost (a formula's exponent, N_c = L/ℓ) is our restoration;
    # "second order" stands in the text in words
    restored = {"grid.centered_difference.Nc_scale", "grid.error_d_dimensions.exponent"}
    for c in claims.values():
        assert check_claim(c, 30)["status"] == ("restored" if c.id in restored else "verified"), c.id
        assert c.erratum is None  # section 1 has no errata


def test_exact_prefactor_is_recorded():
    """N_c = L/(√6 ℓ), not the L/ℓ a reading that drops the 1/6 would give."""
    g = get("grid.centered_difference")
    assert rel(g.evaluate(L=1, ell=1), 1 / mpmath.sqrt(6)) < 1e-14
    assert abs(g.evaluate(L=1, ell=1) - 1) > 0.5
    assert any("1/6" in n and "0.408 L" in n for n in g.note_texts())  # computed when rendered


# -- properties of the catalogue --------------------------------------------------------------------
@given(N=sizes, N_c=sizes, a=log_uniform(1e-2, 8), d=log_uniform(1, 1000))
def test_error_decreasing_in_N(N, N_c, a, d):
    e = get("grid.error_law")
    assert e.evaluate(dps=30, N=N * Fraction(11, 10), N_c=N_c, a=a, d=d) < e.evaluate(dps=30, N=N, N_c=N_c, a=a, d=d)


@given(N_c=sizes, a=orders, d=dims)
def test_error_is_one_at_critical_size(N_c, a, d):
    assert get("grid.error_law").evaluate(dps=30, N=N_c, N_c=N_c, a=a, d=d) == 1


@given(L=lengths, ell=lengths)
def test_localized_functions_need_larger_grids(L, ell):
    g = get("grid.centered_difference")
    assert g.evaluate(L=L, ell=ell / 10) > g.evaluate(L=L, ell=ell)


@given(ell=lengths, u=log_uniform(1e-3, 1), theta=st.fractions(-1, 1, max_denominator=100))
def test_series_brackets_actual_error(ell, u, theta):
    assert G._series_bound_holds(mpmath.mpf(ell.numerator) / ell.denominator,
                                 mpmath.mpf(u.numerator) / u.denominator,
                                 mpmath.mpf(theta.numerator) / theta.denominator)


def test_series_bound_detects_a_wrong_coefficient():
    """The bracket is tight: a 1/119 instead of 1/120 in the series breaks it."""
    with mpmath.workdps(70):
        ell, u = mpmath.mpf(1), mpmath.mpf("0.1")
        rest = G._relative_error(ell, u, ell / 3) - (u**2 / 6 - u**4 / 119)
        assert not 0 < rest < u**6 / 5040


@given(a=orders, d=dims)
def test_diffusion_slower_than_propagation(a, d):
    g = get("grid.cost_exponent")
    assert g.evaluate(a=a, d=d, kind="diffusion") < g.evaluate(a=a, d=d, kind="propagation")


@pytest.mark.parametrize("prop", [p for d in G.DERIVATIONS for p in d.properties], ids=lambda p: p.id)
def test_declared_properties(prop):
    from verify.properties import run_property
    assert run_property(prop, max_examples=25)["verdict"] == "confirmed"


# -- bad input ----------------------------------------------------------------------------------
GOOD = {
    "grid.error_law": {"N": 100, "N_c": 10, "a": 2, "d": 3},
    "grid.centered_difference": {"L": 1, "ell": "0.1"},
    "grid.error_d_dimensions": {"L": 1, "ell": "0.1", "d": 2},
    "grid.error_vs_cost": {"a": 2, "d": 3},
    "grid.cost_exponent": {"a": 2, "d": 3, "kind": "diffusion"},
}
BAD_REALS = [0, -1, "-2.5", float("nan"), float("inf"), -float("inf"), "abc", None, [1], complex(1, 1), True]


@pytest.mark.parametrize("ident, name", [(i, n) for i, p in GOOD.items() for n in p if n != "kind"])
@pytest.mark.parametrize("bad", BAD_REALS, ids=repr)
def test_bad_real_parameters(ident, name, bad):
    params = dict(GOOD[ident], **{name: bad})
    with pytest.raises(DomainError) as err:
        get(ident).evaluate(**params)
    assert isinstance(err.value, ValueError)
    assert f"{name}=" in str(err.value)


@pytest.mark.parametrize("bad", ["advection", "Propagation", "", 1, None, ["diffusion"]], ids=repr)
def test_bad_kind(bad):
    with pytest.raises(DomainError, match="kind"):
        get("grid.cost_exponent").evaluate(a=2, d=3, kind=bad)


def test_missing_and_unknown_parameters():
    with pytest.raises(DomainError, match="N_c"):
        get("grid.error_law").evaluate(N=100, a=2, d=3)
    with pytest.raises(DomainError, match="h"):
        get("grid.centered_difference").evaluate(L=1, ell=1, h=1)


def test_good_points_evaluate():
    for ident, params in GOOD.items():
        assert get(ident).evaluate(**params) > 0


# -- the checker --------------------------------------------------------------------------------------


def _step_index(derivation, name):
    return next(i for i, rule in enumerate(derivation.steps) if rule.name == name)


def _with_step(derivation, index, expect):
    steps = list(derivation.steps)
    steps[index] = dataclasses.replace(steps[index], expect=expect)
    return dataclasses.replace(derivation, steps=tuple(steps), claims=(), properties=())


@pytest.mark.parametrize("derivation", G.DERIVATIONS, ids=lambda d: d.id)
def test_every_step_is_proved_symbolically(derivation, full_entry):
    r = full_entry(derivation.id)  # the session's full run (tests/conftest.py)
    assert r["verdict"] == "proved", r["verdict"]
    assert [s["verdict"] for s in r["steps"]] == ["proved"] * len(derivation.steps)
    assert all(c["status"] in ("verified", "restored") for c in r["claims"])  # restored: W lost it (issue 17)


def test_every_premise_names_its_quantity():
    for derivation in G.DERIVATIONS:
        for premise in derivation.premises:
            assert isinstance(premise.expr, sp.core.relational.Relational), premise.name


def test_checker_catches_a_wrong_series_coefficient():
    i = _step_index(G.centered_difference, "series")
    bad = _with_step(G.centered_difference, i, G.h**2 / (6 * G.ell**2) - G.h**4 / (121 * G.ell**4))
    r = check_derivation(bad, 30)
    assert r["verdict"] == "failed" and r["steps"][i]["verdict"] == "failed"


def test_checker_catches_a_wrong_limit():
    # N_c² = lim N² ε(L/N) is L²/(6ℓ²); a 1/5 there is refuted.
    i = _step_index(G.centered_difference, "limit")
    bad = _with_step(G.centered_difference, i, G.L**2 / (5 * G.ell**2))
    assert check_derivation(bad, 30)["steps"][i]["verdict"] == "failed"


def test_checker_catches_a_wrong_exponent():
    i = _step_index(G.error_vs_cost, "all_to_all_exponent")
    bad = _with_step(G.error_vs_cost, i, -G.a / (3 * G.d))
    assert check_derivation(bad, 30)["steps"][i]["verdict"] == "failed"


def test_checker_catches_a_wrong_critical_size():
    # N_c = (L/ℓ)^d, not (L/ℓ)^(d/2): the step that solves E(N_c) = 1 is refuted.
    i = _step_index(G.error_law, "critical_size")
    bad = _with_step(G.error_law, i, sp.Eq(G.N_c, (G.L / G.ell) ** (G.d / 2)))
    assert check_derivation(bad, 30)["steps"][i]["verdict"] == "failed"


def test_checker_catches_a_wrong_premise():
    premises = list(G.cost_exponent.premises)
    j = next(k for k, p in enumerate(premises) if p.name == "diffusive")
    premises[j] = dataclasses.replace(premises[j], expr=sp.Eq(G.dt_diffusive, G.h**3 / (2 * G.nu)))
    bad = dataclasses.replace(G.cost_exponent, premises=tuple(premises), claims=(), properties=())
    r = check_derivation(bad, 30)
    assert r["steps"][_step_index(G.cost_exponent, "q_diffusion")]["verdict"] == "failed"


def test_time_step_orders_are_derived():
    assert G.cost_exponent.derived("q_propagation").rhs == 1
    assert G.cost_exponent.derived("q_diffusion").rhs == 2


def test_error_law_route_at_increasing_precision():
    # The route must recompute at each precision: a value cached at 30 digits cannot pass at 80.
    from verify.checker import check_route
    error_law = get("grid.error_law")
    for dps in (30, 80):
        r = check_route(error_law, dps)
        assert r["verdict"] == "confirmed" and r["digits"] >= dps - 5, r


def test_error_law_route_exercises_the_cancellation():
    # The route works with L = 7/3 and a prefactor K = 5; a closed form keeping L (or K) disagrees.
    with mpmath.workdps(40):
        route = G.error_law.route.compute(mpmath.mpf(10**6), mpmath.mpf(100), mpmath.mpf(2), mpmath.mpf(3))
        assert rel(route, mpmath.mpf(10) ** -(mpmath.mpf(8) / 3)) < 1e-35
        assert rel(route, mpmath.mpf(7) / 3 * mpmath.mpf(10) ** -(mpmath.mpf(8) / 3)) > 0.5
