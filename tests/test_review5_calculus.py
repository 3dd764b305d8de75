"""Review 5, calculus slice: an operation's certificate at the parameter values where its form
changes (finding D), integrals inside a form must converge (finding C), and the integrals a
derivative leaves evaluated and certified (the Leibniz control)."""

from __future__ import annotations

import sympy as sp

from derivations import (Agreement, Derivation, Differentiate, Integrate, Limit, Param, Premise, Real, SeriesExpand,
                         Substitute)
from derivations._rules_exceptional import (evaluate_integrals, exceptional_values, integrals_converge, poles)
from verify.checker import check_steps

x_, a_ = Param("x", Real(0, 1)), Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
t = sp.Symbol("t", real=True)
f = sp.Symbol("f")
DOMAINS = {x: x_.domain, a: a_.domain}


def _steps(premise, steps, domain=a_.domain, parameters=()):
    """The step verdicts of ``premise`` then ``steps`` (callables of the parameter a), a declared in ``domain``."""
    ap = Param("a", domain)
    premise, steps = premise(ap.symbol), steps(ap.symbol)
    d = Derivation(id="test.review5.calc", title="t", source="test", symbols=(x_, ap), parameters=parameters,
                   premises=(Premise("def", sp.Eq(f, premise), "p"),), steps=steps,
                   route=Agreement("zero", lambda: 0, points=({},)))
    return [s["verdict"] for s in check_steps(d, 30)]


def _kinds(obligations):
    return [(o.kind, o.expr) for o in obligations]


# -- D: the certificate again where the form changes ------------------------------------------

def test_the_exceptional_value_of_a_factor_inside_the_domain_is_found():
    assert exceptional_values([a**2], x, DOMAINS) == [{a: 0}]
    assert exceptional_values([a - sp.Rational(1, 2)], x, DOMAINS) == [{a: sp.Rational(1, 2)}]


def test_a_value_outside_the_domain_or_identically_zero_is_no_exception():
    assert exceptional_values([a - 2, sp.Integer(0) * a], x, DOMAINS) == []


def test_a_limit_is_certified_again_where_its_denominator_vanishes_at_the_point():
    inference = Limit(x, 0, direction="+", expect=0).infer(sp.Eq(f, x / (x + a**2)), {}, DOMAINS)
    again = [o for o in inference.obligations if o.kind == "limit_value" and "also at a = 0" in o.text]
    assert len(again) == 1 and again[0].expr[0] == 1  # x/x at a = 0


def test_a_limit_wrong_at_one_parameter_value_fails():
    assert _steps(lambda a: x / (x + a**2), lambda a: (Limit(x, 0, direction="+", expect=0),))[0] == "failed"


def test_a_limit_right_at_the_exceptional_value_passes():
    assert _steps(lambda a: (a + x) / (1 + x), lambda a: (Limit(x, 0, direction="+", expect=a),
                                      Substitute(mapping={a: 0}, expect=0))) == ["proved", "proved"]


def test_a_limit_with_the_exception_outside_the_domain_passes():
    assert _steps(lambda a: x / (x + a**2), lambda a: (Limit(x, 0, direction="+", expect=0),),
                  domain=Real(sp.Rational(1, 2), 1)) == ["proved"]


def test_a_series_through_a_kink_at_one_parameter_value_fails():
    verdicts = _steps(lambda a: sp.Abs(x - a), lambda a: (SeriesExpand(x, 0, 2, expect=sp.Abs(a) - x * sp.sign(a)),),
                      parameters=("x",))
    assert verdicts[0] == "failed"


def test_a_series_away_from_the_kink_passes():
    assert _steps(lambda a: sp.Abs(x - a), lambda a: (SeriesExpand(x, 0, 2, expect=a - x),), domain=Real(0, 1),
                  parameters=("x",)) == ["proved"]


def test_a_series_through_a_root_at_one_parameter_value_fails():
    # √(x + a²) ≃ |a| to order 1; at a = 0 the remainder √x shrinks like x^½, not x.
    verdicts = _steps(lambda a: sp.sqrt(x + a**2), lambda a: (SeriesExpand(x, 0, 1, expect=sp.Abs(a)),),
                      parameters=("x",))
    assert verdicts[0] == "failed"


def test_a_series_through_a_step_at_one_parameter_value_fails():
    verdicts = _steps(lambda a: 1 + x * sp.Heaviside(x - a),
                      lambda a: (SeriesExpand(x, 0, 2, expect=1 + x * sp.Heaviside(-a)),), parameters=("x",))
    assert verdicts[0] == "failed"


def test_a_limit_at_infinity_is_certified_again_where_a_leading_coefficient_vanishes():
    y_, b_ = Param("y", Real(1, None)), Param("b", Real(0, 1, lo_open=False))
    y, b = y_.symbol, b_.symbol

    def verdicts(premise, value):
        d = Derivation(id="test.review5.inf", title="t", source="test", symbols=(y_, b_), parameters=(),
                       premises=(Premise("def", sp.Eq(f, premise), "p"),), steps=(Limit(y, sp.oo, expect=value),),
                       route=Agreement("zero", lambda: 0, points=({},)))
        return check_steps(d, 30)[0]["verdict"]

    assert verdicts(y / (y + b * y**2), 0) == "failed"  # at b = 0: y/y → 1
    assert verdicts((b * y + 1) / (y + 1), b) == "proved"


def test_poles_are_found_whatever_the_variable_assumes():
    # x declared in (0, 1) is positive: solving in x itself would hide the pole x = −a².
    assert poles(a**2 / (x + a**2)**2, x) == [-a**2]


def test_an_integral_whose_pole_reaches_the_end_at_one_value_is_certified_there():
    inference = Integrate(x, 0, 1, expect=1 / (1 + a**2)).infer(sp.Eq(f, a**2 / (x + a**2)**2), {}, DOMAINS)
    again = [o for o in inference.obligations if o.kind == "integral_value" and "also at a = 0" in o.text]
    assert len(again) == 1 and again[0].expr[0] == 0 and again[0].expr[-1] == 1
    assert _steps(lambda a: a**2 / (x + a**2)**2, lambda a: (Integrate(x, 0, 1, expect=1 / (1 + a**2)),))[0] == "failed"


def test_the_integral_with_the_pole_kept_away_passes():
    assert _steps(lambda a: a**2 / (x + a**2)**2, lambda a: (Integrate(x, 0, 1, expect=1 / (1 + a**2)),),
                  domain=Real(sp.Rational(1, 2), 1)) == ["proved"]


# -- C: an integral inside a form converges ---------------------------------------------------

def test_an_integral_in_a_form_states_its_poles_outside_the_range():
    obligations = integrals_converge(sp.Integral(1 / (t - 1)**2, (t, 0, a)))
    assert [o.kind for o in obligations] == ["true"] and "converges" in obligations[0].text


def test_differentiating_a_definition_by_a_divergent_integral_fails():
    F = sp.Function("F")
    b_ = Param("b", Real(0, 2))
    d = Derivation(id="test.review5.leibniz", title="t", source="test", symbols=(b_,), parameters=(),
                   premises=(Premise("def", sp.Eq(F(b_.symbol), sp.Integral(1 / (t - 1)**2, (t, 0, b_.symbol))), "F"),),
                   steps=(Differentiate(b_.symbol, expect=1 / (b_.symbol - 1)**2),),
                   route=Agreement("zero", lambda: 0, points=({},)))
    assert check_steps(d, 30)[0]["verdict"] == "failed"


def test_specializing_into_a_divergent_integral_fails():
    F = sp.Function("F")
    b_ = Param("b", Real(0, 2))
    b = b_.symbol
    inference = Substitute(mapping={b: sp.Rational(3, 2)}, expect=0).infer(
        sp.Eq(F(b), sp.Integral(1 / (t - 1)**2, (t, 0, b))), {}, {b: b_.domain})
    assert ("true", sp.false) in _kinds(inference.obligations)


# -- the Leibniz control: integrals a derivative leaves, evaluated and certified ------------

def test_an_explicit_integral_is_evaluated_with_its_certificate():
    b_ = Param("b", Real(1, 3))
    b = b_.symbol
    value, obligations = evaluate_integrals(sp.Integral(t * sp.exp(b * t), (t, 0, 1)), {b: b_.domain})
    assert not value.has(sp.Integral)
    assert "integral_value" in [o.kind for o in obligations]


def test_an_integral_of_an_undefined_name_stays():
    g = sp.Function("g")
    value, obligations = evaluate_integrals(sp.Integral(g(t), (t, 0, 1)), DOMAINS)
    assert value.has(sp.Integral) and obligations == []


def test_a_derivative_under_the_integral_sign_written_in_closed_form_is_proved():
    b_ = Param("b", Real(1, 3))
    b = b_.symbol
    F = sp.Symbol("F")
    d = Derivation(id="test.review5.leibniz_exp", title="t", source="test", symbols=(b_,), parameters=(),
                   premises=(Premise("def", sp.Eq(F, sp.Integral(sp.exp(b * t), (t, 0, 1))), "F"),),
                   steps=(Differentiate(b, expect=(sp.exp(b) * (b - 1) + 1) / b**2),),
                   route=Agreement("zero", lambda: 0, points=({},)))
    assert check_steps(d, 30)[0]["verdict"] == "proved"


def test_an_evaluated_integral_is_certified_again_where_its_pole_reaches_an_end():
    value, obligations = evaluate_integrals(sp.Integral(a**2 / (t + a**2)**2, (t, 0, 1)), DOMAINS)
    again = [o for o in obligations if o.kind == "integral_value" and "also at a = 0" in o.text]
    assert len(again) == 1 and again[0].expr[0] == 0


def test_a_complex_pole_that_turns_real_inside_the_range_at_one_value_is_refused():
    # 1/((x − 1/2)² + a²): the poles 1/2 ± i a reach the middle of (0, 1) at a = 0.
    inference = Integrate(x, 0, 1, expect=0).infer(sp.Eq(f, 1 / ((x - sp.Rational(1, 2))**2 + a**2)), {}, DOMAINS)
    assert any(o.kind == "true" and o.expr == sp.false and "also at a = 0" in o.text for o in inference.obligations)
    assert integrals_converge(sp.Integral(1 / ((t - sp.Rational(1, 2))**2 + a**2), (t, 0, 1)), DOMAINS)[-1].expr \
        == sp.false
