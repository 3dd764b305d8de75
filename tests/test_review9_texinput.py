r"""LaTeX front end, review 9: a claim's printed value is the one number the page shows.

* A: a printed value is read as TeX prints it: one numeral, power or fraction; ``2--3`` (the en
  dash "2–3", a range), ``1-2`` (arithmetic) and ``2---3`` are refused, not evaluated to 5, −1, 5;
* B: nothing typeset right beside a claim may change its number: a digit after it (``{5}0`` prints
  "50"), a sign before it (``-\wcclaim..{5}``), a power of ten after it (``{5.0}\times 10^{3}``),
  an exponent, a percent sign; such a claim is refused (the whole number goes inside the braces);
* C: a printed ``e`` (a letter) is refused when read, in one line, never a traceback.

The corpus files are ``tests/attacks/r9_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from verify.claims import parse_printed
from verify.texinput import load_tex
from verify.texinput.printed import beside_claim, read_printed

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r9_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 10
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 9). Must pass." if control else "% Class "), name
        assert control or "(review 9," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


@pytest.mark.parametrize("text, value", [
    ("5", 5), ("-5", -5), ("- 5", -5), ("−5", -5), ("0.27", Fraction(27, 100)), ("1/3", Fraction(1, 3)),
    ("-1/3", Fraction(-1, 3)), ("10^{-2}", Fraction(1, 100)), ("10^8", 10**8), ("2^{-24}", Fraction(1, 2**24)),
    ("2·10^9", 2 * 10**9), ("2.7 × 10^{3}", 2700), ("1.5E-3", Fraction(3, 2000)), ("3.1500e0", Fraction(63, 20)),
    ("true", True),
])
def test_one_printed_number_is_read(text, value):
    assert parse_printed(text) == value


@pytest.mark.parametrize("text, why", [
    ("2--3", "a range or a dash"), ("2---3", "a range or a dash"), ("2 – 3", "a range or a dash"),
    ("1-2", "not one number"), ("1+2", "not one number"), ("(1/3)", "not one number"), ("2*3", "not one number"),
    ("e", "text or a symbol"), ("\\pi", "text or a symbol"), ("import os", "text or a symbol"),
    ("0/0", "no finite number"), ("10^{99999}", "not one number"),
])
def test_what_is_not_one_printed_number_is_refused(text, why):
    with pytest.raises(ValueError, match=why):
        parse_printed(text)


def test_the_tex_printed_value_is_read_as_tex_prints_it():
    assert read_printed("5.0 \\times 10^{3}") == "5.0 × 10^{3}"
    assert read_printed(" 2.5\\cdot10^{-3} ") == "2.5·10^{-3}"
    for text in ("10^12", "10^-3", "1\\,000"):  # TeX prints 10¹2, 10⁻3, a digit group
        with pytest.raises(ValueError):
            read_printed(text)


@pytest.mark.parametrize("before, after, why", [
    ("f(2) = ", "0$.", "followed by the digit 0"),
    ("f(2) = ", ".5$", "decimal point"),
    ("", "{,}5", "decimal comma"),
    ("f(2) = -", "$.", "preceded by a sign"),
    ("f(2) = \\pm ", "", "preceded by a sign"),
    ("values 2--", "", "preceded by a sign or a dash"),
    ("\\approx ", " \\times 10^{3}$.", "product or a quotient"),
    ("", "\\cdot 10^{3}", "product or a quotient"),
    ("", "/3", "product or a quotient"),
    ("", "^{2}", "power"),
    ("10^{", "}", "raised or lowered"),
    ("", "e3", "exponent"),
    ("", "\\,\\%", "percent"),
    ("", "--7", "range or arithmetic"),
    ("\\sqrt{", "}", "argument of \\sqrt"),
    ("3{,}", "", "preceded by 3{,"),
    ("x = 2", "", "preceded by the digit 2"),
])
def test_material_beside_a_claim_that_changes_its_number_is_refused(before, after, why):
    got = beside_claim(before, after)
    assert got is not None and why in got, got


@pytest.mark.parametrize("before, after", [
    ("is ", ", as expected."), ("$f(2) = ", "$, so"), ("$f(2) = ", "\\,\\mathrm{m}$"), ("", " m/s"),
    ("", "^{\\circ}$"), ("", " \\pm 0.1$"), ("", "-fold"), ("pages 2--3 --- ", " --- as"), ("(", ")"),
    ("", ", 7 and 9"), ("\\label{eq:2} ", ""), ("see~\\cite{smith2020}, ", ""), ("by~\\eqref{e2}, $f = ", "$"),
    ("", "\n\n3 further samples"), ("", " \\wcby{x}"), ("", " \\\\ 0 &= 1"),
])
def test_ordinary_material_beside_a_claim_passes(before, after):
    assert beside_claim(before, after) is None


DOC = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\newcommand{\zero}{0}
\begin{document}
\begin{wccheck}{r9.beside}{A value}
\wcsymbol{x > 0}
\begin{equation}
f(x) = 2x + 1 \wcpremise{line}
\end{equation}
\begin{equation}
f'(x) = 2 \wcby{differentiate in x}
\end{equation}
%s
\end{wccheck}
\end{document}
"""


def _errors(tmp_path: Path, line: str) -> list[str]:
    path = tmp_path / "paper.tex"
    path.write_text(DOC % line, encoding="utf-8")
    return [e.message for e in load_tex(path)[1]]


@pytest.mark.parametrize("line, why", [
    (r"$f(2) = \wcclaim[=]{f(x), x = 2}{5}\zero$.", "followed by the digit 0"),  # through the author's macro
    (r"$f(2) = {\wcclaim[=]{f(x), x = 2}{5}}0$.", "followed by the digit 0"),      # braces print nothing
    (r"$f(2) = \wcclaim[=]{f(x), x = 2}{5}$0 units.", "followed by the digit 0"),
    (r"$\wcclaim[=]{f(x), x = 1}{3}\wcclaim[=]{f(x), x = 2}{5}$", "digit"),         # two claims print 35
    (r"\begin{equation} f(2) = -\wcclaim[=]{f(x), x = 2}{5} \end{equation}", "preceded by a sign"),
    (r"It is \wcclaim[=]{f(x), x = 2}{1-2}.", "not one number"),
])
def test_a_claim_whose_page_shows_another_number_is_refused(tmp_path, line, why):
    errors = _errors(tmp_path, line)
    assert len(errors) == 1 and why in errors[0], errors


def test_a_claim_with_its_whole_number_in_its_braces_is_read(tmp_path):
    assert _errors(tmp_path, r"$f(2) = \wcclaim[=]{f(x), x = 2}{5}$, and $-f(2) = \wcclaim[=]{-f(x), x = 2}{-5}$; "
                             r"$1000 f(2) \approx \wcclaim{1000 f(x), x = 2}{5.0 \times 10^{3}}$ ---"
                             r" as on pages 2--3.") == []
