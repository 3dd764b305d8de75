"""Review 5, sums and products: the counting convention (bounds an integer apart, inner ranges under
the enclosing ones) and SymPy's closed forms certified by induction before they count as a proof."""

from __future__ import annotations

import sympy

from derivations import Integer, Real
from derivations._rules_base import bounds_differ_by_integer, sum_conditions
from verify.certify_sums import certified_closed_form, evaluate_sums, inert_sums, linear_form
from verify.symbolic import symbolic_zero

N = sympy.Symbol("N", integer=True, positive=True)
P = sympy.Symbol("p", integer=True, even=True, positive=True)
A = sympy.Symbol("a", real=True, positive=True)
k, i, j = sympy.symbols("k i j", integer=True)


def test_integer_polynomials_of_integers_are_integer_apart():
    assert bounds_differ_by_integer(1, N)[0] is True
    assert bounds_differ_by_integer(0, N * (N + 1) / 2)[0] is True  # integer-valued, not integer coefficients
    assert bounds_differ_by_integer(0, P / 2 - 1)[0] is True  # p even
    assert bounds_differ_by_integer(A, A + 3)[0] is True  # a real start, an integer length
    assert bounds_differ_by_integer(1, i - 2, integers=[i])[0] is True  # an enclosing summation variable


def test_non_integer_lengths_are_refuted_at_a_point_of_the_domain():
    assert bounds_differ_by_integer(1, N / 2) == (False, {N: 1})
    assert bounds_differ_by_integer(0, N**2 / 2)[0] is False
    integral, point = bounds_differ_by_integer(1, A, {A: Real(1, 5)})
    assert integral is False and 1 < point[A] < 5 and not point[A].is_integer
    # An even parameter's domain is honoured: N/2 is refuted, p/4 at p = 2.
    assert bounds_differ_by_integer(1, P / 4, {P: Integer(2, even=True)}) == (False, {P: 2})


def test_undecided_lengths_are_refused_not_guessed():
    x = sympy.Symbol("x")  # no assumption, no domain
    assert bounds_differ_by_integer(1, x) == (None, None)
    assert bounds_differ_by_integer(1, sympy.sqrt(N))[0] in (None, False)


def _kinds(obligations):
    return [(o.kind, o.expr) for o in obligations]


def test_sum_conditions_refuse_a_real_bound_and_a_half_bound():
    obs = sum_conditions(sympy.Sum(1, (k, 1, A)), domains={A: Real(1, 5)})
    assert ("true", sympy.false) in _kinds(obs)
    assert any("differ by an integer" in o.text for o in obs)
    obs = sum_conditions(sympy.Product(k, (k, 1, N / 2)))
    assert ("true", sympy.false) in _kinds(obs) and any("N = 1" in o.text for o in obs)
    assert not any("integer" in o.text for o in sum_conditions(sympy.Sum(k, (k, 1, N))))


def test_inner_range_holds_under_the_enclosing_range():
    triangle = sympy.Sum(sympy.Sum(1, (j, 1, i)), (i, 1, N))
    conds = [o.expr for o in sum_conditions(triangle) if o.kind == "true"]
    assert all(sympy.simplify(c) is sympy.true for c in conds)  # not tested at i = -10 (nothing left to test)
    empty = sympy.Sum(sympy.Sum(1, (j, 1, i - 2)), (i, 1, N))
    texts = [o.text for o in sum_conditions(empty) if o.kind == "true" and o.expr.has(N) is False]
    inner = [o for o in sum_conditions(empty) if "i - 2" in o.text and o.kind == "true"]
    assert inner and "for i = 1…N" in inner[0].text
    # For N ≥ 3 the inner range 1…i−2 is reversed at i = 1: the condition is false there.
    assert inner[0].expr.xreplace({N: 3}) is sympy.false
    assert texts is not None


def test_closed_forms_are_certified_by_induction():
    assert certified_closed_form(sympy.Sum(k**2, (k, 1, N)), {}) == N**3 / 3 + N**2 / 2 + N / 6
    assert certified_closed_form(sympy.Product(k, (k, 1, N)), {}) == sympy.factorial(N)
    assert evaluate_sums(sympy.Sum(sympy.Sum(1, (j, 1, i)), (i, 1, N)), {}) == N**2 / 2 + N / 2


def test_sympy_15943_is_not_certified():
    # Σ_{k=0}^{n} C(n, k)(n − k)!: SymPy's doit gives e·n!; the kernel leaves the sum unevaluated.
    s = sympy.Sum(sympy.binomial(N, k) * sympy.factorial(N - k), (k, 0, N))
    assert evaluate_sums(s, {}) == s
    assert symbolic_zero(s - sympy.E * sympy.factorial(N), {N: Integer(1, 50)}) is None


def test_a_wrong_doit_is_caught_by_the_induction(monkeypatch):
    m = sympy.Symbol("m", integer=True, positive=True)
    monkeypatch.setattr(sympy.Sum, "doit", lambda self, **hints: self.limits[0][2] ** 2)  # Σ_{k=1}^{M} k = M²?
    assert certified_closed_form(sympy.Sum(k, (k, 1, m)), {}) is None


def test_non_integer_length_is_never_evaluated():
    # SymPy's simplify evaluates Σ_{k=1}^{N/2} 1 − N/2 to 0 by Karr's extension: not a proof.
    assert symbolic_zero(sympy.Sum(1, (k, 1, N / 2)) - N / 2, {N: Integer(1, 100)}) is None
    assert symbolic_zero(sympy.Product(k, (k, 1, A)) - sympy.gamma(A + 1), {A: Real(1, 4)}) is None
    assert symbolic_zero(sympy.Sum(1, (k, 1, N)) - N, {N: Integer(1, 100)}) is not None


def test_fixed_length_ranges_are_added_up():
    lam = sympy.Symbol("Lambda", positive=True)
    s = sympy.Sum((-1) ** j * lam ** (2 * j + 1) / (2 * j + 1), (j, 0, 1))
    assert certified_closed_form(s, {}) == lam - lam**3 / 3


def test_unevaluated_sums_compare_by_linearity_only():
    c = sympy.Symbol("c", positive=True)
    f = sympy.Function("X")
    lhs = sympy.Sum(c**P * f(i) ** P, (i, 1, N))
    rhs = c**P * sympy.Sum(f(i) ** P, (i, 1, N))
    assert linear_form(inert_sums(lhs - rhs)) == 0
    assert symbolic_zero(sympy.Sum((c * f(i)) ** P, (i, 1, N)) - rhs, {}) is not None
    assert symbolic_zero(sympy.Sum(f(i), (i, 1, N)) - sympy.Sum(f(i), (i, 1, N + 1)), {}) is None


def test_direct_summation_refutes_a_wrong_closed_form_far_from_zero():
    from verify.certify_sums import direct_summation_refutes
    s = sympy.Sum(sympy.binomial(N, k) * sympy.factorial(N - k), (k, 0, N))
    # At n = 100 the two sides agree to 160 digits: only the exact difference (−0.0099…) tells them apart.
    bad = direct_summation_refutes(s, sympy.E * sympy.factorial(N), {N: Integer(100, 10**4)}, 50)
    assert bad is not None and bad["N"] == "100" and bad["difference"].startswith("-0.0099")
    name = sympy.Symbol("S")  # the relation form S − Σ vs S − e·n!: the name cancels
    assert direct_summation_refutes(name - s, name - sympy.E * sympy.factorial(N), {N: Integer(100, 10**4)}, 50)
    squares = sympy.Sum(k**2, (k, 1, N))
    assert direct_summation_refutes(squares, N * (N + 1) * (2 * N + 1) / 6, {N: Integer(1, 10**6)}, 50) is None
    # A written decimal agrees up to its rounding; a wrong one does not.
    tenth = sympy.Sum(k / 10, (k, 1, N))
    assert direct_summation_refutes(tenth, sympy.Float("0.05") * N * (N + 1), {N: Integer(1, 99)}, 50) is None
    assert direct_summation_refutes(tenth, sympy.Float("0.05") * N * (N + 2), {N: Integer(1, 99)}, 50) is not None


def test_floor_and_ceiling_bounds_are_integer_apart():
    assert bounds_differ_by_integer(1, sympy.floor(N / 2))[0] is True
    assert bounds_differ_by_integer(sympy.ceiling(A), sympy.floor(A) + 3)[0] is True
    assert symbolic_zero(sympy.Sum(1, (k, 1, sympy.floor(N / 2))) - sympy.floor(N / 2), {N: Integer(1, 100)}) is not None
