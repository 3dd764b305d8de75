r"""LaTeX front end, review 5: the checker reads what TeX typesets, or refuses naming the construct and the line.

* one token after ``^``/``_`` (``x^23`` prints x²3, ``e^2x`` e²x, ``a_12`` a₁2, ``e^-x`` e⁻x, ``x^2^3`` is
  a TeX error): refused where the source and the page read differently;
* ``\providecommand`` of a name LaTeX already defines does nothing (``\hbar`` keeps its meaning), nor
  does one of a name defined earlier; ``\newcommand`` of such a name is a TeX error, refused where read;
* ``\iffalse``/``\iftrue``/``\if00`` branches and comment environments are dropped as TeX drops them; a
  derivation inside or around a conditional the text does not settle (``\ifx``, ``\ifdefined``...) is refused;
* a number beside a fraction (``1\frac{1}{2}``, ``\frac{1}{2}3``), spacing between digits (``2\,3``);
* rows: ``\\*`` and ``\\[2pt]`` are not part of the next row, ``\\ [x]`` (a space before) is.

The corpus files are ``tests/attacks/r5_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from verify.texinput import load_tex
from verify.texinput.conditionals import drop_comment_environments, drop_untypeset
from verify.texinput.macros import definitions_in
from verify.texinput.markup import ScanError
from verify.texinput.mathparse import MathError, NameTable, parse_math
from verify.texinput.scanner import scan

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r5_tex_*.tex"))
X, Y = sp.Symbol("x", positive=True), sp.Symbol("y", positive=True)


def _names() -> NameTable:
    names = NameTable()
    names.params.update({"x": X, "y": Y})
    return names


# -- the corpus ----------------------------------------------------------------------------------

def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 28
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 5). Must pass." if control else "% Class F (review 5"), name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


# -- one token after ^ and _ ---------------------------------------------------------------------

@pytest.mark.parametrize("tex, why", [
    ("x^23", "write x^{23} or x^{2}3"), ("x^ 23", "x^{23}"), ("x^2 3", "x^{23}"), ("x^22", "x^{22}"),
    ("x^ab", "x^{ab} or x^{a}b"), ("e^2x", "e^{2x} or e^{2}x"), ("e^x2", "e^{x2}"), ("x_12", "x_{12} or x_{1}2"),
    ("N_crit", "N_{crit}"), ("e^-x", "e^{-x"), ("x^-1", "x^{-1"), ("x^(2)", "x^{(2)"), (r"x^\frac12", r"x^{\frac"),
    (r"x^\sqrt{2}", "braces"), ("x^2^3", "double superscript"), ("x^{2}^{3}", "double superscript"),
    ("x_1_2", "double subscript"), ("x^", "nothing after it"),
])
def test_a_script_tex_reads_otherwise_is_refused(tex, why):
    with pytest.raises(MathError, match="TeX|nothing") as info:
        parse_math(tex, _names(), allow_new=True)
    assert why in str(info.value)


@pytest.mark.parametrize("tex, value", [
    ("x^2", X**2), ("x^{23}", X**23), ("x^{2}3", 3 * X**2), ("x^2 y", X**2 * Y), (r"x^\alpha", X**sp.Symbol("alpha")),
    ("2^{3}4", 32), ("e^{-x}", sp.exp(-X)), ("x ^ 2", X**2), ("x_1^2", sp.Symbol("x_1")**2),
    (r"\lim_{x \to 0^+} x", sp.Limit(X, X, 0, "+")), (r"\int_0^1 x^2 dx", sp.Integral(X**2, (X, 0, 1))),
    (r"\sum_{k=1}^{3} k", sp.Sum(sp.Symbol("k"), (sp.Symbol("k"), 1, 3))), ("2 3", 23), (r"\frac12 x", X / 2),
    (r"2\frac{x}{4}", X / 2), (r"x^2\frac{1}{2}", X**2 / 2), (r"2 \cdot \frac{1}{2}", 1), (r"15\,\sigma", None),
])
def test_what_tex_and_the_source_read_alike_still_reads(tex, value):
    got = parse_math(tex, _names(), allow_new=True)
    if value is not None:
        assert got == value or sp.simplify((got - value).doit()) == 0, (tex, got)


# -- numbers beside fractions, spacing between digits ---------------------------------------------

@pytest.mark.parametrize("tex, why", [
    (r"1\frac{1}{2}x", "mixed number"), (r"1\tfrac12 x", "mixed number"), (r"3 \dfrac{1}{4}", "mixed number"),
    (r"1.5\frac{1}{2}", "mixed number"), (r"1\,\frac{1}{2}", "apart|mixed"), (r"\frac123", r"\\frac\{1\}\{23\}"),
    (r"\frac{1}{2}3", "fraction beside a number"), (r"2\,3", "apart"), ("2~3", "apart"), (r"2\!3", "apart"),
    (r"2\;3", "apart"), (r"2\quad 3", "apart"), (r"2\hspace{1pt}3", "apart"),
])
def test_a_number_beside_a_fraction_or_spaced_digits_are_refused(tex, why):
    with pytest.raises(MathError, match=why):
        parse_math(tex, _names(), allow_new=True)


# -- \providecommand and \newcommand of a name that has a meaning ----------------------------------

def test_a_providecommand_of_a_defined_name_is_no_definition():
    text = r"\providecommand{\hbar}{1}\providecommand{\alpha}{2}\newcommand{\K}{2}\providecommand{\K}{3}" \
           r"\providecommand{\L}{4}\providecommand*{\frac}{5}"
    assert [(d.name, d.body) for d in definitions_in(text)] == [(r"\K", "2"), (r"\L", "4")]


PHOTON = r"""\documentclass{article}
%(pre)s
\begin{document}
\begin{wccheck}{r5.photon}{Photon energy}
\wcsymbol{\omega > 0}
\begin{equation}
E(\omega) = %(rhs)s \wcpremise{planck}
\end{equation}
\begin{equation}
E'(\omega) = %(slope)s \wcby{differentiate in \omega}
\end{equation}
\end{wccheck}
\end{document}
"""


@pytest.mark.parametrize("pre, rhs, line, why", [
    (r"\newcommand{\hbar}{1}", r"\hbar\omega", 2, r"\newcommand redefines \hbar, which LaTeX already defines"),
    (r"\newcommand{\Re}{1}", r"\Re\omega", 2, r"redefines \Re"),
    (r"\providecommand{\hbar}{1}", r"\hbar\omega", 7, r"\hbar is not mathematics the checker reads"),
])
def test_a_name_latex_defines_keeps_its_meaning(tmp_path, pre, rhs, line, why):
    path = tmp_path / "paper.tex"
    path.write_text(PHOTON % {"pre": pre, "rhs": rhs, "slope": "1"}, encoding="utf-8")
    found, errors = load_tex(path)
    assert found == [] and len(errors) == 1 and errors[0].line == line and why in errors[0].message


def test_a_newcommand_of_a_latex_name_the_checker_never_reads_is_left_to_the_paper(tmp_path):
    path = tmp_path / "paper.tex"
    path.write_text(PHOTON % {"pre": r"\newcommand{\hbar}{1}", "rhs": r"2\omega", "slope": "2"}, encoding="utf-8")
    found, errors = load_tex(path)
    assert errors == [] and len(found) == 1


# -- what TeX skips -------------------------------------------------------------------------------

BLOCK = "\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n%s\n\\end{wccheck}\n"
ROWS = "\\begin{equation}\ny = x \\wcpremise{p}\n\\end{equation}\n"


def _rows(src: str) -> list[tuple[int, str]]:
    return [(i.line, i.text) for b in scan(src).blocks for i in b.items if i.kind == "row"]


@pytest.mark.parametrize("wrap, rows", [
    ("\\iffalse\n%s\\fi", []), ("\\iftrue\n%s\\fi", [(5, r"y = x \wcpremise{p}")]),
    ("\\iffalse\n\\else\n%s\\fi", [(6, r"y = x \wcpremise{p}")]), ("\\iftrue\n\\else\n%s\\fi", []),
    ("\\if01\n%s\\fi", []), ("\\if 00\n%s\\fi", [(5, r"y = x \wcpremise{p}")]), ("\\unless\\iffalse\n%s\\fi",
                                                                                  [(5, r"y = x \wcpremise{p}")]),
    ("\\iffalse\n\\ifx\\a\\b\n\\else\n%s\\fi\n\\fi", []), ("\\begin{comment}\n%s\\end{comment}", []),
    ("%% \\begin{comment}\n%s%% \\end{comment}", [(5, r"y = x \wcpremise{p}")]),
    ("\\excludecomment{draft}\n\\begin{draft}\n%s\\end{draft}", []),
    ("\\includecomment{comment}\n\\begin{comment}\n%s\\end{comment}", [(6, r"y = x \wcpremise{p}")]),
])
def test_text_tex_skips_is_not_read_and_lines_stay_the_files(wrap, rows):
    assert _rows(BLOCK % (wrap % ROWS)) == rows


@pytest.mark.parametrize("wrap, construct, line", [
    ("\\ifdefined\\draft\n%s\\fi", r"\ifdefined", 3), ("\\ifx\\a\\b\n%s\\else\\fi", r"\ifx", 3),
    ("\\newif\\ifshow\n\\ifshow\n%s\\fi", r"\ifshow", 4), ("\\ifnum\\value{page}>1\n%s\\fi", r"\ifnum", 3),
    ("\\ifthenelse{\\boolean{draft}}{\n%s}{}", r"\ifthenelse", 3), ("\\iftoggle{draft}{\n%s}{}", r"\iftoggle", 3),
    ("\\ifcase\\n\n%s\\or\\fi", r"\ifcase", 3), ("\\ifdefined\\draft\n%s", r"\ifdefined", 3),
])
def test_a_conditional_the_text_does_not_settle_is_refused_around_what_is_read(wrap, construct, line):
    with pytest.raises(ScanError) as info:
        scan(BLOCK % (wrap % ROWS))
    assert info.value.line == line and info.value.message.startswith(construct)


def test_a_conditional_away_from_what_is_read_changes_nothing():
    src = "\\ifdefined\\draft\\else\\newcommand{\\draft}{}\\fi\n" + BLOCK % ROWS + "\\ifx\\a\\b text \\fi\n"
    assert _rows(src) == [(5, r"y = x \wcpremise{p}")]
    assert _rows(BLOCK % "\\begin{equation}\np \\iff q \\wcpremise{p}\n\\end{equation}") == [(4, r"p \iff q \wcpremise{p}")]


def test_a_macro_defined_inside_an_undecided_conditional_is_refused_where_read():
    src = "\\ifdefined\\draft\n\\newcommand{\\K}{2}\n\\fi\n" + BLOCK % ROWS.replace("y = x", "y = \\K x")
    with pytest.raises(ScanError, match=r"definition of \\K"):
        scan(src)


@pytest.mark.parametrize("src, line, why", [
    ("a\n\\begin{comment}\nb\n", 2, "never closed"), ("\\begin{comment}\nb \\end{comment}\n", 2, "start of its line"),
])
def test_a_comment_environment_tex_reads_unclearly_is_refused(src, line, why):
    with pytest.raises(ScanError, match=why) as info:
        drop_comment_environments(src)
    assert info.value.line == line


def test_skipped_text_keeps_the_line_count():
    src = "a\n\\begin{comment}\nb\nc\n\\end{comment}\n\\iffalse\nd\n\\fi\ne\n"
    text, undecided = drop_untypeset(src)
    assert text.count("\n") == src.count("\n") and undecided == []
    assert [line.strip() for line in text.split("\n")] == ["a", "", "", "", "", "", "", "", "e", ""]


# -- rows -----------------------------------------------------------------------------------------

def test_a_starred_row_break_and_its_spacing_are_not_part_of_the_next_row():
    src = BLOCK % "\\begin{align}\ny &= x \\\\*[2pt]\n&= 2x \\\\[1ex]\n&= 3x \\\\*\n&= 4x\n\\end{align}"
    assert [t for _, t in _rows(src)] == ["y &= x", "&= 2x", "&= 3x", "&= 4x"]


def test_a_bracket_after_a_space_begins_the_next_row_as_amsmath_reads_it():
    src = BLOCK % "\\begin{align}\ny &= x \\\\ [x + 1]^{2} &= z\n\\end{align}"
    assert [t for _, t in _rows(src)] == ["y &= x", "[x + 1]^{2} &= z"]


# -- verbatim text and the upright e ----------------------------------------------------------------

@pytest.mark.parametrize("wrap, rows", [
    ("\\begin{verbatim}\n%s\\end{verbatim}", []), ("\\begin{lstlisting}\n%s\\end{lstlisting}", []),
    ("%% \\begin{verbatim}\n%s%% \\end{verbatim}", [(5, r"y = x \wcpremise{p}")]),
    ("\\verb|\\begin{comment}|\n%s", [(5, r"y = x \wcpremise{p}")]),
])
def test_verbatim_text_is_printed_not_read(wrap, rows):
    assert _rows(BLOCK % (wrap % ROWS)) == rows


@pytest.mark.parametrize("src, why", [("\\begin{verbatim}\nx\n", "never closed"), ("\\verb|x\n|", "not closed")])
def test_verbatim_text_tex_reads_unclearly_is_refused(src, why):
    with pytest.raises(ScanError, match=why):
        drop_untypeset(src)


def test_the_upright_e_is_eulers_number_unless_e_is_also_a_symbol():
    assert parse_math(r"\mathrm{e}^{x}", _names()) == sp.exp(X)
    assert parse_math(r"\frac{\mathrm{d}}{\mathrm{d}x} x^{2}", _names()).doit() == 2 * X
    names = _names()
    names.params["e"] = sp.Symbol("e", positive=True)
    assert parse_math(r"e^{x}", names) == names.params["e"]**X
    with pytest.raises(MathError, match=r"\\mathrm\{e\} is Euler's number"):
        parse_math(r"\mathrm{e}^{x}", names)


# -- a superscript on a function's name before its argument ------------------------------------------

@pytest.mark.parametrize("tex", ["f^{-1}(x)", "g^{2}(x)", "f^{(2)}(x)", r"\phi^{2}(x)", "y_1^{2}(x)", "f^2 (x)"])
def test_a_superscript_on_a_functions_name_before_its_argument_is_refused(tex):
    with pytest.raises(MathError, match="superscript on the name"):
        parse_math(tex, _names(), allow_new=True)


@pytest.mark.parametrize("tex, value", [
    ("x^{2}(1 - x)", X**2 * (1 - X)), ("e^{x}(1 + x)", sp.exp(X) * (1 + X)), (r"\sin^{2}(x)", sp.sin(X)**2),
    ("(x + 1)^{2}(x - 1)", (X + 1)**2 * (X - 1)), ("2^{x}(x)", 2**X * X),
    (r"f^{\prime}(x)", sp.Derivative(sp.Function("f")(X), X)),
])
def test_a_power_before_parentheses_that_reads_one_way_still_reads(tex, value):
    assert parse_math(tex, _names(), allow_new=True) == value


# -- commands the grammar would read as symbols of their name; \limits ----------------------------------

@pytest.mark.parametrize("tex, name", [
    (r"1 + 2 + \cdots + x", r"\cdots"), (r"x + \ldots", r"\ldots"), (r"\vert x \vert", r"\vert"), (r"\pm x", r"\pm"),
    (r"x \mid y", r"\mid"), (r"\partial x", r"\partial"),
])
def test_a_command_the_grammar_reads_as_a_symbol_is_refused(tex, name):
    with pytest.raises(MathError, match="read by SymPy's LaTeX parser as a symbol") as info:
        parse_math(tex, _names(), allow_new=True)
    assert str(info.value).startswith(name)


def test_limits_only_places_the_bounds():
    k = sp.Symbol("k")
    assert parse_math(r"\sum\limits_{k=1}^{3} k", _names(), allow_new=True) == sp.Sum(k, (k, 1, 3))
    assert parse_math(r"\frac{\partial}{\partial x} x^{2}", _names()).doit() == 2 * X


# -- a macro's body is typeset where the macro is used, not where it is defined -------------------------

def test_a_display_in_a_macros_body_is_no_row_where_it_stands():
    body = "\\newcommand{\\aside}{\n\\begin{equation}\nz = 0\n\\end{equation}\n}\n" + ROWS
    assert _rows(BLOCK % body) == [(9, r"y = x \wcpremise{p}")]


@pytest.mark.parametrize("definition", [
    "\\newcommand{\\old}{\\begin{equation} y = 2x \\wcpremise{p} \\end{equation}}",
    "\\def\\old#1{\\wcsymbol{#1 > 0}}", "\\NewDocumentCommand{\\old}{m}{\\wcclaim{x}{#1}}",
])
def test_wallcheck_markup_in_a_macros_body_is_refused(definition):
    with pytest.raises(ScanError, match=r"the body of \\old .* holds wallcheck markup") as info:
        scan(definition + "\n" + BLOCK % ROWS)
    assert info.value.line == 1


def test_the_packages_own_commands_pasted_into_a_preamble_are_no_markup():
    assert _rows("\\providecommand{\\wcpremise}[1]{\\wcname{#1}}\n" + BLOCK % ROWS) == [(5, r"y = x \wcpremise{p}")]
