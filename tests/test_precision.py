"""Certified evaluation (issue 7): arb ball arithmetic, exact parameters, clear errors at the edges."""

from __future__ import annotations

import importlib.util
from fractions import Fraction
from pathlib import Path

import flint
import mpmath
import pytest
import sympy as sp

import derivations
from derivations import Derivation, Param, Premise, Real, Rewrite
from derivations._model import EvaluationError
from derivations._precision import arb_compile, arb_exact, arb_ipow, exact_rational, TOO_BIG

ROOT = Path(__file__).resolve().parents[1]


def _reference(d: Derivation, dps: int, **params: object) -> mpmath.mpf:
    """The derived value by adaptive mpmath at twice the digits (independent of arb). Not SymPy's
    ``N``: it returns 2·10⁴⁰ for the tanh density at y = 1 − 10⁻⁴⁰, whose value is 8·10⁻⁵⁰⁸²⁵."""
    with mpmath.workdps(2 * dps + 20):
        return d._adaptive(2 * dps + 20, d.validate(params), params)


def _agree(value: mpmath.mpf, reference: mpmath.mpf, dps: int) -> bool:
    with mpmath.workdps(2 * dps + 20):
        return abs(value - reference) <= abs(reference) * mpmath.mpf(10) ** (-dps)


def test_running_exponent_next_to_p_equal_one():
    """Issue 7: at p = 1 − 10⁻⁶⁰ the value is 2.6457·10⁻⁶¹, not 0.0."""
    d = derivations.get("pedestal.running_exponent")
    p = 1 - Fraction(1, 10**60)
    value = d.evaluate(dps=20, x="0.5", p=p, alpha="1/3")
    assert mpmath.nstr(value, 5) == "2.6457e-61"
    assert _agree(value, _reference(d, 20, x="0.5", p=p, alpha="1/3"), 20)
    assert d.certifiable


def test_x_crit_next_to_p_equal_one_is_a_number():
    d = derivations.get("pedestal.x_crit")
    p = 1 - Fraction(1, 10**60)
    value = d.evaluate(dps=20, p=p, alpha_c="1/3")
    assert _agree(value, _reference(d, 20, p=p, alpha_c="1/3"), 20)  # (p/(1 − p))³ ≈ 10¹⁸⁰


@pytest.mark.parametrize("dps", [15, 50, 300, 1000])
def test_certified_values_match_sympy_at_twice_the_precision(dps):
    for ident, params in [("pedestal.p_crit", {"N": 10**300, "alpha_c": "1/3"}),
                          ("llm.resource_factor", {"F": "3/2", "alpha": Fraction(1, 10**3)}),
                          ("jacobian.tanh_density", {"y": 1 - Fraction(1, 10**40), "w": "1/10", "b": -2}),
                          ("rou.gaussian", {"p": 10**4}),
                          ("softmax.crowding", {"N": 10**6, "delta": Fraction(1, 10**300), "tau": 6})]:
        d = derivations.get(ident)
        assert _agree(d.evaluate(dps=dps, **params), _reference(d, dps, **params), dps), (ident, dps)


def test_exact_zero_is_zero():
    d = derivations.get("turbulence.beta_model")
    assert d.evaluate(dps=30, d_F=2, D=3) == 0  # h = 1/3 − (D − d_F)/3 = 0 exactly


def test_evaluate_10000_digits_is_fast_and_certified():
    d = derivations.get("pedestal.running_exponent")
    value = d.evaluate(dps=10_000, x="1/2", p="1/3", alpha="1/3")
    assert _agree(value, _reference(d, 10_000, x="1/2", p="1/3", alpha="1/3"), 10_000)


def _tiny(expr, domain=None) -> Derivation:
    """A one-step user derivation whose value is ``expr`` in the positive symbol ``x``."""
    x = Param("x", domain or Real(0, None))
    y = sp.Symbol("y")
    form = sp.Eq(y, expr(x.symbol))
    return Derivation(id="mine.tiny", title="tiny", source="test", symbols=(x,), parameters=("x",),
                      premises=(Premise("def", form, "definition"),), steps=(Rewrite(expect=form),))


def test_an_undefined_value_raises_a_clear_value_error():
    d = _tiny(lambda x: 1 / (x - 1))
    assert d.certifiable
    with pytest.raises(EvaluationError) as info:
        d.evaluate(dps=20, x=1)
    assert isinstance(info.value, ValueError) and isinstance(info.value, derivations.DerivationError)
    assert "mine.tiny" in str(info.value) and "x=1" in str(info.value)
    assert not isinstance(info.value, ZeroDivisionError)


def test_a_complex_value_raises_a_clear_value_error():
    d = _tiny(lambda x: sp.log(1 - x))
    with pytest.raises(EvaluationError, match="not a real number|undefined"):
        d.evaluate(dps=20, x=2)


def test_tiny_values_are_numbers_and_exact_zeros_are_zero():
    d = _tiny(lambda x: sp.exp(-x))  # e^{−10⁹} ≈ 10^(−4.3·10⁸): far below floats, fine in ball arithmetic
    with mpmath.workdps(60):
        assert _agree(d.evaluate(dps=20, x=10**9), mpmath.exp(-mpmath.mpf(10**9)), 20)
    e = _tiny(lambda x: x - sp.sqrt(x**2))  # exactly 0 for x > 0: SymPy decides
    assert e.evaluate(dps=20, x="1/3") == 0


def test_evaluator_entries_are_labelled_not_certified():
    d = derivations.get("rou.cauchy_truncated")
    assert not d.certifiable and "not certified" in d.evaluation_method
    assert d.evaluate(dps=30, p=4, Lambda=10) > 0


def test_chinchilla_at_tiny_exponents():
    """Issue 7: a user's Chinchilla allocation at α = β = 10⁻¹⁰⁰ is not 1.0."""
    spec = importlib.util.spec_from_file_location("chinchilla_for_precision", ROOT / "examples" / "chinchilla.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    d = module.chinchilla
    params = {n: 1 for n in d.parameters}
    params.update(alpha=Fraction(1, 10**100), beta=Fraction(1, 10**100))
    value = d.evaluate(dps=20, **params)  # with A = B = C = 1 and α = β: (6^{−β})^{1/(2β)} = 6^{−1/2}
    with mpmath.workdps(60):
        assert d.certifiable and _agree(value, 1 / mpmath.sqrt(mpmath.mpf(6)), 20)


def test_arb_building_blocks():
    assert arb_exact(mpmath.mpf(-3) / 7).is_exact()
    assert (arb_ipow(flint.arb(0, 1e-3), 2)).contains(0)  # python-flint's ** gives NaN here
    x = sp.Symbol("x")
    assert exact_rational(x**(10**9 * x), {x: 3}) is TOO_BIG
    f = arb_compile(x**sp.Rational(2, 3), [x])
    assert f([flint.arb(8)]).overlaps(flint.arb(4))
