"""Review 3, calculus slice: counting conditions on every rule, the smoothness allow-list, integer
parameters, pinning through chains, inequality premises, and SolveInequality's certificate."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import (AddBoth, Agreement, Derivation, Differentiate, Integer, JacobianMatrix, Limit, LogBoth,
                         Param, Positive, Premise, Real, SolveInequality, Substitute)
from derivations._context import describe_constraint, pinning_condition, premise_constraints
from derivations._domains import Choice
from derivations._rules_base import RuleError
from derivations._rules_calculus import _continuous_in
from derivations._rules_smoothness import algebraic_in, smoothness_conditions
from verify.checker import check_steps

x_, y_, n_ = Param("x", Real(-1, 1)), Param("y", Real(-1, 1)), Param("n", Integer(-5, 5))
x, y, n = x_.symbol, y_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")


def _kinds(obligations):
    return sorted((o.kind, str(o.expr)) for o in obligations)


# -- 1-2: the counting convention on every rule ------------------------------------------------

@pytest.mark.parametrize("rule", [AddBoth(term=1, expect=sp.Eq(f + 1, n + 1)),
                                  Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2**n))])
def test_every_rule_carries_the_range_condition_of_a_sum(rule):
    given = sp.Eq(f, x * sp.Product(2, (k, 1, n))) if isinstance(rule, Differentiate) else sp.Eq(f, sp.Sum(1, (k, 1, n)))
    inference = rule.infer(given, {}, {x: x_.domain, n: n_.domain})
    assert ("true", str(sp.Le(1, n + 1))) in _kinds(inference.obligations)


def test_the_range_condition_appears_once_however_many_forms_hold_the_sum():
    inference = AddBoth(term=1, expect=sp.Eq(f + 1, sp.Sum(1, (k, 1, n)) + 1)).infer(
        sp.Eq(f, sp.Sum(1, (k, 1, n))), {}, {n: n_.domain})
    assert [o.expr for o in inference.obligations].count(sp.Le(1, n + 1)) == 1


# -- 5-7: the smoothness allow-list ----------------------------------------------------------

@pytest.mark.parametrize("expr", [sp.exp(x) * sp.sin(x) / (1 + x**2), sp.erf(x) + sp.cosh(x) ** 3, sp.atan(x),
                                  sp.sqrt(1 + x**2), sp.log(2 + x), sp.arg(1 + sp.I * x), sp.Function("g")(x)])
def test_functions_smooth_where_finite_need_nothing(expr):
    assert smoothness_conditions(expr, x) == []


@pytest.mark.parametrize("expr, kind, cond", [
    (sp.arg(-1 + sp.I * x), "nonzero", x), (sp.acot(x), "nonzero", x), (sp.Abs(x - y), "nonzero", x - y),
    (sp.log(-1 + sp.I * x), "nonzero", x), (sp.sqrt(-1 + sp.I * x), "nonzero", x), (sp.arg(x), "nonzero", x),
    (sp.asin(x / 2), "positive", 1 - x**2 / 4), (sp.Heaviside(x), "nonzero", x)])
def test_functions_smooth_under_a_condition_state_it(expr, kind, cond):
    assert [(o.kind, sp.simplify(o.expr - cond) == 0) for o in smoothness_conditions(expr, x)] == [(kind, True)]


@pytest.mark.parametrize("expr", [sp.SingularityFunction(x, y, 0), sp.floor(x), sp.Piecewise((x, x > 0), (0, True)),
                                  sp.zeta(x + 2), sp.Max(x, y, 0), sp.acoth(x), sp.Sum(k, (k, 1, sp.floor(x))),
                                  sp.atanh(x + sp.I)])
def test_anything_off_the_list_is_refused_naming_it(expr):
    with pytest.raises(RuleError, match="not known to be smooth|not known to be real|not differentiable"):
        smoothness_conditions(expr, x)


def test_a_limit_at_a_symbolic_point_asks_the_conditions_there():
    a_ = Param("a", Real(0, 1))
    rule = Limit(x, a_.symbol, "-", expect=sp.pi)
    inference = rule.infer(sp.Eq(f, sp.arg(-1 + sp.I * (x - a_.symbol))), {}, {x: x_.domain, a_.symbol: a_.domain})
    assert ("nonzero", "0") in _kinds(inference.obligations)  # im(−1 + i(a − a)) = 0: fails


def test_a_jacobian_states_the_differentiability_of_its_components():
    v = sp.MatrixSymbol("v", 2, 1)
    inference = JacobianMatrix(variables=(x, y), expect=sp.ImmutableMatrix([[sp.sign(x), 0], [0, 1]])).infer(
        sp.Eq(v, sp.ImmutableMatrix([sp.Abs(x), y]), evaluate=False), {}, {x: x_.domain, y: y_.domain})
    assert _kinds(inference.obligations) == [("nonzero", "x")]


# -- 4: no calculus in an integer parameter ---------------------------------------------------

def test_calculus_in_a_bounded_integer_or_a_choice_is_refused():
    with pytest.raises(RuleError, match="open set"):
        _continuous_in(n, n**2, {n: n_.domain}, "differentiation")
    with pytest.raises(RuleError, match="open set"):
        _continuous_in(n, n, {n: Choice("low", "high")}, "differentiation")


def test_only_an_algebraic_form_on_unbounded_integers_fixes_its_extension():
    m = sp.Symbol("m", integer=True, positive=True)
    unbounded = {m: Integer(1)}
    _continuous_in(m, 3 / sp.sqrt(m) + m**2, unbounded, "differentiation")
    assert algebraic_in(sp.sqrt(m + 1) / m, m) and not algebraic_in(m + sp.sin(sp.pi * m * (m + 1) / 2), m)
    with pytest.raises(RuleError, match="algebraic"):
        _continuous_in(m, m + sp.sin(sp.pi * m * (m + 1) / 2), unbounded, "differentiation")
    with pytest.raises(RuleError, match="algebraic"):
        _continuous_in(m, 2**m, unbounded, "differentiation")


# -- 3 and the control: pinning through chains; inequalities restrict, they do not pin -------------

def _constraints(*premises):
    defs: dict = {}
    out = frozenset()
    for name, rel in premises:
        out |= premise_constraints(name, rel, {x, y, n}, defs)
    return out


def test_a_chain_of_equations_pins():
    c = pinning_condition(x, _constraints(("pin", sp.Eq(y, 2)), ("tie", sp.Eq(x, y + 1))), sp.Integer(9), {})
    assert c is not None and c.source == "tie" and c.chain == ("pin",)
    assert "together with 'pin'" in describe_constraint(x, c)


def test_a_tie_alone_leaves_its_variable_free_and_an_inequality_pins_nothing():
    assert pinning_condition(x, _constraints(("tie", sp.Eq(x, y + 1))), sp.Integer(9), {}) is None
    assert pinning_condition(x, _constraints(("regime", x > sp.Rational(1, 2))), sp.log(x), {}) is None
    assert pinning_condition(x, _constraints(("pin", sp.Eq(x, sp.Rational(1, 2)))), sp.log(x), {}) is not None


def _regime(value):
    p_ = Param("x", Positive())
    p = p_.symbol
    return Derivation(id="t.regime", title="t", source="s", symbols=(p_,),
                      premises=(Premise("regime", p > 1, "above threshold"),),
                      steps=(LogBoth(expect=sp.log(p) > 0),
                             Substitute(mapping={p: value},
                                        expect=sp.StrictGreaterThan(sp.log(value), 0, evaluate=False))),
                      route=Agreement("t", lambda: 0, points=({},)))


def test_a_specialization_inside_an_inequality_premise_passes_and_outside_is_refused():
    inside = check_steps(_regime(2), 30)[1]
    assert inside["verdict"] == "proved", inside
    outside = check_steps(_regime(sp.Rational(1, 2)), 30)[1]
    assert outside["verdict"] == "failed" and "leaves premise 'regime'" in outside["method"]


# -- 11: SolveInequality re-derives a linear inequality, and SymPy's answer otherwise is uncertified -----

def test_a_linear_inequality_is_re_derived_with_the_signs_it_rests_on():
    a, d = sp.Symbol("a", positive=True), sp.Symbol("d")
    out = SolveInequality(d, expect=d > a).infer(sp.Lt(a, -3 * d), {}, {})
    assert out.output == sp.Lt(d, -a / 3) and out.obligations == []
    c = sp.Symbol("c")
    # A coefficient of unknown sign: taken as the written direction needs, and that sign is the obligation.
    out = SolveInequality(d, expect=d > a / c).infer(sp.Lt(a, c * d), {}, {})
    assert out.output == sp.Gt(d, a / c) and _kinds(out.obligations) == [("positive", "c")]
    out = SolveInequality(d, expect=d < a / c).infer(sp.Lt(a, c * d), {}, {})
    assert out.output == sp.Lt(d, a / c) and _kinds(out.obligations) == [("positive", "-c")]


def test_a_nonlinear_inequality_is_uncertified():
    out = SolveInequality(x, expect=x < sp.pi).infer(sp.sin(x) > 0, {}, {x: Real(0, 10)})
    assert [o.kind for o in out.obligations] == ["uncertified"]


def test_a_chain_through_a_transcendental_pin_pins_and_an_identity_in_a_sum_bound_does_not():
    c = pinning_condition(x, _constraints(("pin", sp.Eq(sp.sin(y), sp.Rational(1, 2))), ("tie", sp.Eq(x, y + 1))),
                          sp.Integer(9), {})
    assert c is not None and c.chain == ("pin",)
    identity = sp.Eq(sp.Sum(k * y, (k, 0, n - 1)), y * sp.Sum(k, (k, 0, n - 1)))  # true for every n
    assert pinning_condition(x, _constraints(("linearity", identity), ("tie", sp.Eq(x, n + y))), y, {}) is None


# -- found while fixing: the checker's own evaluation of derivatives and sums (verify/symbolic.py) ------

def test_the_checker_evaluates_a_derivative_only_where_the_expression_is_smooth():
    from verify.symbolic import symbolic_zero
    kink = sp.Derivative(sp.Abs(x), x) - sp.sign(x)
    assert symbolic_zero(kink, {x: x_.domain}) is None
    assert symbolic_zero(kink, {x: Real(0, 1)}) is not None  # x ≠ 0 is proved there
    assert symbolic_zero(sp.Derivative(x**3, x) - 3 * x**2, {x: x_.domain}) is not None


def test_a_sum_in_the_form_evaluates_the_sums_and_nothing_else():
    from verify.symbolic import symbolic_zero
    domains = {x: x_.domain, n: Integer(1, 5)}
    count = sp.Sum(1, (k, 1, n))
    assert symbolic_zero(sp.Derivative(sp.Abs(x), x) + count - sp.sign(x) - n, domains) is None
    assert symbolic_zero(sp.Derivative(x**2, x) + count - 2 * x - n, domains) is not None
    assert symbolic_zero(sp.Sum(sp.Sum(1, (k, 1, n)), (sp.Symbol("j", integer=True), 1, n)) - n**2, domains)


def test_linear_equations_that_together_fix_a_variable_pin_it():
    z = sp.Symbol("z", real=True)
    defs: dict = {}
    cs = premise_constraints("sum", sp.Eq(x, y + z), {x, y, z}, defs) | \
        premise_constraints("total", sp.Eq(y + z, 2), {x, y, z}, defs)
    c = pinning_condition(x, cs, sp.Integer(4), {})
    assert c is not None and c.source == "sum" and c.chain == ("total",)
    assert pinning_condition(x, premise_constraints("sum2", sp.Eq(x, y + z), {x, y, z}, {}), sp.Integer(4), {}) is None


def test_a_denominator_negative_on_the_domain_flips_the_direction():
    out = SolveInequality(x, expect=x < 1).infer((x - 1) / (x - 2) > 0, {}, {x: Real(0, 1)})
    assert out.output == sp.Lt(x, 1) and _kinds(out.obligations) == [("positive", "2 - x")]


def test_a_name_is_a_real_quantity_for_the_cut_conditions():
    L = sp.Function("L")
    assert smoothness_conditions(sp.log(L(x)), x) == []
    assert _kinds(smoothness_conditions(sp.arg(L(x)), x)) == [("nonzero", "L(x)")]


def test_a_band_of_inequalities_restricts():
    band = sp.And(x > sp.Rational(1, 4), x < sp.Rational(3, 4))
    assert pinning_condition(x, _constraints(("band", band)), sp.log(x), {}) is None
    assert pinning_condition(x, _constraints(("mixed", sp.And(x > 0, sp.Eq(x, sp.Rational(1, 2))))), sp.log(x), {}) is not None
