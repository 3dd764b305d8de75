r"""LaTeX front end, review 2: five ways a marked-up ``.tex`` file got a false statement proved.

Each attack (from /work/review2, copied here so the test stands alone) must now be refused
with one message at the file's line, or checked and failed; its control must pass:

1. a macro redefined after the derivation (``\newcommand{\K}{2}`` ... ``\renewcommand{\K}{3}``);
2. ``\def\K{2}`` then ``\renewcommand{\K}{3}`` (\def used to win whatever the order);
3. ``\renewcommand{\frac}[2]{{#2}/{#1}}`` (a macro with arguments was skipped silently);
4. ``2x + 0{,}5`` read as ``2x + 0`` (the parser stopped at the comma and dropped the rest);
5. ``\wcclaim{h, d = 2.8}{...}`` with 2.8 read as a binary float, not the decimal 28/10.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given
from hypothesis import strategies as st

from verify.__main__ import main
from verify.texinput import load_tex
from verify.texinput.mathparse import MathError, NameTable, parse_math

HEAD = "\\documentclass{article}\n\\usepackage{amsmath,wallcheck}\n"

SLOPE = r"""\begin{document}
\begin{wccheck}{review2.tex.%(id)s}{Slope of a power}
\wcsymbol{x > 0}
\begin{equation}
f(x) = x^{\K} \wcpremise{law}
\end{equation}
\begin{equation}
f'(x) = %(slope)s \wcby{differentiate in x}
\end{equation}
\end{wccheck}
%(after)s
\end{document}
"""

MACRO_REDEFINED_LATER = HEAD + "\\newcommand{\\K}{2}\n" + SLOPE % {
    "id": "macro_redefined_later", "slope": "3x^{2}", "after": "\\renewcommand{\\K}{3}"}
MACRO_REDEFINED_LATER_OK = HEAD + "\\newcommand{\\K}{3}\n" + SLOPE % {
    "id": "macro_redefined_later_ok", "slope": "3x^{2}", "after": ""}
DEF_THEN_RENEWCOMMAND = HEAD + "\\def\\K{2}\n\\renewcommand{\\K}{3}\n" + SLOPE % {
    "id": "def_then_renewcommand", "slope": "2x", "after": ""}

FRAC_REDEFINED = HEAD + r"""\renewcommand{\frac}[2]{{#2}/{#1}}
\begin{document}
\begin{wccheck}{review2.tex.frac_redefined}{Inverting a product}
\wcsymbol{0 < p < 1}\wcsymbol{N > 0}
\wcassume[the crossover]{crossover}{p N = 1}
\begin{equation}
N = \frac{1}{p} \wcfrom{crossover}\wcby{solve for N}
\end{equation}
\end{wccheck}
\end{document}
"""

HALF_SQUARE = HEAD + r"""\begin{document}
\begin{wccheck}{review2.tex.%(id)s}{Slope of a square}
\wcsymbol{x > 0}
\begin{equation}
f(x) = %(law)s \wcpremise{law}
\end{equation}
\begin{equation}
f'(x) = %(slope)s \wcby{differentiate in x}
\end{equation}
\end{wccheck}
\end{document}
"""
DECIMAL_COMMA = HALF_SQUARE % {"id": "decimal_comma", "law": "x^{2}", "slope": "2x + 0{,}5"}
DECIMAL_COMMA_OK = HALF_SQUARE % {"id": "decimal_comma_ok", "law": r"0{,}5\,x^{2}", "slope": "x"}

HURST = HEAD + r"""\begin{document}
\begin{wccheck}{review2.tex.%(id)s}{The Hurst exponent of the beta model}
\wcsymbol{2 < d \le 3}
\begin{equation}
h = \frac{d-2}{3} \wcpremise{beta}
\end{equation}
\begin{equation}
h = \frac{d}{3} - \frac{2}{3}
\end{equation}
For $d = 2.8$, $h \approx \wcclaim{h, d = 2.8}{%(printed)s}$.
\end{wccheck}
\end{document}
"""
# h(2.8) = 4/15 = 0.26666...; its 16-digit rounding is ...667. The binary float 2.8 gave ...666.
CLAIM_BINARY_INPUT = HURST % {"id": "claim_binary_input", "printed": "0.2666666666666666"}
CLAIM_BINARY_INPUT_OK = HURST % {"id": "claim_binary_input_ok", "printed": "0.2666666666666667"}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(tmp_path: Path, text: str) -> tuple[int, str]:
    """The one error loading ``text`` gives: (its line, its message); nothing is built."""
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert found == []
    assert len(errors) == 1
    return errors[0].line, errors[0].message


# -- 1-3: macros --------------------------------------------------------------------------------

def test_a_macro_redefined_after_the_derivation_is_refused_naming_both_lines(tmp_path):
    line, message = _refusal(tmp_path, MACRO_REDEFINED_LATER)
    assert line == 8  # the first row that uses \K
    assert "\\K is defined 2 times" in message and "lines 3, 14" in message


def test_def_then_renewcommand_is_refused_naming_both_lines(tmp_path):
    line, message = _refusal(tmp_path, DEF_THEN_RENEWCOMMAND)
    assert line == 9
    assert "\\K is defined 2 times" in message and "lines 3, 4" in message


def test_a_macro_defined_once_is_expanded(tmp_path):
    found, errors = load_tex(_write(tmp_path, "paper.tex", MACRO_REDEFINED_LATER_OK))
    assert errors == []
    x = found[0].param("x").symbol
    assert found[0].premises[0].expr.rhs == x**3


@pytest.mark.parametrize("definition, name", [
    (r"\renewcommand{\frac}[2]{{#2}/{#1}}", r"\frac"),
    (r"\renewcommand{\sqrt}{\frac}", r"\sqrt"),
    (r"\let\cdot\times", r"\cdot"),
    (r"\def\alpha{\beta}", r"\alpha"),
    (r"\DeclareMathOperator{\log}{lg}", r"\log"),
    (r"\renewcommand*\left{}", r"\left"),
])
def test_a_redefined_command_the_checker_reads_is_refused_at_its_line(tmp_path, definition, name):
    used = {r"\frac": r"\frac{1}{p}", r"\sqrt": r"\frac{1}{\sqrt{p^2}}", r"\cdot": r"1 \cdot \frac{1}{p}",
            r"\alpha": r"\frac{1}{p}", r"\log": r"\frac{1}{p}", r"\left": r"\left(\frac{1}{p}\right)"}[name]
    text = FRAC_REDEFINED.replace(r"\renewcommand{\frac}[2]{{#2}/{#1}}", definition)
    text = text.replace(r"N = \frac{1}{p} \wcfrom", f"N = {used} \\wcfrom")
    if name in (r"\alpha", r"\log"):  # read in a declaration rather than a row
        text = text.replace(r"\wcsymbol{N > 0}", r"\wcsymbol{N > 0}\wcsymbol{0 < \alpha < 1}" if name == r"\alpha"
                            else r"\wcsymbol{N > 0}\wcassume{logs}{\log N = \log N}")
    line, message = _refusal(tmp_path, text)
    assert line == 3
    assert f"redefines {name}," in message


def test_a_redefinition_the_checker_never_reads_is_left_to_the_paper(tmp_path):
    """``\\renewcommand{\\epsilon}{\\varepsilon}`` in a preamble is common: it only matters where the
    checker reads ``\\epsilon``, so a file that never does still loads."""
    text = FRAC_REDEFINED.replace(r"\renewcommand{\frac}[2]{{#2}/{#1}}", r"\renewcommand{\epsilon}{\varepsilon}")
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert errors == [] and [d.id for d in found] == ["review2.tex.frac_redefined"]


@pytest.mark.parametrize("definition, why", [
    (r"\newcommand{\K}[1]{#1}", "takes arguments"),
    (r"\def\K#1{#1}", "takes arguments"),
    (r"\let\K\relax", "takes arguments or is not"),
    (r"\DeclareMathOperator{\K}{K}", "takes arguments or is not"),
])
def test_a_macro_that_cannot_be_expanded_is_refused_where_it_is_read(tmp_path, definition, why):
    text = MACRO_REDEFINED_LATER_OK.replace(r"\newcommand{\K}{3}", definition)
    line, message = _refusal(tmp_path, text)
    assert line == 8 and why in message


def test_a_macro_used_before_its_only_definition_is_refused(tmp_path):
    text = MACRO_REDEFINED_LATER_OK.replace("\\newcommand{\\K}{3}\n", "").replace(
        "\\end{document}", "\\newcommand{\\K}{3}\n\\end{document}")
    line, message = _refusal(tmp_path, text)
    assert line == 7 and "defined only at line" in message


def test_a_macro_defined_twice_but_not_read_by_the_checker_is_harmless(tmp_path):
    text = MACRO_REDEFINED_LATER_OK.replace(r"\newcommand{\K}{3}", "\\newcommand{\\K}{3}\n\\newcommand{\\T}{a}"
                                            "\n\\renewcommand{\\T}{b}\n\\newcommand{\\U}[1]{#1}")
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert errors == [] and len(found) == 1


# -- 4-5: numerals --------------------------------------------------------------------------------

def test_the_decimal_comma_is_an_exact_decimal():
    names = NameTable()
    x = sp.Symbol("x")
    assert parse_math("2x + 0{,}5", names, allow_new=True) == 2 * x + sp.Rational(1, 2)
    assert parse_math(r"3{,}25\,x", names, allow_new=True) == sp.Rational(13, 4) * x
    assert parse_math("0{,}125", names) == sp.Rational(1, 8)  # a leading 0 is no thousands group


@pytest.mark.parametrize("tex, why", [
    ("2x + 0,5", "comma between digits"),      # bare comma: LaTeX prints "0, 5"
    ("1,000 x", "comma between digits"),       # the parser read this as 1000
    ("1{,}000 x", "ambiguous"),                # a thousand, or one, in European typesetting
    ("1{,}000{,}000", "ambiguous"),
    ("2x + y, z", "reads only the beginning"),  # a top-level comma: the rest was dropped
    ("x^2.5", "first digit"),                  # TeX raises only the 2
])
def test_a_row_the_parser_would_cut_short_is_refused(tex, why):
    with pytest.raises(MathError, match=why):
        parse_math(tex, NameTable(), allow_new=True)


@given(st.integers(0, 10**12), st.text("0123456789", min_size=1, max_size=25))
def test_a_decimal_numeral_is_read_exactly(whole, digits):
    value = parse_math(f"{whole}.{digits}", NameTable())
    assert value == sp.Rational(f"{whole}.{digits}")
    assert isinstance(value, sp.Rational)


def test_a_decimal_before_parentheses_is_a_factor():
    x = sp.Symbol("x")
    assert parse_math("2.5(x + 1)", NameTable(), allow_new=True) == sp.Rational(5, 2) * (x + 1)


def test_a_domain_bound_is_the_decimal_written():
    from fractions import Fraction

    from verify.texinput.build import parse_domain
    _, domain = parse_domain(r"0 < p < 0.3333333333333333", NameTable())
    assert domain.hi == Fraction(3333333333333333, 10**16)  # not nsimplify's guess 1/3


def test_the_attacks_fail_and_the_controls_pass_through_the_cli(tmp_path, capsys):
    paths = [_write(tmp_path, f"{name}.tex", text) for name, text in [
        ("decimal_comma", DECIMAL_COMMA), ("decimal_comma_ok", DECIMAL_COMMA_OK),
        ("claim_binary_input", CLAIM_BINARY_INPUT), ("claim_binary_input_ok", CLAIM_BINARY_INPUT_OK),
        ("macro_ok", MACRO_REDEFINED_LATER_OK)]]
    report_path = tmp_path / "r.json"
    assert main([*map(str, paths), "-q", "--properties", "0", "--json", str(report_path)]) == 1
    report = json.loads(report_path.read_text())
    verdicts = {d["id"]: d["verdict"] for d in report["derivations"]}
    assert verdicts == {
        "review2.tex.decimal_comma": "failed",          # 2x + 1/2 is not the slope of x^2
        "review2.tex.decimal_comma_ok": "proved",
        "review2.tex.claim_binary_input": "failed",     # 4/15 rounds to ...667, not ...666
        "review2.tex.claim_binary_input_ok": "proved",
        "review2.tex.macro_redefined_later_ok": "proved",
    }


def test_the_refusals_through_the_cli_are_one_line_each_with_exit_1(tmp_path, capsys):
    paths = [_write(tmp_path, f"{name}.tex", text) for name, text in [
        ("later", MACRO_REDEFINED_LATER), ("def", DEF_THEN_RENEWCOMMAND), ("frac", FRAC_REDEFINED)]]
    assert main([*map(str, paths), "-q", "--properties", "0"]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert len(errors) == 3
    assert any("later.tex:8: \\K is defined 2 times" in e for e in errors)
    assert any("def.tex:9: \\K is defined 2 times" in e for e in errors)
    assert any("frac.tex:3: \\renewcommand redefines \\frac" in e for e in errors)
