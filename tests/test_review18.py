"""Review 18 (issue 16, items 2, 3 and 6): operators SymPy would evaluate unguarded inside a rewrite,
integral transforms as binders, printed numerals read once, and two spellings of one root.

* A limit, an integral, a substitution or a transform left in a form is an opaque symbol for the
  symbolic tactics (``lim_{x→0⁻} 2^{−1/x}`` is not 0 because simplify says so); an integral of a
  polynomial over finite ends is its exact antiderivative difference.
* A Laplace transform binds its variable: a condition on it is not substituted inside, and
  ``ApplyBoth`` does not apply one.
* A claim's tolerance reads the same text as its value (``"- 3.150"``, ``"3.15X10^2"``); a complex
  value is not a printed real.
* Two forms of one root (solve's and solveset's) are one root.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from derivations import ApplyBoth, Real
from derivations._rules_base import RuleError
from derivations._rules_equivalence import bound_entries
from derivations._rules_solve import _same_root
from verify.claims import decide
from verify.symbolic import _polynomial_integral, symbolic_zero

x, s, a, t = sp.symbols("x s a t", positive=True)


def test_an_operator_left_in_a_form_is_never_evaluated_by_the_tactics():
    domains = {a: Real(0, 1)}
    assert symbolic_zero(sp.Limit(2 ** (-1 / x), x, 0, "-"), domains) is None  # SymPy's simplify says 0
    assert symbolic_zero(sp.Integral(1 / (sp.sqrt(2) + sp.cos(x)), (x, 0, 2 * sp.pi)), domains) is None
    same = sp.Limit(sp.sin(x) / x, x, 0)
    assert symbolic_zero(a + same - (same + a), domains) is not None  # the same operator cancels itself


def test_a_polynomial_integral_over_finite_ends_is_evaluated():
    assert _polynomial_integral(sp.Integral(1, (x, 0, s))) and _polynomial_integral(sp.Integral(x**2 * a, (x, 0, 1)))
    assert not _polynomial_integral(sp.Integral(1 / x, (x, 1, s)))
    assert not _polynomial_integral(sp.Integral(x, (x, 0, sp.oo)))
    assert symbolic_zero(sp.Integral(1, (x, 0, a)) ** 2 - a**2, {a: Real(0, 1)}) is not None


def test_an_integral_transform_binds_its_variable():
    relation = sp.Eq(sp.Symbol("F"), sp.LaplaceTransform(x**2, x, s))
    assert bound_entries(relation, x**2) == {x}
    with pytest.raises(RuleError):
        ApplyBoth(fn=sp.Lambda(t, sp.LaplaceTransform(t, x, s)), expect=0)._lambda()


def test_a_claim_reads_its_tolerance_off_the_text_its_value_is_read_from():
    assert decide(mpmath.mpf("-3.17"), "- 3.150", "≈", 30) is False  # ±0.0005, not 1 %
    assert decide(mpmath.mpf("-3.1502"), "- 3.150", "≈", 30) is True
    assert decide(mpmath.mpf(317), "3.15X10^2", "≈", 30) is False
    assert decide(mpmath.mpc("0.5", "0.04"), "0.5", "≈", 30) is False  # complex: no printed real
    assert decide(mpmath.mpc("0.5", "1e-40"), "0.5", "≈", 30) is True  # numerical dust


def test_two_spellings_of_one_root_are_one_root():
    K, d = sp.Symbol("K", integer=True), sp.Symbol("delta")
    from derivations import Integer
    domains = {K: Integer(2, None), d: Real(0, 1)}
    solveset = -sp.log((-1 + 1 / (1 - d)) / (K - 1))
    solve = sp.log((K - 1) * (1 - d) / d)
    assert _same_root(solveset, solve, domains)
    assert not _same_root(solveset, solve + d / 10**6, domains)
