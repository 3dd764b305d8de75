r"""LaTeX front end, review 12: what may stand beside a claim is a whitelist; a d-fraction's
braces are read through; second-order (and n-th order) partial fractions are read.

* ``\num{0}``, ``\texttt{0}``, ``\nobreak0``, a ``\let`` macro, ``\sqrt{2}`` after a claim, a digit
  before an open ``\mbox{`` around it, ``\right)^{2}`` after it changed the number the page shows
  while the bare one was checked: now anything beside the number that is not known to end it
  (a word, punctuation, a relation, a unit, a gap) is refused, naming it.
* ``\frac{dy}{{dx}}`` was read as y/x with ``d`` declared; it is dy/dx.
* ``\frac{\partial^{2} y}{\partial x^{2}}`` was refused; it is read as ``\frac{d^2 y}{dx^2}``.

The corpus files are ``tests/attacks/r12_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput.printed import beside_claim

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r12_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 14
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 12). Must pass." if control else "% Class "), name
        assert control or "(review 12," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


@pytest.mark.parametrize("after", [
    r"\num{0}", r"\texttt{0}", r"\emph{0}", r"\textsc{0}", r"\underline{0}", r"\makebox[1em]{0}",
    r"\raisebox{1pt}{0}", r"\mathtt{0}", r"\boldsymbol{0}", r"\mathnormal{0}", r"\oldstylenums{0}",
    r"\textcolor{black}{0}", r"{\color{black}0}", r"\nobreak0", r"\-0", r"\unskip0", r"\ignorespaces 0",
    r"\leavevmode0", r"\@0", r"\zero", r"\sqrt{2}", r"\right)^{2}", r")^2", r"\times\num{10}", r"\cdot x", r"\pi",
    r"\SI{0}{\metre}", r"\si{0}", r"\footnote{x}", r"\ref{x}", r"(2)", r"\bigr)^{2}", r"\right|_{x=1}", r"\right)!",
    r"\texttt{\num{0}}", r"\foo{bar}", r"\raisebox{0pt}{\num{0}}", r"\mbox{\,0}", r"\hbox to 1em{0}",
    r"\kern1pt\num{0}", r"\textcolor{red}{\texttt{0}}", r"-\num{3}", r"\right)\times 3", r"\,\,0", r"\mathrm{e}{3}",
    r"\mbox{ 0",
])
def test_anything_after_a_claim_not_known_to_end_its_number_is_refused(after):
    assert beside_claim("the value is ", after) is not None


@pytest.mark.parametrize("before", [
    r"1\mbox{", r"1\texttt{", r"1\textcolor{red}{", r"{\color{red}1}", r"\num{1}", r"\pi", r"2\left(", r"2(",
    r"-\left(", r"\mathrm{1}", r"(x+1)", r"\zero", r"\ref{e}", r"\frac{a}{b}", r"10^{\mathrm{", r"\times\mbox{",
    r"1 \mbox{\textbf{", r"\SI{1}{m}",
])
def test_anything_before_a_claim_not_known_to_end_a_number_is_refused(before):
    assert beside_claim(before, " units") is not None


@pytest.mark.parametrize("before, after", [
    ("is ", r"\,\si{\metre}, as measured."), ("$f = ", "$."), (r"= \left(", r"\right)$ and"),
    ("is ", r"~\unit{\kilo\gram}"), ("is ", r"\,\text{m/s}$"), (r"$f \approx ", r"\quad\text{(exact)}"),
    (r"is \emph{", "} here"), (r"$f(2) \le ", r"\le 6$"), ("is ", " (see above)"), ("$f = ", "\\\\"),
    ("(", "), then"), (r"is \textbf{", "}."), (r"= \bigl(", r"\bigr)."), ("at ", r"^\circ"),
    ("$f = ", r"\,\mathrm{kg}\,\mathrm{m}^{2}$"), (r"\item ", " in"), ("$$f = ", "$$"), (r"\[ f = ", r"\]"),
    ("f &= ", r" \\"), ("values: ", "; next"), ("value---", "---and"), (r"\wcroute[consistency]{a} ", "."),
    (r"{\color{red}is ", "}"), (r"\textcolor{red}{", "} units"), (r"$x \longrightarrow ", "$"), (r"\therefore ", ""),
    ("is ", r" \Longrightarrow x"), (r"$f \coloneqq ", "$"),
])
def test_ordinary_material_beside_a_claim_passes(before, after):
    assert beside_claim(before, after) is None


def test_the_refusal_names_what_stands_beside_the_number():
    assert r"\num{0}" in beside_claim("", r"\num{0} units")
    assert r"\right)^" in beside_claim(r"\left(", r"\right)^{2}")
    assert r"\ref{e}" in beside_claim(r"see \ref{e}", "")


def _names():
    import sympy

    from verify.texinput.mathparse import NameTable
    names = NameTable()
    for tex in ("x", "t", "d"):  # d declared: a d-fraction's d must never be read as it
        key = names.declare(tex)
        names.params[key] = sympy.Symbol(key, real=True)
    names.defined.add("y")
    names.functions["y"] = (names.params["x"], names.params["t"])
    return names


@pytest.mark.parametrize("text, order", [
    (r"\frac{dy}{{dx}}", 1), (r"\frac{dy}{d{x}}", 1), (r"\frac{dy}{{d}x}", 1), (r"\frac{dy}{{{d}}{x}}", 1),
    (r"\frac{{dy}}{{dx}}", 1), (r"\frac{{d}y}{{d}x}", 1), (r"\frac{dy}{\mathrm d x}", 1), (r"\frac{dy}{{\rm d}x}", 1),
    (r"\frac{dy}{\operatorname{d}x}", 1), (r"\frac{dy}{\mathrm{d}x}", 1), (r"\frac{\partial y}{\partial x}", 1),
    (r"\frac{\partial^{2} y}{\partial x^{2}}", 2), (r"\frac{\partial^2 y}{\partial x^2}", 2),
    (r"\frac{d^{2}y}{dx^{2}}", 2), (r"\frac{d^2 y}{d x^2}", 2), (r"\frac{\partial^3 y}{\partial x^3}", 3),
    (r"\frac{\partial^{2}}{\partial x^{2}} y", 2), (r"\frac{d^{2}y}{{dx}^{2}}", 2),
    (r"\frac{\partial^{2}y}{\partial{x}^{2}}", 2), (r"\frac{{\rm d}y}{{\rm d}x}", 1), (r"\frac{\mathrm d y}{\mathrm d x}", 1),
    (r"\frac{dy}{{d}\,{x}}", 1), (r"\frac{{d^2}y}{{dx^2}}", 2), (r"\frac{d{}y}{d{}x}", 1),
])
def test_braced_and_partial_d_fractions_read_as_derivatives(text, order):
    import sympy

    from verify.texinput.mathparse import parse_math
    names = _names()
    x, t = names.params["x"], names.params["t"]
    assert parse_math(text, names) == sympy.Derivative(sympy.Function("y")(x, t), (x, order))


@pytest.mark.parametrize("text, why", [
    (r"\frac{\partial^2 y}{\partial x}", "same order"), (r"\frac{\partial y}{\partial x^{2}}", "same order"),
    (r"\frac{d^{2} y}{{dx}}", "same order"), (r"\frac{\partial^2 y}{\partial x \partial t}", "mixed partial"),
    (r"\frac{d^2 y}{{d^2}x}", "one name after d"), (r"\frac{d y}{d x d x}", "one name after d"),
    (r"\frac{\partial y}{d x}", "partial"), (r"\frac{d y}{\partial x}", "partial"),
])
def test_mismatched_or_mixed_d_fractions_are_refused(text, why):
    from verify.texinput.mathparse import MathError, parse_math
    with pytest.raises(MathError, match=why):
        parse_math(text, _names())


def test_a_mixed_partial_reads_as_one_derivative_of_another():
    import sympy

    from verify.texinput.mathparse import parse_math
    names = _names()
    x, t = names.params["x"], names.params["t"]
    got = parse_math(r"\frac{\partial}{\partial x}\frac{\partial y}{\partial t}", names)
    assert got == sympy.Derivative(sympy.Function("y")(x, t), t, x)


@pytest.mark.parametrize("before, after", [
    ("is ", r"\,\si{\percent}"), ("is ", r"\si{\num{0}}"), ("is ", r"\si{0}"), ("is ", ":30"), ("is ", "'2"),
    ("is ", "e"), ("$f = ", "$e"), ("is ", "-x"), ("is ", "+x"), ("is ", r"\relax" * 20), ("3,", ""), ("5:", ""),
    ("5'", ""), (r"1\makebox[1cm]{", "}"), (r"\left[x\right]", ""), (r"\relax" * 20, ""),
])
def test_a_figure_a_percent_or_more_than_the_context_beside_a_claim_is_refused(before, after):
    assert beside_claim(before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("is ", r"\,\si{m^{2}}"), ("is ", r"\,\si{\metre\squared}"), ("is ", r"\,\unit{\kilo\metre}"),
    ("is ", r"\,\si{m.s^{-1}}"), ("is ", " --- a"), ("3, ", ", 7"), (r"see~\cite{a}", ""), ("\\\\[2pt] ", ""),
    (r"\item[a)] ", ""),
])
def test_units_lists_citations_and_labels_beside_a_claim_pass(before, after):
    assert beside_claim(before, after) is None


@pytest.mark.parametrize("before, after", [
    ("is ", r"\wcby{x}0"), ("is ", r"\wcskip0"), ("is ", r"\wcpremise[x]{a}\wcname{b}0"), ("is ", r"\wcid{0}"),
    ("is ", r"\wcclaim[=]{f(x), x = 2}{5}$"), (r"$\wcclaim[=]{f(x), x = 1}{3}", "."), (r"0\wcby{x}", ""),
])
def test_wallchecks_own_commands_beside_a_claim_are_read_as_they_print(before, after):
    assert beside_claim(before, after) is not None  # \wcby prints nothing, \wcclaim its number


@pytest.mark.parametrize("before, after", [
    ("is ", r" \wcby{x}"), (r"\wcroute[consistency]{1 - a}" + "\nThe value is $", "$."),
    ("is ", r"\wcby{\frac{1}{2}} units"),
])
def test_wallchecks_own_commands_that_print_nothing_beside_a_claim_pass(before, after):
    assert beside_claim(before, after) is None


def test_a_word_in_any_script_ends_a_number_a_unicode_figure_does_not():
    assert beside_claim("il vaut à ", " unités") is None and beside_claim("is ", "-été") is None
    for before, after in (("is ", "²"), ("½", ""), ("is ", "(½)"), ("is ", "⁰")):
        assert beside_claim(before, after) is not None, (before, after)


@pytest.mark.parametrize("before, after", [
    ("is ", r"\enspace 000"), ("is ", r"\quad 0"), ("is ", r"\nonumber 0"), ("is ", r"\notag0"),
    (r"\operatorname{sign}", ""), ("1\\quad ", ""),
])
def test_a_wide_space_or_a_tag_switch_does_not_separate_digits_and_a_function_name_is_refused(before, after):
    assert beside_claim(before, after) is not None  # 5 000 is a digit group; sign 5 a function's value


@pytest.mark.parametrize("before, after", [("is ", r" \quad and"), ("$f = ", r"\quad (x = 2)$"), ("$f = ", r"\tag{3}$")])
def test_a_wide_space_before_words_or_a_tag_passes(before, after):
    assert beside_claim(before, after) is None


@pytest.mark.parametrize("before, after, refused", [
    (r"$f = \boxed{", "}$.", False), (r"$f = \fbox{", "}", False), (r"1\boxed{", "}", True), ("is ", r"\boxed{0}", True),
    (r"$f = \boxed{", "}^{2}$", True),
])
def test_a_boxed_claim_is_read_through_its_box(before, after, refused):
    assert (beside_claim(before, after) is not None) == refused


@pytest.mark.parametrize("before, after, refused", [
    ("is ", "x", True), ("is ", "$m", True), ("is ", r"\mathrm{m}", True), ("$x", "", True),
    ("is ", "th place", False), ("is ", " m", False), ("is ", r"\,\mathrm{m}", False), ("x ", "", False),
])
def test_a_single_letter_glued_to_the_number_is_a_product_a_spaced_one_a_unit(before, after, refused):
    assert (beside_claim(before, after) is not None) == refused
