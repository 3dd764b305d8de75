"""Tests of catalogue section 4, pedestal and running exponent (S §3, eqs 3–8).

Registry values are compared with computations written independently here (other
algebraic forms, numeric differentiation, root finding), never with themselves.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

from derivations import DomainError
from derivations import pedestal as P
from verify.prose import plain
from verify.checker import check_derivation
from verify.claims import agrees, check_claim

DPS = 30
REL = mpmath.mpf(10) ** -20  # far below the 1e-10 the registry must reach

IDS = ("pedestal.loss", "pedestal.running_exponent", "pedestal.x_crit", "pedestal.N_crit",
       "pedestal.p_crit", "pedestal.effective_exponent")

unit = st.floats(1e-12, 1 - 1e-12)
pos_x = st.floats(1e-12, 1e3)
exponent = st.floats(1e-3, 5)
alpha_c = st.floats(0.02, 5)
size = st.floats(1e-3, 1e15)
amp = st.floats(1e-3, 1e4)


@pytest.fixture(autouse=True)
def _working_precision():
    """Independent computations here run with 10 digits beyond the registry values compared."""
    mpmath.mp.dps = DPS + 10
    yield


def rel_close(a, b, rel=REL) -> bool:
    with mpmath.workdps(DPS + 10):
        a, b = mpmath.mpf(a), mpmath.mpf(b)
        return abs(a - b) <= rel * max(abs(a), abs(b))


#: The section's entries, taken from the module itself (the registry needs every section).
BY_ID = {d.id: d for d in P.DERIVATIONS}


def get(id_: str):
    return BY_ID[id_]


def ev(id_: str, **params) -> mpmath.mpf:
    return get(id_).evaluate(dps=DPS, **params)


def mp(v) -> mpmath.mpf:
    with mpmath.workdps(DPS + 10):
        return mpmath.mpf(v) if not isinstance(v, Fraction) else mpmath.mpf(v.numerator) / v.denominator


# -- registry values against independent computations -------------------------------------------

@given(x=pos_x, p=unit, alpha=exponent, scale=st.floats(1e-3, 1e3))
def test_loss_is_eq3_divided_by_L1(x, p, alpha, scale):
    with mpmath.workdps(DPS + 10):
        l1 = mpmath.mpf(scale)
        l0 = mp(p) * l1
        direct = (l0 + (l1 - l0) * mpmath.mpf(x) ** mp(alpha)) / l1
    assert rel_close(ev("pedestal.loss", x=x, p=p, alpha=alpha), direct)


@given(x=pos_x, p=unit, alpha=exponent)
def test_running_exponent_other_form(x, p, alpha):
    with mpmath.workdps(DPS + 10):
        x_, p_, a_ = mp(x), mp(p), mp(alpha)
        other = a_ / (1 + p_ / ((1 - p_) * x_**a_))
    assert rel_close(ev("pedestal.running_exponent", x=x, p=p, alpha=alpha), other)


@pytest.mark.parametrize("x, p, alpha", [("1e-6", "0.01", "1/3"), ("0.3", "0.2", "0.34"),
                                         ("1", "0.5", "1.5"), ("1e-12", "1e-4", "0.076")])
def test_running_exponent_numeric_log_derivative(x, p, alpha):
    with mpmath.workdps(DPS + 10):
        x_, p_, a_ = mpmath.mpf(sp.Rational(x)), mpmath.mpf(sp.Rational(p)), mpmath.mpf(sp.Rational(alpha))
        # d ln L / d ln x from a central difference of the loss itself, h small
        h = mpmath.mpf(10) ** -12
        L = lambda z: p_ + (1 - p_) * z**a_  # noqa: E731
        slope = (mpmath.log(L(x_ * mpmath.exp(h))) - mpmath.log(L(x_ * mpmath.exp(-h)))) / (2 * h)
    assert rel_close(ev("pedestal.running_exponent", x=x, p=p, alpha=alpha), slope, rel=mpmath.mpf(10) ** -15)


@given(p=unit, a=alpha_c)
def test_x_crit_and_N_crit_logs(p, a):
    with mpmath.workdps(DPS + 10):
        log_ratio = mpmath.log(mp(p)) - mpmath.log1p(-mp(p))
        x_expected = mpmath.exp(log_ratio / mp(a))
        n_expected = mpmath.exp(-log_ratio / mp(a))
    assert rel_close(ev("pedestal.x_crit", p=p, alpha_c=a), x_expected)
    assert rel_close(ev("pedestal.N_crit", p=p, alpha_c=a), n_expected)


@given(p=unit)
def test_N_crit_eq7_as_printed(p):
    # S eq (7): N_crit = ((1 − p)/p)^3 at α_C = 1/3, in exact rational arithmetic
    q = Fraction(p)
    exact = ((1 - q) / q) ** 3
    assert rel_close(ev("pedestal.N_crit", p=p, alpha_c="1/3"), mp(exact))


@given(N=size, a=alpha_c)
def test_p_crit_logistic(N, a):
    with mpmath.workdps(DPS + 10):
        expected = mpmath.mpf(1) / (1 + mpmath.exp(mp(a) * mpmath.log(mp(N))))
    assert rel_close(ev("pedestal.p_crit", N=N, alpha_c=a), expected)


@given(N=size, E=amp, A=amp, alpha=exponent)
def test_effective_exponent_other_form(N, E, A, alpha):
    with mpmath.workdps(DPS + 10):
        other = mp(alpha) / (1 + mp(E) / mp(A) * mp(N) ** mp(alpha))
    assert rel_close(ev("pedestal.effective_exponent", N=N, E=E, A=A, alpha=alpha), other)


def test_effective_exponent_numeric_derivative_chinchilla():
    for k in range(8, 13):
        with mpmath.workdps(DPS + 10):
            L = lambda s: mpmath.mpf("1.69") + mpmath.mpf("406.4") * mpmath.exp(-mpmath.mpf("0.34") * s)  # noqa: E731
            slope = -mpmath.diff(lambda s: mpmath.log(L(s)), k * mpmath.log(10))
        assert rel_close(ev("pedestal.effective_exponent", N=10**k, **P.CHINCHILLA), slope)


# -- catalogue properties ----------------------------------------------------------------------------

@given(x=pos_x, p=unit, alpha=exponent)
def test_running_exponent_between_zero_and_alpha(x, p, alpha):
    a = ev("pedestal.running_exponent", x=x, p=p, alpha=alpha)
    assert 0 < a <= mp(alpha)
    with mpmath.workdps(DPS + 10):
        gap = mp(alpha) * mp(p) / (mp(p) + (1 - mp(p)) * mp(x) ** mp(alpha))  # α − α_p, other form
    assert rel_close(mp(alpha) - a, gap, rel=mpmath.mpf(10) ** -8) or gap < mp(alpha) * 10**-20


@given(x=pos_x, p=unit, alpha=exponent)
def test_running_exponent_limits_in_p(x, p, alpha):
    # α_0 = α and α_1 = 0 (S eq 5 ff.): the distance to each limit is bounded by a multiple of p, 1 − p
    a = ev("pedestal.running_exponent", x=x, p=p, alpha=alpha)
    with mpmath.workdps(DPS + 10):
        X, p_, al = mp(x) ** mp(alpha), mp(p), mp(alpha)
        rounding = al * mpmath.mpf(10) ** (1 - DPS)  # a carries DPS digits
        assert al - a <= al * p_ / ((1 - p_) * X) + rounding
        assert a <= al * (1 - p_) * X / p_ * (1 + REL)


def test_running_exponent_limits_symbolic():
    result = get("pedestal.running_exponent").result
    # SymPy's relation is x L'/L = …; the written one names it α_p(x)
    assert result.lhs == P.x * sp.Derivative(P.L_p, P.x) / P.L_p
    assert get("pedestal.running_exponent").closed_form.lhs == P.alpha_p_name
    r = result.rhs
    assert sp.limit(r, P.p, 0, "+") == P.alpha
    assert sp.limit(r, P.p, 1, "-") == 0
    assert sp.limit(r, P.x, 0, "+") == 0


@given(x=pos_x, y=pos_x, p=unit, alpha=exponent)
def test_running_exponent_increasing_in_x(x, y, p, alpha):
    lo, hi = sorted((x, y))
    a_lo = ev("pedestal.running_exponent", x=lo, p=p, alpha=alpha)
    a_hi = ev("pedestal.running_exponent", x=hi, p=p, alpha=alpha)
    assert a_lo < a_hi or rel_close(a_lo, a_hi)


@given(x=pos_x, p=unit, q=unit, alpha=exponent)
def test_running_exponent_decreasing_in_p(x, p, q, alpha):
    lo, hi = sorted((p, q))
    a_lo = ev("pedestal.running_exponent", x=x, p=lo, alpha=alpha)
    a_hi = ev("pedestal.running_exponent", x=x, p=hi, alpha=alpha)
    assert a_hi < a_lo or rel_close(a_lo, a_hi)


@given(p=unit, alpha=exponent)
def test_running_exponent_at_x_one(p, alpha):
    assert rel_close(ev("pedestal.running_exponent", x=1, p=p, alpha=alpha), (1 - mp(p)) * mp(alpha))


def test_running_exponent_strictly_monotone_example():
    a = [ev("pedestal.running_exponent", x=x, p="0.1", alpha="1/3") for x in ("1e-9", "1e-6", "1e-3", "1")]
    assert a == sorted(a) and len(set(a)) == 4
    b = [ev("pedestal.running_exponent", x="1e-3", p=p, alpha="1/3") for p in ("0.01", "0.05", "0.1", "0.2")]
    assert b == sorted(b, reverse=True) and len(set(b)) == 4


@given(p=unit, a=alpha_c)
def test_half_exponent_at_x_crit(p, a):
    xc = ev("pedestal.x_crit", p=p, alpha_c=a)
    assert rel_close(ev("pedestal.running_exponent", x=xc, p=p, alpha=a), mp(a) / 2, rel=mpmath.mpf(10) ** -15)


@pytest.mark.parametrize("p, a", [("0.01", "1/3"), ("0.3", "0.34"), ("0.9", "0.05")])
def test_x_crit_findroot(p, a):
    with mpmath.workdps(DPS + 10):
        p_, a_ = mpmath.mpf(sp.Rational(p)), mpmath.mpf(sp.Rational(a))
        t = mpmath.findroot(lambda t: (1 - p_) * mpmath.exp(a_ * t) - p_, (-500, 500), solver="bisect",
                                maxsteps=500)
    assert rel_close(ev("pedestal.x_crit", p=p, alpha_c=a), mpmath.exp(t), rel=mpmath.mpf(10) ** -15)


@given(p=unit, a=alpha_c)
def test_p_crit_inverts_N_crit(p, a):
    n = ev("pedestal.N_crit", p=p, alpha_c=a)
    assert rel_close(ev("pedestal.p_crit", N=n, alpha_c=a), p, rel=mpmath.mpf(10) ** -15)


@given(N=size, a=alpha_c)
def test_N_crit_inverts_p_crit(N, a):
    q = ev("pedestal.p_crit", N=N, alpha_c=a)
    assert rel_close(ev("pedestal.N_crit", p=q, alpha_c=a), N, rel=mpmath.mpf(10) ** -15)


def test_p_crit_asymptotic_power():
    # S eq (8): p_crit ∼ N^{−1/3}; the ratio tends to 1 from below
    ratios = [ev("pedestal.p_crit", N=mpmath.mpf(10) ** k, alpha_c="1/3") * mpmath.mpf(10) ** (mpmath.mpf(k) / 3)
              for k in (3, 9, 27, 81)]
    assert all(r < 1 for r in ratios) and ratios == sorted(ratios)
    assert 1 - ratios[-1] < mpmath.mpf(10) ** -26


@given(N=size, E=amp, A=amp, alpha=exponent)
def test_effective_exponent_is_S_eq5(N, E, A, alpha):
    p = Fraction(E) / (Fraction(E) + Fraction(A))
    via_S = ev("pedestal.running_exponent", x=1 / Fraction(N), p=p, alpha=alpha)
    assert rel_close(ev("pedestal.effective_exponent", N=N, E=E, A=A, alpha=alpha), via_S)


def test_effective_exponent_mapping_is_derived(full_entry):
    report = full_entry("pedestal.effective_exponent")  # the session's full run (tests/conftest.py)
    mapping = [s for s in report["steps"] if "p -> E/(A + E)" in s["description"]]
    assert len(mapping) == 2 and all(s["verdict"] == "proved" for s in mapping)


@pytest.mark.parametrize("edge, printed", [("0.1", "1.32e8"), ("0.05", "1.77e9")])
def test_chinchilla_crossing_by_findroot(edge, printed):
    with mpmath.workdps(DPS + 10):
        E_, A_, a_ = mpmath.mpf("1.69"), mpmath.mpf("406.4"), mpmath.mpf("0.34")
        f = lambda s: a_ * A_ * mpmath.exp(-a_ * s) / (E_ + A_ * mpmath.exp(-a_ * s)) - mpmath.mpf(edge)  # noqa: E731
        n = mpmath.exp(mpmath.findroot(f, (mpmath.mpf(5), mpmath.mpf(40)), solver="anderson"))
    with mpmath.workdps(DPS):
        assert rel_close(P.crossing_size(**P.CHINCHILLA, a_star=edge), n, rel=mpmath.mpf(10) ** -15)
    assert abs(n / mpmath.mpf(printed) - 1) < 0.005
    # and the band: inside it between the two crossings
    inside = ev("pedestal.effective_exponent", N=10**9, **P.CHINCHILLA)
    assert mpmath.mpf("0.05") < inside < mpmath.mpf("0.1")


def test_crossing_size_rejects_target_above_alpha():
    with pytest.raises(ValueError, match="a_star"):
        P.crossing_size(**P.CHINCHILLA, a_star="0.5")


# -- claims ------------------------------------------------------------------------------------------

def test_p_crit_at_a_million_is_one_over_101():
    assert rel_close(ev("pedestal.p_crit", N=10**6, alpha_c="1/3"), mpmath.mpf(1) / 101)
    claim = next(c for c in get("pedestal.p_crit").claims if c.id == "pedestal.p_crit.N1e6")
    assert check_claim(claim, 30)["status"] == "verified"
    assert not agrees(mpmath.mpf(1) / 101, "10^{-2}", "=", 30)  # it is only of that order


def test_erratum_fig1_normalization():
    """S Fig. 1: dividing by (1 − p) does not make α(x=1, p) = 1; it leaves α_C = 1/3."""
    for p in P.FIG1_P:
        normalized = ev("pedestal.running_exponent", x=1, p=p, alpha="1/3") / (1 - mpmath.mpf(sp.Rational(p)))
        assert rel_close(normalized, mpmath.mpf(1) / 3)
        assert not rel_close(normalized, 1, rel=mpmath.mpf("0.1"))
    claim = next(c for c in get("pedestal.running_exponent").claims
                 if c.id == "pedestal.fig1_normalization")
    result = check_claim(claim, 30)
    assert result["status"] == "erratum" and result["printed"] == "1"


CHINCHILLA_TABLE = {8: "0.107", 9: "0.0589", 10: "0.0297", 11: "0.0143", 12: "0.00667"}
CHINCHILLA_CROSSINGS = {"0.1": "1.32e+8", "0.05": "1.77e+9"}


def _chinchilla_by_numeric_derivative(k: int) -> mpmath.mpf:
    """−d ln L / d ln N of 1.69 + 406.4 N^{−0.34} at N = 10^k (mpmath.diff, not the closed form)."""
    E_, A_, a_ = mpmath.mpf("1.69"), mpmath.mpf("406.4"), mpmath.mpf("0.34")
    return -mpmath.diff(lambda s: mpmath.log(E_ + A_ * mpmath.exp(-a_ * s)), k * mpmath.log(10))


@pytest.mark.parametrize("k", sorted(CHINCHILLA_TABLE))
def test_chinchilla_effective_exponent_regression(k):
    """Regression: the table of the notes (beyond the papers, not a claim) against mpmath.diff."""
    with mpmath.workdps(DPS + 10):
        reference = _chinchilla_by_numeric_derivative(k)
    assert rel_close(ev("pedestal.effective_exponent", N=10**k, **P.CHINCHILLA), reference)
    assert mpmath.nstr(reference, 3) == CHINCHILLA_TABLE[k]


def test_chinchilla_table_is_in_the_notes_not_the_ledger():
    d = get("pedestal.effective_exponent")
    assert not any("chinchilla" in c.id for c in d.claims)
    table = d.note_texts()[-1]
    assert table == P.chinchilla_table()
    shown = plain(table)  # the note is LaTeX-flavoured prose; its plain text reads as a table
    for k, value in CHINCHILLA_TABLE.items():
        assert f"N = 10^{k}: α_eff = {value}" in shown
    for edge, size in CHINCHILLA_CROSSINGS.items():
        mantissa, exponent = size.split("e")
        assert f"α_eff = {edge} at N = {mantissa}·10^{int(exponent)}" in shown
        # the crossing sizes, against bracketed root finding on the numeric derivative
        with mpmath.workdps(DPS + 10):
            n = mpmath.exp(mpmath.findroot(lambda s: _chinchilla_by_numeric_derivative(s / mpmath.log(10))
                                           - mpmath.mpf(edge), (mpmath.mpf(5), mpmath.mpf(40)),
                                           solver="anderson"))
        assert mpmath.nstr(n, 3) == size
        with mpmath.workdps(DPS):
            assert rel_close(P.crossing_size(**P.CHINCHILLA, a_star=edge), n, rel=mpmath.mpf(10) ** -15)


# -- bad input ------------------------------------------------------------------------------------------

GOOD = {
    "pedestal.loss": {"x": "0.1", "p": "0.2", "alpha": "1/3"},
    "pedestal.running_exponent": {"x": "0.1", "p": "0.2", "alpha": "1/3"},
    "pedestal.x_crit": {"p": "0.2", "alpha_c": "1/3"},
    "pedestal.N_crit": {"p": "0.2", "alpha_c": "1/3"},
    "pedestal.p_crit": {"N": 10**6, "alpha_c": "1/3"},
    "pedestal.effective_exponent": {"N": "1e9", "E": "1.69", "A": "406.4", "alpha": "0.34"},
}
OUT_OF_DOMAIN = {"x": [0, -1, "-0.5"], "p": [0, 1, 1.5, -0.1, "3/2"], "alpha": [0, -0.34],
                 "alpha_c": [0, -1, "-1/3"], "N": [0, -10], "E": [0, -1.69], "A": [0, -406.4]}
NOT_A_NUMBER = [float("nan"), float("inf"), -float("inf"), "abc", "", None, [0.5], complex(0.5, 0.1),
                True, sp.I]


@pytest.mark.parametrize("id_", IDS)
def test_bad_values_name_the_parameter(id_):
    good = GOOD[id_]
    assert get(id_).evaluate(dps=20, **good) > 0
    for name in good:
        for bad in OUT_OF_DOMAIN[name] + NOT_A_NUMBER:
            with pytest.raises(DomainError, match=rf"^{name}=") as info:
                get(id_).evaluate(dps=20, **{**good, name: bad})
            assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("id_", IDS)
def test_missing_and_unknown_parameters(id_):
    good = GOOD[id_]
    first = next(iter(good))
    with pytest.raises(DomainError, match=first):
        get(id_).evaluate(dps=20, **{k: v for k, v in good.items() if k != first})
    with pytest.raises(DomainError, match="L1"):
        get(id_).evaluate(dps=20, **good, L1=2)


def test_domain_message_states_the_domain():
    with pytest.raises(ValueError, match=r"p=1\.5 .* p must be a real number in \(0, 1\)"):
        get("pedestal.running_exponent").evaluate(x=1, p=1.5, alpha=1)


# -- the checker ---------------------------------------------------------------------------------------



def test_checker_catches_a_corrupted_constant():
    d = get("pedestal.x_crit")
    steps = list(d.steps)
    steps[-1] = dataclasses.replace(steps[-1], expect=P.alpha_c / 3)  # the true value is α_C/2
    broken = dataclasses.replace(d, steps=tuple(steps))
    assert check_derivation(broken, 30)["verdict"] == "failed"

    d = get("pedestal.running_exponent")
    premise = dataclasses.replace(d.premises[0], expr=sp.Eq(P.L_p, P.p + (1 - P.p) * P.x ** (2 * P.alpha)))
    broken = dataclasses.replace(d, premises=(premise,))
    report = check_derivation(broken, 30)
    assert report["verdict"] == "failed" and report["steps"][0]["verdict"] == "failed"


def test_ids_are_the_catalogue_entries():
    assert tuple(BY_ID) == IDS


@pytest.mark.parametrize("id_", IDS)
def test_every_step_is_proved(id_, full_entry):
    report = full_entry(get(id_).id)  # the session's full run (tests/conftest.py)
    assert report["verdict"] == "proved"
    assert all(s["verdict"] == "proved" for s in report["steps"])
    assert report["numeric"]["verdict"] == "confirmed"
    assert all(c["status"] in ("verified", "erratum", "typo") for c in report["claims"])


def test_results_are_relations_that_name_the_quantity():
    assert get("pedestal.loss").result.lhs == P.L_p
    assert get("pedestal.running_exponent").closed_form.lhs == P.alpha_p_name
    assert get("pedestal.N_crit").result.lhs == P.N
    assert get("pedestal.p_crit").result.lhs == P.p
    assert get("pedestal.effective_exponent").result.lhs == P.alpha_eff_name
    # the crossing size is what SymPy derived, and it is the typed form
    crossing = get("pedestal.effective_exponent").derived("crossing")
    assert sp.simplify(crossing.rhs - (P.A * (P.alpha - P.a_star) / (P.E * P.a_star)) ** (1 / P.alpha)) == 0


def test_fig1_erratum_records_the_correct_value():
    claim = next(c for c in get("pedestal.running_exponent").claims if c.id == "pedestal.fig1_normalization")
    assert claim.correct_value == "1/3"
    broken = dataclasses.replace(claim, correct_value="1/2")
    assert check_claim(broken, 30)["status"] == "failed"


def test_checker_refuses_a_wrong_power_and_a_wrong_limit_side():
    d = get("pedestal.N_crit")
    steps = list(d.steps)
    # raising to 1/α_C but writing the power α_C: refuted
    steps[2] = dataclasses.replace(steps[2], expect=sp.Eq(P.N, ((1 - P.p) / P.p) ** P.alpha_c))
    assert check_derivation(dataclasses.replace(d, steps=tuple(steps)), 30)["verdict"] == "failed"
    d = get("pedestal.running_exponent")
    steps = list(d.steps)
    steps[1] = dataclasses.replace(steps[1], direction="-")  # p → 0 from below leaves (0, 1)
    report = check_derivation(dataclasses.replace(d, steps=tuple(steps)), 30)
    assert report["verdict"] == "failed" and report["steps"][1]["verdict"] == "failed"
