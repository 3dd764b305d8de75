"""Tests of the Calude–Longo counting bound (catalogue section 10, W Appendix III)."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import mpmath
import pytest
from hypothesis import given
from hypothesis import strategies as st

from derivations import DomainError
from derivations.spurious import LOST_VALUE_GRID, calude_longo
from verify.prose import plain

N_MAX = 3000


def exact_fraction(n: int, k: int) -> Fraction:
    """Programs of length ≤ n − k over strings of length n, counted by brute force for
    short programs and length by length otherwise (no geometric-sum formula)."""
    m = n - k
    if m <= 10:
        programs = sum(1 for length in range(m + 1) for _ in itertools.product("01", repeat=length))
    else:
        programs = sum(2**length for length in range(m + 1))
    return Fraction(programs, 2**n)


def value(n: int, k: int, dps: int = 30) -> mpmath.mpf:
    return calude_longo.evaluate(dps=dps, n=n, k=k)


@st.composite
def n_and_k(draw: st.DrawFn) -> tuple[int, int]:
    n = draw(st.integers(1, N_MAX))
    return n, draw(st.integers(1, n))


# -- the premise and the registry value --------------------------------------------------

@pytest.mark.parametrize("m", range(0, 11))
def test_program_count_premise_by_enumeration(m: int) -> None:
    # Listing every binary word of length 0..m gives 2^{m+1} − 1 programs.
    words = {"".join(w) for length in range(m + 1) for w in itertools.product("01", repeat=length)}
    assert len(words) == 2 ** (m + 1) - 1


@given(n_and_k())
def test_registry_matches_exact_count(nk: tuple[int, int]) -> None:
    n, k = nk
    with mpmath.workdps(40):
        expected = mpmath.mpf(exact_fraction(n, k).numerator) / exact_fraction(n, k).denominator
        assert abs(value(n, k) - expected) <= mpmath.mpf(10) ** -25 * expected


@pytest.mark.parametrize("n, k", [(1, 1), (2, 1), (16, 4), (16, 16), (64, 5)])
def test_small_cases_exactly(n: int, k: int) -> None:
    f = exact_fraction(n, k)
    with mpmath.workdps(40):
        assert mpmath.almosteq(value(n, k), mpmath.mpf(f.numerator) / f.denominator, 1e-28)


def test_known_values() -> None:
    assert value(1, 1) == mpmath.mpf(1) / 2            # only the empty program: 1 of 2 strings
    assert value(16, 16) == mpmath.mpf(2) ** -16       # n = k: still one program
    with mpmath.workdps(40):
        assert mpmath.almosteq(value(3, 1), mpmath.mpf(7) / 8, 1e-28)


# -- the properties of the bound -------------------------------------------------------------

@given(n_and_k())
def test_bracket(nk: tuple[int, int]) -> None:
    n, k = nk
    f = exact_fraction(n, k)
    assert Fraction(1, 2**k) <= f < Fraction(2, 2**k)
    dps = 30 + n // 3 + 5  # enough digits to resolve the 2^{−n} gap
    with mpmath.workdps(dps):
        got = value(n, k, dps)
        assert mpmath.mpf(2) ** -k <= got < mpmath.mpf(2) ** (1 - k)


@given(n_and_k())
def test_one_more_bit_halves_the_excess(nk: tuple[int, int]) -> None:
    n, k = nk
    if k == n:
        return
    with mpmath.workdps(40):
        lhs = value(n, k + 1)
        rhs = (value(n, k) - mpmath.mpf(2) ** -n) / 2
        assert abs(lhs - rhs) <= mpmath.mpf(10) ** -25 * rhs


@pytest.mark.parametrize("k", [1, 3, 10])
def test_fixed_k_tends_to_two_to_one_minus_k(k: int) -> None:
    # At fixed k the fraction does not decay with n: it rises towards 2^{1−k}.
    limit = Fraction(2, 2**k)
    gaps = [limit - exact_fraction(n, k) for n in (k, k + 10, k + 100)]
    assert gaps == [Fraction(1, 2**n) for n in (k, k + 10, k + 100)]
    assert exact_fraction(k + 100, k) > exact_fraction(k + 10, k) > exact_fraction(k, k)


@pytest.mark.parametrize("c", [Fraction(1, 4), Fraction(1, 2), Fraction(1, 8)])
def test_proportional_k_decays_exponentially(c: Fraction) -> None:
    # k = c n: log2(fraction)/n approaches −c (within 1/n).
    for n in (64, 512, 2048):
        k = int(c * n)
        rate = math.log2(exact_fraction(n, k).numerator) - n
        assert abs(rate / n + float(c)) <= 1.0 / n + 1e-12


# -- claims and notes --------------------------------------------------------------------------

def test_decay_claim_is_qualified_and_verified() -> None:
    (claim,) = calude_longo.claims
    assert "k = c n" in claim.statement and claim.erratum is None
    assert claim.printed == "true"
    with mpmath.workdps(50):
        assert claim.compute() is True


def test_literal_fixed_k_reading_fails() -> None:
    # The reason the claim is qualified: at k = 5 doubling n does not shrink the fraction.
    assert exact_fraction(2048, 5) > exact_fraction(1024, 5)


def test_lost_values_note_has_correct_numbers() -> None:
    note = plain(calude_longo.note_texts()[1])  # LaTeX-flavoured prose, read as the terminal shows it
    assert "no printed number" in note
    for n, c in LOST_VALUE_GRID:
        expected = 2.0 ** (-float(c) * n)
        assert f"n = {n}, c = {c}: {expected:.6g}" in note


# -- bad input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("params, name", [
    ({"n": 0, "k": 1}, "n"), ({"n": -4, "k": 1}, "n"), ({"n": 5, "k": 0}, "k"),
    ({"n": 5, "k": 6}, "k"), ({"n": 5.5, "k": 1}, "n"), ({"n": float("nan"), "k": 1}, "n"),
    ({"n": float("inf"), "k": 1}, "n"), ({"n": "ten", "k": 1}, "n"), ({"n": 8, "k": "2.5"}, "k"),
    ({"n": 8, "k": None}, "k"), ({"n": [8], "k": 1}, "n"), ({"n": 8, "k": 1j}, "k"),
    ({"n": 8}, "k"), ({"n": 8, "k": 1, "c": 1}, "c"),
])
def test_bad_input_names_the_parameter(params: dict, name: str) -> None:
    with pytest.raises(DomainError) as info:
        calude_longo.evaluate(**params)
    assert isinstance(info.value, ValueError)
    assert info.value.name == name and name in str(info.value)


def test_integral_values_of_other_types_are_accepted() -> None:
    assert value(16.0, "4") == value(16, 4)


# -- the checker -------------------------------------------------------------------------------


def test_every_step_is_proved(full_entry) -> None:
    report = full_entry(calude_longo.id)  # the session's full run (tests/conftest.py)
    assert report["verdict"] == "proved"
    assert all(s["verdict"] == "proved" for s in report["steps"])
    assert report["numeric"]["verdict"] == "confirmed"
    assert [c["status"] for c in report["claims"]] == ["verified"]


def test_result_is_the_named_fraction() -> None:
    import sympy as sp
    from derivations import spurious as S
    result = calude_longo.result  # SymPy's relation P(n − k)/2^n = …; the written one names it f(n, k)
    assert result.lhs == sp.Function("P")(S.n - S.k) / 2**S.n
    assert calude_longo.closed_form.lhs == S.fraction_name
    assert sp.simplify(result.rhs - (2 ** (S.n - S.k + 1) - 1) / 2**S.n) == 0
    # the limit at fixed k is what SymPy computed, 2^{1−k}
    assert sp.simplify(calude_longo.derived("fixed_k").rhs - 2 ** (1 - S.k)) == 0


def test_checker_catches_a_corrupted_step() -> None:
    import dataclasses

    import sympy as sp
    from derivations import spurious as S
    from verify.checker import check_derivation
    steps = list(calude_longo.steps)
    # the gap to 2^{1−k} written as 2^{1−n} instead of 2^{−n}
    steps[3] = dataclasses.replace(steps[3], expect=2 ** (1 - S.n))
    report = check_derivation(dataclasses.replace(calude_longo, steps=tuple(steps)), 30)
    assert report["verdict"] == "failed" and report["steps"][3]["verdict"] == "failed"
    # the premise with one program too many per length is refuted at the first step
    premise = dataclasses.replace(calude_longo.premises[0],
                                  expr=sp.Eq(S.programs_name, sp.Sum(2**S.l + 1, (S.l, 0, S.m))))
    report = check_derivation(dataclasses.replace(calude_longo, premises=(premise, *calude_longo.premises[1:])), 30)
    assert report["verdict"] == "failed" and report["steps"][0]["verdict"] == "failed"
