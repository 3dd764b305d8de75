"""Catalogue section 3: LLM scaling exponents and what they cost (derivations/llm.py).

Registry values are compared with computations that share no code with the closed
forms (Python's ``decimal`` and ``fractions``), the entries' properties run under
hypothesis, bad input must raise a ``ValueError`` naming the parameter, the one
erratum is shown to be wrong, and corrupting a step, a route or a constant must make
the checker fail.
"""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal, localcontext
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import derivations
from derivations import Agreement, DomainError, Measurement, llm
from derivations._model import as_mp
from derivations._precision import PROPERTY_DPS
from verify.checker import check_derivation, check_route, check_steps
from verify.claims import agrees, check_claim, parse_printed
from verify.properties import strategy

DPS = 30
REL = Decimal("1e-10")

F_DOM = llm.F_.domain
ALPHA_DOM = llm.alpha_.domain
A_DOM = llm.A_.domain
D_DOM = llm.d_.domain
COUNT_DOM = llm.count_.domain


BY_ID = {d.id: d for d in llm.DERIVATIONS}


def get(ident):
    """The section's derivation by id, straight from the module (the registry is tested separately)."""
    return BY_ID[ident]


def _dec(x: Fraction | int) -> Decimal:
    x = Fraction(x)
    return Decimal(x.numerator) / Decimal(x.denominator)


def _rel_close(value: mpmath.mpf, reference: Decimal) -> bool:
    v = Decimal(mpmath.nstr(value, DPS, min_fixed=-math.inf, max_fixed=math.inf))
    return abs(v - reference) <= REL * abs(reference)


# -- the registry --------------------------------------------------------------------------------
def test_registry_holds_the_section_in_catalogue_order():
    ids = [d.id for d in derivations.select(["llm"])]
    assert ids == ["llm.loss_law", "llm.resource_factor", "llm.grid_equivalent",
                   "llm.information_doubling", "llm.orders_of_magnitude"]
    assert derivations.get("llm.resource_factor") is llm.resource_factor
    assert llm.resource_factor.parameters == ("F", "alpha")
    assert llm.information_doubling.parameters == ("alpha",)


# -- registry values vs independent computations -------------------------------------------------
@given(F=strategy(F_DOM), alpha=strategy(ALPHA_DOM))
def test_resource_factor_matches_decimal_power(F, alpha):
    with localcontext() as ctx:
        ctx.prec = 50
        expected = (_dec(F).ln() / _dec(alpha)).exp()
        assert _rel_close(llm.resource_factor.evaluate(dps=DPS, F=F, alpha=alpha), expected)


@given(A=strategy(A_DOM), alpha=strategy(ALPHA_DOM))
def test_critical_scale_matches_decimal_power(A, alpha):
    with localcontext() as ctx:
        ctx.prec = 50
        expected = (_dec(A).ln() / _dec(alpha)).exp()
        assert _rel_close(llm.loss_law.evaluate(dps=DPS, A=A, alpha=alpha), expected)


@given(alpha=strategy(ALPHA_DOM))
def test_doubling_time_is_exactly_one_over_alpha(alpha):
    with localcontext() as ctx:
        ctx.prec = 50
        assert _rel_close(llm.information_doubling.evaluate(dps=DPS, alpha=alpha), 1 / _dec(alpha))


@given(alpha=strategy(ALPHA_DOM), d=strategy(D_DOM))
def test_grid_order_needed_is_alpha_times_d(alpha, d):
    with localcontext() as ctx:
        ctx.prec = 50
        assert _rel_close(llm.grid_equivalent.evaluate(dps=DPS, alpha=alpha, d=d), _dec(Fraction(alpha) * d))


@given(count=strategy(COUNT_DOM), reference=strategy(COUNT_DOM))
def test_decades_match_decimal_log10(count, reference):
    with localcontext() as ctx:
        ctx.prec = 50
        expected = (_dec(count) / _dec(reference)).log10()
        value = llm.orders_of_magnitude.evaluate(dps=DPS, count=count, reference=reference)
        # log10 of a ratio near 1 is near 0: compare on the scale of the logarithms themselves.
        scale = max(abs(_dec(count).log10()), abs(_dec(reference).log10()), Decimal(1))
        v = Decimal(mpmath.nstr(value, DPS, min_fixed=-math.inf, max_fixed=math.inf))
        assert abs(v - expected) <= REL * scale


@pytest.mark.parametrize("F, alpha, exact", [
    (10, "1/2", 100), (10, "0.1", 10**10), (10, "0.05", 10**20), (2, "0.1", 1024),
    (2, "1/2", 4), (3, "1/3", 27), (16, 4, 2),
])
def test_resource_factor_exact_values(F, alpha, exact):
    value = llm.resource_factor.evaluate(dps=40, F=F, alpha=alpha)
    assert abs(value - exact) <= mpmath.mpf(10) ** -35 * exact


def test_route_values_are_independent_of_the_closed_form():
    # The route solves L(N_2)/L(N_1) = 1/F by root finding; check it on its own against 10^10.
    with mpmath.workdps(40):
        ref = llm.resource_factor.route.compute(F=mpmath.mpf(10), alpha=mpmath.mpf(1) / 10)
    assert abs(ref - 10**10) < mpmath.mpf(10) ** -25 * 10**10


# -- properties --------------------------------------------------------------------------------
PROPERTIES = [p for d in llm.DERIVATIONS for p in d.properties]


@pytest.mark.parametrize("prop", PROPERTIES, ids=lambda p: p.id)
@settings(max_examples=25)
@given(data=st.data())
def test_properties_hold(prop, data):
    values = {name: data.draw(strategy(dom), label=name) for name, dom in prop.over.items()}
    with mpmath.workdps(PROPERTY_DPS):
        assert prop.holds(**as_mp(values)) is True


def test_every_entry_has_properties_and_a_route():
    for d in llm.DERIVATIONS:
        assert d.properties, d.id
        assert isinstance(d.route, Measurement if d is llm.grid_equivalent else Agreement), d.id


# -- llm.grid_equivalent is measured ---------------------------------------------------------------
def test_grid_equivalent_route_measures_the_grid_exponent():
    r = check_route(llm.grid_equivalent, 30)
    assert r["verdict"] == "confirmed", r
    assert r["detail"].count("measured α") == 6 and "outside" not in r["detail"]


@pytest.mark.parametrize("wrong", (llm.alpha_.symbol, llm.alpha_.symbol * llm.d**2,
                                   llm.alpha_.symbol * (llm.d + 1), llm.alpha_.symbol / llm.d),
                         ids=("alpha", "alpha d^2", "alpha (d+1)", "alpha/d"))
def test_a_mutated_grid_order_fails_its_measurement(wrong, monkeypatch):
    mutated = dataclasses.replace(llm.grid_equivalent, value=lambda result: wrong)
    monkeypatch.setattr(llm, "grid_equivalent", mutated)
    assert check_route(mutated, 30)["verdict"] == "failed"


def test_a_mutated_measured_error_fails_the_grid_order(monkeypatch):
    # The squared error in place of the error doubles every measured α, hence every a*.
    import numpy as np
    real = llm.fit_slope
    monkeypatch.setattr(llm, "fit_slope", lambda sizes, errors: real(sizes, np.asarray(errors) ** 2))
    assert check_route(llm.grid_equivalent, 30)["verdict"] == "failed"


# -- bad input -----------------------------------------------------------------------------------
GOOD = {
    "llm.loss_law": {"A": 2, "alpha": "0.1"},
    "llm.resource_factor": {"F": 10, "alpha": "0.1"},
    "llm.grid_equivalent": {"alpha": "0.1", "d": 1000},
    "llm.information_doubling": {"alpha": "0.1"},
    "llm.orders_of_magnitude": {"count": 10**15, "reference": 10**12},
}
BAD_VALUES = [0, -1, float("nan"), float("inf"), -float("inf"), "ten", "", None, [1], complex(1, 1), True]
BAD = [(ident, name, v) for ident, good in GOOD.items() for name in good for v in BAD_VALUES]
BAD += [("llm.resource_factor", "F", v) for v in (1, "1", Fraction(1, 2), 0.999)]


@pytest.mark.parametrize("ident, name, value", BAD, ids=lambda x: repr(x))
def test_bad_input_raises_a_value_error_naming_the_parameter(ident, name, value):
    params = dict(GOOD[ident], **{name: value})
    with pytest.raises(DomainError) as info:
        get(ident).evaluate(dps=DPS, **params)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{name}=")
    assert info.value.name == name


@pytest.mark.parametrize("ident", sorted(GOOD))
def test_missing_and_unknown_parameters_are_named(ident):
    good = GOOD[ident]
    first = next(iter(good))
    with pytest.raises(ValueError, match=first):
        get(ident).evaluate(dps=DPS, **{k: v for k, v in good.items() if k != first})
    with pytest.raises(ValueError, match="bogus"):
        get(ident).evaluate(dps=DPS, bogus=1, **good)


def test_reduction_factor_just_above_one_is_accepted():
    value = llm.resource_factor.evaluate(dps=DPS, F="1.000001", alpha=1)
    with mpmath.workdps(DPS):
        assert abs(value - mpmath.mpf("1.000001")) < mpmath.mpf(10) ** -25


# -- claims and the erratum -----------------------------------------------------------------------
EXPECTED_STATUS = {
    # issue 17: numbers W's plain text lost (Kaplan's exponents, the reference 0.1, the "100", the
    # "10^20") are our restorations: `restored`, never W's; Huang's law holds under W's own 0.1
    "llm.loss_law.alpha_N": "restored", "llm.loss_law.alpha_D": "restored",
    "llm.loss_law.alpha_C": "restored", "llm.loss_law.reference": "restored",
    "llm.loss_law.below_reference": "restored", "llm.loss_law.range": "verified",
    "llm.resource_factor.mc": "restored", "llm.resource_factor.ten_billion": "verified",
    "llm.resource_factor.compute": "restored", "llm.resource_factor.halving": "verified",
    "llm.resource_factor.grid_a2": "verified", "llm.resource_factor.mc_a_half": "verified",
    "llm.grid_equivalent.threshold": "restored", "llm.grid_equivalent.text_dimension": "verified",
    "llm.grid_equivalent.order": "restored",
    "llm.information_doubling.data": "verified", "llm.information_doubling.huang": "verified",
    "llm.orders_of_magnitude.brain": "verified", "llm.orders_of_magnitude.power": "verified",
    "llm.orders_of_magnitude.phase_space": "verified",
    "llm.loss_law.positive_decreasing": "verified", "llm.resource_factor.floor": "verified",
    "llm.loss_law.negative_increasing": "verified",
}


def test_claim_statuses():
    found = {c.id: check_claim(c, DPS)["status"] for d in llm.DERIVATIONS for c in d.claims}
    assert found == EXPECTED_STATUS


def test_huang_ten_years_is_ws_exponent_and_alpha_c_would_give_twenty():
    """Issue 17: W's sentence uses its exponent 0.1 (10 years, verified); Kaplan's α_C = 0.050
    is the other reading (20 years), shown beside it — a note, not an erratum."""
    claim = next(c for c in llm.information_doubling.claims if c.id == "llm.information_doubling.huang")
    printed = parse_printed(claim.printed)
    computed = llm.information_doubling.evaluate(dps=DPS, alpha=llm.KAPLAN_ALPHA_C)
    assert printed == 10
    assert abs(computed - 20) < mpmath.mpf(10) ** -25
    # After W's ten years, compute has grown 2^10-fold but information only by 2^(10·0.05) = √2.
    growth = mpmath.power(2, 10 * mpmath.mpf(llm.KAPLAN_ALPHA_C.numerator) / llm.KAPLAN_ALPHA_C.denominator)
    assert abs(growth - mpmath.sqrt(2)) < mpmath.mpf(10) ** -12 and growth < 2
    assert claim.erratum is None and "0.1" in claim.reading
    record = check_claim(claim, DPS)
    assert record["status"] == "verified" and [r["computed"] for r in record["readings"]] == ["10.0", "20.0"]
    assert agrees(computed, "20", claim.relation, DPS)


def test_kaplan_exponents_are_below_the_reference():
    assert llm.KAPLAN_ALPHA_N == Fraction(76, 1000)
    assert llm.KAPLAN_ALPHA_D == Fraction(95, 1000)
    assert llm.KAPLAN_ALPHA_C == Fraction(1, 20)
    assert max(llm.KAPLAN_ALPHA_N, llm.KAPLAN_ALPHA_D, llm.KAPLAN_ALPHA_C) < llm.REFERENCE_ALPHA


# -- the checker ----------------------------------------------------------------------------------


def _with_step(d, index, **changes):
    steps = list(d.steps)
    steps[index] = dataclasses.replace(steps[index], **changes)
    return dataclasses.replace(d, steps=tuple(steps))


def _step_index(d, name):
    return next(i for i, rule in enumerate(d.steps) if rule.name == name)


@pytest.mark.parametrize("derivation", llm.DERIVATIONS, ids=lambda d: d.id)
def test_every_step_is_proved_symbolically(derivation, full_entry):
    r = full_entry(derivation.id)  # the session's full run (tests/conftest.py)
    assert r["verdict"] == "proved", r["verdict"]
    assert [s["verdict"] for s in r["steps"]] == ["proved"] * len(derivation.steps)
    assert all(c["status"] != "failed" for c in r["claims"])


def test_every_premise_names_its_quantity():
    for d in llm.DERIVATIONS:
        for premise in d.premises:
            assert isinstance(premise.expr, sp.core.relational.Relational), (d.id, premise.name)


def test_a_wrong_expected_exponent_fails():
    i = _step_index(llm.resource_factor, "factor")
    bad = _with_step(llm.resource_factor, i, expect=sp.Eq(llm.r, llm.F ** (2 / llm.alpha)))
    verdicts = [s["verdict"] for s in check_steps(bad, 30)]
    assert verdicts == ["proved"] * i + ["failed"]


def test_a_wrong_doubling_time_fails():
    i = _step_index(llm.information_doubling, "doubling_time")
    bad = _with_step(llm.information_doubling, i, expect=sp.Eq(llm.T, 2 / llm.alpha))
    assert check_steps(bad, 30)[i]["verdict"] == "failed"


def test_a_corrupted_input_constant_fails():
    # 3·10^9 W instead of 2·10^9 W no longer gives the printed ratio 10^8.
    i = _step_index(llm.orders_of_magnitude, "power_ratio")
    bad = _with_step(llm.orders_of_magnitude, i, mapping={llm.P_dc: 3 * 10**9, llm.P_br: 20})
    assert check_derivation(bad, 30)["verdict"] == "failed"


def test_a_corrupted_premise_fails():
    # Information ∝ D^(2α) would double in 1/(2α), not 1/α.
    law = dataclasses.replace(llm.information_doubling.premises[0],
                              expr=sp.Eq(llm.info(llm.t), llm.k * llm.data(llm.t) ** (2 * llm.alpha)))
    bad = dataclasses.replace(llm.information_doubling,
                              premises=(law,) + tuple(llm.information_doubling.premises[1:]))
    assert check_derivation(bad, 30)["verdict"] == "failed"


def test_premises_are_consistent_names_not_conditions_in_disguise():
    # The grid order that matches α is its own name a*, not the order a of the slower grid.
    names = {p.name: p.expr for p in llm.grid_equivalent.premises}
    assert names["slower"].lhs.args[0] == llm.a and names["match"].lhs.args[0] == llm.a_star
    assert llm.grid_equivalent.derived("order_needed").lhs == llm.a_star


def test_a_route_off_by_one_part_in_1e20_fails():
    route = llm.resource_factor.route
    skewed = dataclasses.replace(route, compute=lambda F, alpha: route.compute(F, alpha) * (1 + mpmath.mpf(10) ** -20))
    bad = dataclasses.replace(llm.resource_factor, route=skewed)
    assert check_route(bad, 50)["verdict"] == "failed"


def test_a_corrupted_kaplan_constant_fails_its_claims(monkeypatch):
    monkeypatch.setattr(llm, "KAPLAN_ALPHA_C", Fraction("0.06"))
    statuses = {c.id: check_claim(c, DPS)["status"] for d in llm.DERIVATIONS for c in d.claims}
    assert statuses["llm.loss_law.alpha_C"] == "failed"
    assert statuses["llm.resource_factor.compute"] == "failed"
    assert statuses["llm.loss_law.alpha_N"] == "restored"  # W lost it; quoted from Kaplan


def test_quoted_exponents_are_labelled_as_inputs():
    claims = {c.id: c for c in llm.loss_law.claims}
    for ident in ("alpha_N", "alpha_D", "alpha_C"):
        assert "quoted input" in claims[f"llm.loss_law.{ident}"].statement.lower()
        assert "consistency" in claims[f"llm.loss_law.{ident}"].note
    # α_N and α_D cannot be checked against anything W derives: they are quoted, not verified.
    assert claims["llm.loss_law.alpha_N"].quoted and claims["llm.loss_law.alpha_D"].quoted
    assert check_claim(claims["llm.loss_law.alpha_N"], DPS)["status"] == "restored"  # issue 17: W lost 0.076
    # α_C is tested against W's own 10^20, so it stays verified.
    assert not claims["llm.loss_law.alpha_C"].quoted
    assert "not a result" in claims["llm.loss_law.reference"].statement


def test_alpha_c_and_reference_claims_follow_from_w_derived_numbers():
    # α_C is the exponent behind W's "10^20 for one order better": ln 10 / ln 10^20 = 1/20,
    # computed here by bisection on the float formula 10^(1/α), not through the package.
    lo, hi = 0.01, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if 10 ** (1 / mid) > 1e20 else (lo, mid)
    claims = {c.id: c for c in llm.loss_law.claims}
    with mpmath.workdps(DPS):
        computed = claims["llm.loss_law.alpha_C"].compute()
    assert abs(float(computed) - lo) < 1e-12 and abs(lo - 0.05) < 1e-12
    with mpmath.workdps(DPS):
        assert abs(claims["llm.loss_law.reference"].compute() - mpmath.mpf("0.1")) < mpmath.mpf(10) ** -25


def test_a_corrupted_reference_exponent_fails_its_quotation(monkeypatch):
    monkeypatch.setattr(llm, "REFERENCE_ALPHA", Fraction("0.12"))
    claim = next(c for c in llm.loss_law.claims if c.id == "llm.loss_law.reference")
    result = check_claim(claim, DPS)
    assert result["status"] == "failed" and "could not compute" in result["note"]


def test_power_ratio_is_an_order_of_magnitude_claim():
    claim = next(c for c in llm.orders_of_magnitude.claims if c.id == "llm.orders_of_magnitude.power")
    assert claim.relation == "∼"
    # 1 GW against 20 W (5·10^7) is the same order: "some one hundred million"
    assert agrees(mpmath.mpf(5 * 10**7), claim.printed, claim.relation, DPS)
    assert check_claim(claim, DPS)["status"] == "verified"
