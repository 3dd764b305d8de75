"""Review 19, kernel holes: a false result proved with exit 0.

* A polynomial integral over finite ends is evaluated only when its integrand and ends are plain (no limit,
  integral, sum, transform, unknown function in a coefficient or an end), from its antiderivative, never by a
  deep ``doit`` that would take SymPy's value of an operator inside (:mod:`verify.symbolic`).
* The variable of a limit, a series or an integral with no declared domain (a name in ``names=``) moves where
  its assumptions put it, and the conditions the form rests on are looked at along it (:mod:`verify.along_range`).
* An ``=`` claim whose computed value is an exact rational is compared exactly (:mod:`verify.claims`).
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Integrate, Limit, Param, Premise, Real, Substitute
from verify.along_range import _range_domain
from verify.checker import check_steps
from verify.claims import check_claim, decide
from verify.symbolic import _polynomial_integral, symbolic_zero
from verify.verdicts import CONFIRMED, FAILED, PROVED

x, u, a = sp.symbols("x u a", positive=True)
LEFT = sp.Limit(2 ** (-1 / x), x, 0, "-")  # SymPy: 0; truly +∞
POLE_FREE = sp.Integral(1 / (sp.sqrt(2) + sp.cos(x)), (x, 0, 2 * sp.pi))  # SymPy: 0; truly 2π


# --- 1. a polynomial integral is taken only when nothing in it is an operator ---

def test_an_operator_in_a_polynomial_coefficient_or_end_keeps_the_integral_opaque():
    domains = {a: Real(0, 10)}
    for inner in (LEFT, POLE_FREE, sp.Sum(1 / u**2, (u, 1, sp.oo)), sp.Function("g")(a), sp.sign(a - 1)):
        assert not _polynomial_integral(sp.Integral(2 * u * inner, (u, 0, 1))), inner
    assert not _polynomial_integral(sp.Integral(u, (u, 0, POLE_FREE)))
    # before: a deep doit took SymPy's 0 for the limit and for the period integral, and F = a was "identical"
    assert symbolic_zero(sp.Integral(2 * u * LEFT, (u, 0, 1)), domains) is None
    assert symbolic_zero(sp.Integral(2 * u * POLE_FREE, (u, 0, 1)), domains) is None
    assert symbolic_zero(sp.Integral(u, (u, 0, POLE_FREE)), domains) is None


def test_a_plain_polynomial_integral_is_still_its_exact_antiderivative_difference():
    domains = {a: Real(0, 10)}
    s = sp.Symbol("s", positive=True)
    assert symbolic_zero(sp.Integral(u**2 * sp.sin(a) + sp.sqrt(2), (u, 0, a)) - a**3 * sp.sin(a) / 3
                         - sp.sqrt(2) * a, domains) is not None
    assert symbolic_zero(sp.Integral(u * s**2, (u, 0, 1), (s, 0, 2)) - sp.Rational(4, 3), domains) is not None
    assert symbolic_zero(sp.Integral(u, (u, 0, a)) - a, domains) is None  # a wrong value is still not 0


# --- 2. a range variable with no domain is looked at where its assumptions put it ---

K = sp.Symbol("k", real=True)
F, C = sp.symbols("f C")


def _load(y_domain, limit: bool) -> str:
    y_ = Param("y", y_domain)
    y = y_.symbol
    step = (Limit(K, 0, "+", expect=sp.Eq(sp.Limit(F, K, 0, "+"), 3)) if limit
            else Integrate(K, 0, 1, expect=sp.Eq(sp.Integral(F, (K, 0, 1)), 3)))
    d = Derivation(id="t.r19.load", title="t", source="test", symbols=(y_,), parameters=("y",), names=(K,),
                   premises=(Premise("Cdef", sp.Eq(C, K + y - 10), "imbalance"),
                             Premise("fdef", sp.Eq(F, 3 + (C if limit else C * K)), "response"),
                             Premise("cond", sp.Eq(C, 0), "balanced")),
                   steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(F, 3)), step),
                   route=Agreement("value", lambda y: 3, points=({"y": "0.25"}, {"y": "0.5"}, {"y": "0.75"})))
    return check_steps(d, 30)[1]["verdict"]


def test_a_declared_name_is_checked_along_the_range_it_is_integrated_or_taken_to_a_limit_over():
    # y ∈ (0, 1) keeps k + y − 10 = 0 only for k ∈ (9, 10): not along (0, 1), not near 0
    assert _load(Real(0, 1), limit=False) == FAILED
    assert _load(Real(0, 1), limit=True) == FAILED
    # y ∈ (0, 20) follows k everywhere there: the honest form is still proved
    assert _load(Real(0, 20), limit=False) in (PROVED, CONFIRMED)
    assert _load(Real(0, 20), limit=True) in (PROVED, CONFIRMED)


def test_the_range_domain_of_a_name_is_the_one_its_assumptions_give():
    line = _range_domain(sp.Symbol("k"), {}, "Integrate")
    assert line.kind == "real" and line.contains(-5) and line.contains(5)
    half = _range_domain(sp.Symbol("k", positive=True), {}, "Limit")
    assert half.kind == "real" and not half.contains(0) and half.contains(3)
    n = sp.Symbol("n", integer=True, nonnegative=True)
    assert _range_domain(n, {}, "Limit").kind == "integer"
    hull = _range_domain(n, {}, "Integrate")  # an integral extends the form to real n
    assert hull.kind == "real" and hull.contains(sp.Rational(1, 2)) and hull.contains(0) and not hull.contains(-1)
    assert _range_domain(K, {K: Real(0, 1)}, "Integrate").hi == 1  # a declared domain is kept


# --- 3. an exact "=" claim is compared exactly ---

def test_an_exact_value_is_equal_to_a_printed_number_only_exactly():
    assert decide(Fraction(10**50 + 1, 10**50), "1", "=", 50) is False
    assert decide(sp.Rational(10**50 + 1, 10**50), "1", "=", 50) is False
    assert decide(Fraction(1, 3), "0." + "3" * 60, "=", 50) is False
    assert decide(Fraction(1, 3), "3^{1/4}", "=", 50) is False  # a rational is no irrational
    assert decide(Fraction(1, 2), "0.5", "=", 50) is True
    assert decide(sp.Integer(2) ** 70, "2^{70}", "=", 50) is True
    assert decide(3, "3", "=", 50) is True
    with mpmath.workdps(60):  # a floating value keeps its tolerance (rechecked finer by _evaluate)
        assert decide(mpmath.mpf(1) + mpmath.mpf(10) ** -55, "1", "=", 50) is True
    assert decide(Fraction(10**50 + 1, 10**50), "1", "≈", 50) is True  # a rounded claim keeps its rounding


def test_an_exact_claim_off_by_a_rational_below_the_working_precision_fails():
    claim = Claim("t.r19.exact", "exactly one", "test", "1", lambda: Fraction(10**50 + 1, 10**50), relation="=")
    record = check_claim(claim, 50)
    assert record["status"] == "failed" and "1.0e-50" in record["note"], record
    same = Claim("t.r19.exact_ok", "exactly one", "test", "1", lambda: Fraction(10**50, 10**50), relation="=")
    assert check_claim(same, 50)["status"] == "verified"
