r"""LaTeX front end, review 7: a claim reads a derived form only where it was derived.

* B: an open end is admitted as a series' centre only for a form that went through that series
  (an exact I = 1/(1+a²) is not read at a = 0 because some other line expanded h in a);
* C: every point a derived name is read at is held to the domain: a call's computed argument
  (``f(f(0.5) + 2)``), a variable an integral or a sum binds (``\int_2^3 f(a)\,da``, over a range
  that must lie in the domain); a limit outside the domain (review 8: one inside is read), or an
  expression in a bound variable (``f(2k)``), is refused;
* D: a truncated (≃) form is never differentiated, integrated, summed or taken a limit of in a claim;
* E: a ≃ form read at its centre gives its limit there, while the claim prints the value: only where
  the exact form it approximates is continuous (⌈x⌉ about 0 is refused);
* G: a ``&=`` row whose typeset predecessor is a ``\wcskip`` row is refused (the page relates it to
  the unchecked row, the checker would relate it to the chain).

The corpus files are ``tests/attacks/r7_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput import load_tex

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r7_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 16
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 7). Must pass." if control else "% Class "), name
        assert control or "(review 7," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


def _load(tmp_path: Path, text: str) -> tuple[list, list]:
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    return load_tex(path)


def _claim(tmp_path: Path, text: str) -> object:
    """The one claim's computed value (a float), or the text of the error it raises."""
    found, errors = _load(tmp_path, text)
    assert errors == [], errors
    [claim] = found[0].claims
    try:
        return float(claim.compute())
    except ValueError as exc:
        return str(exc)


FORM = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\begin{document}
\begin{wccheck}{r7.tex_reads}{Reading a form}
\wcsymbol{%(domain)s}
\begin{align}
f(a) &= %(premise)s \wcpremise{law}\\
f(a) &= %(row)s
\end{align}
The value is $\wcclaim[=]{%(claim)s}{%(printed)s}$.
\end{wccheck}
\end{document}
"""
ABS = {"domain": "0 < a < 1", "premise": r"\sqrt{(a - 2)^{2}}", "row": "2 - a"}
SERIES = {"domain": "0 < a < 1", "premise": "e^{2a}", "row": r"1 + 2a \wcby{series in a about 0 to order 2}"}


@pytest.mark.parametrize("claim, value", [
    (r"\int_{0}^{1} f(a)\, da", 1.5),                 # the domain's open ends bound an integral
    (r"\int_{1/4}^{1/2} f(a)\, da", 0.40625),
    (r"f(f(0.5) - 1)", 1.5),                           # a computed argument inside the domain
    (r"f'(0.5)", -1.0),                                # a derivative at a point inside
])
def test_an_exact_form_is_read_inside_its_domain(tmp_path, claim, value):
    assert _claim(tmp_path, FORM % {**ABS, "claim": claim, "printed": "0"}) == pytest.approx(value)


@pytest.mark.parametrize("claim, message", [
    (r"\int_{0}^{2} f(a)\, da", "from 0 to 2, beyond where it was derived"),
    (r"\int_{-1}^{1} f(a)\, da", "from -1 to 1"),
    (r"\sum_{k=0}^{1} f(k)", "sum reads it at a from 0 to 1"),   # open ends are no terms of a sum
    (r"\sum_{k=1}^{2} f(k/4)", "an expression in a variable the claim binds"),
    (r"\prod_{k=2}^{3} f(k)", "product reads it"),
    (r"\lim_{a \to 2} f(a)", "limit takes a → 2, a point outside"),  # review 8: a limit inside is read
    (r"f(f(0.5) + 2)", "at a = 7/2, where it was never derived"),
    (r"f(f(0.5))", "at a = 3/2"),
])
def test_an_exact_form_is_not_read_outside_its_domain(tmp_path, claim, message):
    got = _claim(tmp_path, FORM % {**ABS, "claim": claim, "printed": "0"})
    assert isinstance(got, str) and message in got, got


@pytest.mark.parametrize("claim, verb", [
    (r"\int_{0}^{1} f(a)\, da", "integrate"),
    (r"f''(0)", "differentiate"),
    (r"f'(0)", "differentiate"),
    (r"\sum_{k=0}^{0} f(k)", "sum"),
    (r"\lim_{a \to 0} f(a)", "take a limit of"),
])
def test_a_truncated_form_is_not_differentiated_integrated_or_summed(tmp_path, claim, verb):
    got = _claim(tmp_path, FORM % {**SERIES, "claim": claim, "printed": "0"})
    assert isinstance(got, str) and f"a claim may not {verb} it" in got, got


def test_a_truncated_form_is_read_at_its_centre_where_continuous(tmp_path):
    assert _claim(tmp_path, FORM % {**SERIES, "claim": "f(0)", "printed": "1"}) == 1.0
    jump = {**SERIES, "premise": r"\lceil a \rceil", "row": r"1 \wcby{series in a about 0 to order 2}"}
    got = _claim(tmp_path, FORM % {**jump, "claim": "f(0)", "printed": "1"})
    assert isinstance(got, str) and "only where the form is continuous" in got, got


def test_a_series_of_one_form_does_not_open_the_end_for_another(tmp_path):
    text = FORM.replace(r"\wcsymbol{%(domain)s}", r"\wcsymbol{%(domain)s}\wcassume{grow}{g = e^{a}}").replace(
        r"\end{align}", r"\end{align}" "\n" r"\begin{equation} g = 1 + a \wcfrom{grow}"
        r"\wcby{series in a about 0 to order 2} \end{equation}")
    assert _claim(tmp_path, text % {**ABS, "claim": "g, a = 0", "printed": "1"}) == 1.0
    got = _claim(tmp_path, text % {**ABS, "claim": "f(0)", "printed": "2"})
    assert isinstance(got, str) and "at a = 0, where it was never derived" in got, got


SKIP = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\begin{document}
\begin{wccheck}{r7.tex_skip}{A skipped link}
\wcsymbol{0 < x < 1}
\begin{align}
f &= x + 1 \wcpremise{law}\\
%s
\end{align}
\end{wccheck}
\end{document}
"""


@pytest.mark.parametrize("rows", [
    "  &= 3x \\wcskip\\\\\n  &= x + 1",
    "  &= 3x \\wcskip\\\\\n\\\\\n  &= x + 1",          # an empty row between: the skipped row is still above
    "  &= 3x \\wcskip\\\\\n  &= x + 1 \\wcfrom{law}",  # \wcfrom does not change what the page reads
])
def test_a_continuation_of_a_skipped_row_is_refused(tmp_path, rows):
    found, errors = _load(tmp_path, SKIP % rows)
    assert found == [] and len(errors) == 1
    assert "continues (with =) a line marked \\wcskip" in errors[0].message


@pytest.mark.parametrize("rows", [
    "  &= 3x \\wcskip\\\\\nf &= x + 1",                # the row names its left-hand side
    "  &= 2x + 2 - x\\\\\n  &= x + 1",                 # no skip: a chain
])
def test_a_row_after_a_skipped_row_that_names_its_side_is_checked(tmp_path, rows):
    found, errors = _load(tmp_path, SKIP % rows)
    assert errors == [] and len(found) == 1
