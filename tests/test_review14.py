"""Review 14 (issue 16, items 1, 3 and 5): which variables hold a condition, definitions that are
conditions, and the Fourier certificate's scan.

* A variable holds a condition only where it moves the condition's zero set: an integer cannot follow
  a continuous move, a factor that never vanishes, a branch where the condition cannot hold, or an
  integral or a sum that does not depend on it leave the other variable pinned
  (:mod:`derivations._holders`).
* ``∂h/∂x = 2`` where ``h`` is defined is a condition on the definition, in any order; two
  definitions through each other are an equation to prove (:func:`derivations._definitions.defining_premises`).
* The scan reaches out to ``10^8`` on a side without an end, and covers two parameters jointly.
"""

from __future__ import annotations

import sympy as sp

from derivations import Derivation, Differentiate, Param, Premise, Real, Integer, SolveFor
from derivations._context import pinning_condition, premise_constraints, premise_definitions
from derivations._definitions import defining_premises
from derivations._holders import condition_holders
from verify.certify_series import SCAN_JOINT, SCAN_POINTS, _scan_points

x, y, n, t = sp.symbols("x y n t")
f, z, h, a, b = sp.symbols("f z h a b")


def test_a_variable_holds_a_condition_only_where_it_moves_its_zero_set():
    real = {x: Real(0, 2), y: Real(-1, 1), n: Integer(1, 10)}
    assert condition_holders((x - sp.Rational(1, 2)) * (1 + y**2), {x, y}, {x, y}, real) == {x}
    step = sp.Piecewise((1, y < 0), (y + 5, True))
    assert y not in condition_holders(sp.exp(x) + step - 4, {x, y}, {x, y}, real)
    inside = sp.Integral(sp.sin(y * t)**2 + sp.cos(y * t)**2, (t, 0, 1))
    assert condition_holders(sp.exp(x) + inside - 4, {x, y}, {x, y}, real) == {x}
    assert condition_holders(sp.exp(x) + y - 3, {x, y}, {x, y}, {x: Real(0, 2), y: Real(0, 2)}) == {x, y}
    saturating = sp.exp(x) + sp.Min(y, 1) - 2  # y moves it on (0, 1) only: a holder there
    assert y in condition_holders(saturating, {x, y}, {x, y}, {x: Real(-1, 1), y: Real(0, 10)})


def _constraints(premises, params, domains):
    names, definitions = premise_definitions(premises, params), {}
    defines = defining_premises(premises, params)
    return [c for i, (p, d) in enumerate(zip(premises, defines))
            for c in premise_constraints(f"p{i}", p, params, definitions, names, domains, d)]


def test_an_integer_holds_a_condition_for_a_move_in_steps_not_for_a_derivative():
    (c,) = _constraints([sp.Eq(z, sp.exp(x) + n), sp.Eq(z, 3)], {x, n}, {x: Real(0, 1), n: Integer(1, 10)})
    assert c.discrete == {n}
    assert pinning_condition(x, [c], 3 * x, {}, continuous=True) == c  # d/dx: n cannot follow
    assert pinning_condition(x, [c], 3 * x, {}, continuous=False) is None  # x → value: n may change with it


def test_a_value_of_a_derivative_of_a_defined_name_is_a_condition_in_any_order():
    premises = [sp.Eq(sp.Derivative(h, x), 2), sp.Eq(h, x**2 + y**2)]
    assert defining_premises(premises, {x, y}) == [False, True]
    (c,) = _constraints(premises, {x, y}, {x: Real(0, 2), y: Real(0, 2)})
    assert sp.simplify(c.condition - (2 * x - 2)) == 0 and c.variables == {x}


def test_two_definitions_through_each_other_are_an_equation_to_prove():
    assert defining_premises([sp.Eq(a, b + 1), sp.Eq(b, a + 1)], {x}) == [True, False]
    # a name defined through a value of itself is still a definition (Q(t) = Q(0) e^{-t})
    Q = sp.Function("Q")
    assert defining_premises([sp.Eq(Q(t), Q(0) * sp.exp(-t))], {t}) == [True]


def test_an_unknown_function_of_the_variable_holds_its_implicit_equation():
    """x² + y(x)² = R²: y(x) moves with x, so d/dx is allowed (implicit differentiation), and the
    derivative may be written out (2x + 2y y' = 0)."""
    Y = sp.Function("Y")
    x_, R_ = Param("x", Real(0, 1)), Param("R", Real(sp.Rational(3, 2), sp.Rational(7, 2)))
    X, RR = x_.symbol, R_.symbol
    d = Derivation(
        id="user.implicit_circle", title="slope of a circle", source="test", symbols=(x_, R_), parameters=("x", "R"),
        premises=(Premise("circle", sp.Eq(X**2 + Y(X)**2, RR**2), "the curve"),),
        steps=(Differentiate(X, expect=sp.Eq(2 * X + 2 * Y(X) * sp.Derivative(Y(X), X), 0)),
               SolveFor(sp.Derivative(Y(X), X), expect=sp.Eq(sp.Derivative(Y(X), X), -X / Y(X)))))
    from verify.checker import check_derivation
    result = check_derivation(d, 30)
    assert result["steps"][0]["verdict"] == "proved", result["steps"][0]


def test_the_scan_reaches_far_along_an_unbounded_side_and_covers_two_parameters_jointly():
    th, p = sp.symbols("theta p")
    one = _scan_points([p], {p: Real(0, None)}, "seed")
    values = sorted(float(q[p]) for q in one)
    assert len(one) == SCAN_POINTS and values[-1] > 1e7
    assert any(900 < v < 1100 for v in values)  # between the far points 10², 10⁴ (review 14's bump at 10³)
    two = _scan_points([th, p], {th: Real(0, 2 * sp.pi), p: Real(0, 1)}, "seed")
    assert len(two) == SCAN_JOINT
    box = [q for q in two if abs(float(q[th]) - 2) < 0.05 and abs(float(q[p]) - 0.6) < 0.03]
    assert box  # the joint box of review 14 (0.016 × 0.06 of the domain)
