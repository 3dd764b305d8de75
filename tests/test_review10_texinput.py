r"""LaTeX front end, review 10: a d-fraction reads the same whatever the names are.

``\frac{d\tau}{d\theta}`` was stopped by SymPy's parser ("expected '}'"): a Greek letter (or a
subscripted name, ``x_1``) is a placeholder the parser's differential ``d`` + one letter did not
take. Now ``\frac{d\tau}{d\theta}``, ``\frac{\mathrm{d}\tau}{\mathrm{d}\theta}``,
``\frac{d}{d\theta}\tau``, ``\frac{d^2\tau}{d\theta^2}`` read as ``\frac{dy}{dx}`` does, as do
``\int … d\theta`` and ``f|_{\theta=0}``; ``\frac{d\ln y}{d\ln x}`` is x·(ln y)' (it was read as y/x);
orders that disagree (``\frac{d^2 y}{dx}``) are refused; a bare ``d`` before a name elsewhere
(``m\,d x``) is the product d·x, as typeset, so ``d`` must be declared.

The corpus files are ``tests/attacks/r10_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy

from verify.texinput.mathparse import MathError, NameTable, parse_math

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r10_tex_*.tex"))


def _names(declare_d: bool = False) -> NameTable:
    names = NameTable()
    for tex in [r"\theta", "m", "x", "x_1"] + (["d"] if declare_d else []):
        key = names.declare(tex)
        names.params[key] = sympy.Symbol(key, real=True)
    for name, var in (("tau", "theta"), ("y", "x")):
        names.defined.add(name)
        names.functions[name] = (names.params[var],)
    return names


def _read(text: str, declare_d: bool = False):
    names = _names(declare_d)
    return parse_math(text, names), names


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 4
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 10). Must pass." if control else "% Class "), name
        assert control or "(review 10," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


@pytest.mark.parametrize("declare_d", [False, True])
@pytest.mark.parametrize("text", [
    r"\frac{d\tau}{d\theta}", r"\frac{d \tau}{d \theta}", r"\frac{\mathrm{d}\tau}{\mathrm{d}\theta}",
    r"\frac{d}{d\theta}\tau", r"\frac{d}{d\theta}\tau(\theta)", r"\frac{d\tau(\theta)}{d\theta}",
    r"\dfrac{d\tau}{d\theta}",
])
def test_a_greek_d_fraction_reads_as_a_latin_one(text, declare_d):
    expr, names = _read(text, declare_d)
    theta = names.params["theta"]
    assert expr == sympy.Derivative(sympy.Function("tau")(theta), theta)
    latin, names = _read(text.replace(r"\tau", "y").replace(r"\theta", "x"), declare_d)
    x = names.params["x"]
    assert latin == sympy.Derivative(sympy.Function("y")(x), x)


def test_a_subscripted_variable_and_a_second_derivative():
    expr, names = _read(r"\frac{dy}{dx_1}")
    assert expr == sympy.Derivative(sympy.Function("y")(names.params["x"]), names.params["x_1"])
    theta = names.params["theta"]
    for text in (r"\frac{d^2\tau}{d\theta^2}", r"\frac{d^{2} \tau}{d \theta^{2}}", r"\frac{d^2}{d\theta^2}\tau",
                 r"\frac{d}{d\theta}\frac{d}{d\theta}\tau"):
        assert _read(text)[0] == sympy.Derivative(sympy.Function("tau")(theta), (theta, 2)), text


def test_the_d_fraction_is_one_factor():
    expr, names = _read(r"2\frac{d\tau}{d\theta} m + m")
    theta, m = names.params["theta"], names.params["m"]
    d = sympy.Derivative(sympy.Function("tau")(theta), theta)
    assert sympy.simplify(expr - (2 * m * d + m)) == 0
    assert _read(r"\frac{d\tau}{d\theta}^2")[0] == d ** 2


def test_an_integral_in_a_greek_or_subscripted_differential():
    expr, names = _read(r"\int_0^1 \theta \, d\theta")
    assert expr.doit() == sympy.Rational(1, 2)
    assert _read(r"\int_0^1 x_1 \, \mathrm{d}x_1")[0].doit() == sympy.Rational(1, 2)


@pytest.mark.parametrize("text", [r"\frac{d^2 y}{dx}", r"\frac{dy}{dx^2}", r"\frac{d^2\tau}{d\theta^3}",
                                  r"\frac{d-2}{dx}", r"\frac{dy}{dx dt}"])
def test_a_d_fraction_whose_orders_disagree_is_refused(text):
    with pytest.raises(MathError, match="not a derivative the checker reads|one name after d"):
        _read(text, declare_d=True)


def test_a_logarithmic_derivative_is_x_times_the_derivative_of_its_log():
    expr, names = _read(r"\frac{d\ln\tau}{d\ln\theta}")
    theta = names.params["theta"]
    assert expr == theta * sympy.Derivative(sympy.log(sympy.Function("tau")(theta)), theta)
    x = names.params["x"]
    elasticity = x * sympy.Derivative(sympy.log(sympy.Function("y")(x)), x)
    assert _read(r"\frac{\mathrm{d}\ln y}{\mathrm{d}\ln x}")[0] == elasticity
    with pytest.raises(MathError, match="not a derivative the checker reads"):
        _read(r"\frac{d}{d\ln x} y")  # was read as y/x before review 10: d ln y / d ln x cancelled the d's


def test_an_evaluation_bar_evaluates_at_the_variable_whatever_its_name():
    expr, names = _read(r"\frac{d\tau}{d\theta}\Big|_{\theta=0}")
    theta = names.params["theta"]
    assert expr == sympy.Subs(sympy.Derivative(sympy.Function("tau")(theta), theta), theta, 0)
    x = names.params["x"]
    assert _read(r"\frac{dy}{dx}\Big|_{x=1}")[0] == sympy.Subs(sympy.Derivative(sympy.Function("y")(x), x), x, 1)


def test_the_variable_reads_the_same_everywhere_in_the_row():
    expr, names = _read(r"\frac{d\tau}{d\theta} = \sin\theta + \theta^{2} + \theta(1+m) + \tau(\theta)")
    theta, m, tau = names.params["theta"], names.params["m"], sympy.Function("tau")(names.params["theta"])
    assert sympy.simplify(expr.rhs - (sympy.sin(theta) + theta**2 + theta * (1 + m) + tau)) == 0
    with pytest.raises(MathError, match="ambiguous product"):
        _read(r"\frac{d\tau}{d\theta} = \theta(m)")


def test_a_bare_d_is_the_symbol_d_as_typeset():
    expr, names = _read(r"m d\theta", declare_d=True)
    assert expr == names.params["d"] * names.params["m"] * names.params["theta"]
    assert _read(r"m d x", declare_d=True)[0] == names.params["d"] * names.params["m"] * names.params["x"]
    assert _read(r"\frac{1}{d\theta}", declare_d=True)[0] == 1 / (names.params["d"] * names.params["theta"])
    for text in (r"m d\theta", r"m d x", r"\frac{dx}{3}"):
        with pytest.raises(MathError, match="undeclared symbol d"):
            _read(text)


def test_no_alias_reaches_a_message():
    with pytest.raises(MathError) as info:
        _read(r"\frac{d^2\tau}{d\theta}")
    assert "wcdvar" not in str(info.value) and "Q_{" not in str(info.value)
