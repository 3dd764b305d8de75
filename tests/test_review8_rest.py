r"""Review 8, the rest: what review 8 left open in the claims and the sums.

* a LaTeX claim's limit of an exact derived form is read where the form was derived: at a point
  inside the domain, or at an end approached from inside (``a \to 0^+``), its value SymPy's limit
  certified by the kernel; a limit outside the domain's closure, from outside it, two-sided at an
  end, or of a truncated (≃) form stays refused.

The corpus files are ``tests/attacks/r8_rest_*`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput import load_tex

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r8_rest_tex_*.tex"))


def test_the_tex_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 6
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 8). Must pass." if control else "% Class "), name
        assert control or "(review 8," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_tex_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


def _claim(tmp_path: Path, text: str) -> object:
    """The one claim's computed value (a float), or the text of the error it raises."""
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    found, errors = load_tex(path)
    assert errors == [], errors
    [claim] = found[0].claims
    try:
        return float(claim.compute())
    except ValueError as exc:
        return str(exc)


FORM = r"""\documentclass{article}
\usepackage{amsmath,wallcheck}
\begin{document}
\begin{wccheck}{r8.tex_limits}{A limit of a form}
\wcsymbol{%(domain)s}
\begin{align}
f(a) &= %(premise)s \wcpremise{law}\\
f(a) &= %(row)s
\end{align}
The value is $\wcclaim[=]{%(claim)s}{0}$.
\end{wccheck}
\end{document}
"""
ABS = {"domain": "0 < a < 1", "premise": r"\sqrt{(a - 2)^{2}}", "row": "2 - a"}
DECAY = {"domain": "a > 0", "premise": r"\sqrt{a^{2}} e^{-a}", "row": "a e^{-a}"}
SERIES = {"domain": "0 < a < 1", "premise": "e^{2a}", "row": r"1 + 2a \wcby{series in a about 0 to order 2}"}


@pytest.mark.parametrize("form, claim, value", [
    (ABS, r"\lim_{a \to 1/2} f(a)", 1.5),               # inside: any side
    (ABS, r"\lim_{a \to 1/2^-} f(a)", 1.5),
    (ABS, r"\lim_{a \to 0^+} f(a)", 2.0),               # an open end, from inside
    (ABS, r"\lim_{a \to 1^-} f(a)", 1.0),
    (ABS, r"\lim_{x \to 1/2} f(x)", 1.5),               # any bound name, held to a's domain
    (ABS, r"\lim_{a \to 1/2} f(a) + \lim_{a \to 1/4} f(a)", 3.25),
    (DECAY, r"\lim_{a \to \infty} f(a)", 0.0),          # ∞ on a domain unbounded above
])
def test_a_limit_of_an_exact_form_where_it_was_derived_is_computed(tmp_path, form, claim, value):
    assert _claim(tmp_path, FORM % {**form, "claim": claim}) == pytest.approx(value)


@pytest.mark.parametrize("form, claim, message", [
    (ABS, r"\lim_{a \to 2} f(a)", "takes a → 2, a point outside the domain and its ends"),
    (ABS, r"\lim_{a \to -1/2} f(a)", "takes a → -1/2, a point outside"),
    (ABS, r"\lim_{a \to 0} f(a)", "takes a → 0, which approaches from outside the domain"),
    (ABS, r"\lim_{a \to 0^-} f(a)", "takes a → 0⁻, which approaches from outside"),
    (ABS, r"\lim_{a \to 1^+} f(a)", "takes a → 1⁺, which approaches from outside"),
    (ABS, r"\lim_{a \to \infty} f(a)", "takes a → ∞, beyond the end of the domain"),
    (DECAY, r"\lim_{a \to -\infty} f(a)", "takes a → −∞, beyond the end"),
    (ABS, r"\lim_{a \to 1/4} f(2a)", "an expression in a variable the claim binds"),
    (SERIES, r"\lim_{a \to 1/2} f(a)", "a claim may not take a limit of it"),   # away from its centre
    (SERIES, r"\lim_{a \to 0^+} f(a)", "a claim may not take a limit of it"),
])
def test_a_limit_outside_where_the_form_was_derived_is_refused(tmp_path, form, claim, message):
    got = _claim(tmp_path, FORM % {**form, "claim": claim})
    assert isinstance(got, str) and message in got, got


def test_a_limit_that_does_not_exist_or_is_infinite_is_no_value(tmp_path):
    pole = {"domain": "0 < a < 1", "premise": r"\frac{1}{\sqrt{a^{2}}}", "row": r"\frac{1}{a}"}
    got = _claim(tmp_path, FORM % {**pole, "claim": r"\lim_{a \to 0^+} f(a)"})
    assert isinstance(got, str) and "is not a finite real number" in got, got
