r"""LaTeX front end, review 13: what is typeset beside a ``\wcclaim`` must not change the number the
page shows while the claim is verified.

* A comment eats its line break and the next line's leading spaces: ``{5}%⏎%⏎0`` prints 50, and a
  comment-only line is no paragraph break (a claim's neighbours are read across the eaten breaks).
* A point joined to what follows or precedes it through braces or a command is part of the number:
  ``{5}.{}5``, ``0{.}\wcclaim..{5}``, ``{1}.\overline{6}``.
* In math, a sign, a bracket, an equation reference, a letter in any script or a one-letter variable
  in a wrapper beside the number is arithmetic or a product (``5 - xy``, ``5(x+1)``, ``2\,\mathrm{e}``,
  ``2 π``); a unit (``\,\mathrm{m}``), a relation or punctuation is not.
* A word that is a number (``5 thousand``, ``5 percent``) or an operation with a term (``minus 5``,
  ``5 times the load``) changes the number; ``repeated 5 times.`` does not.
* Math mode is seen when opened by ``\ensuremath{``, breqn's, IEEEtrantools' or empheq's environments,
  or a document macro (``\be``); a ``$`` in ``\url{..}`` is no math shift.
* In a tabular whose column spec joins cells (``r@{.}l``), ``&`` does not end the number: refused.
* A ``\textsuperscript`` of letters only is an ordinal (``5\textsuperscript{th}``), not a power.

The corpus files are ``tests/attacks/r13_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput.beside import in_math
from verify.texinput.markup import comment_breaks, join_comments, strip_comments
from verify.texinput.printed import beside_claim
from verify.texinput.scanner import scan

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r13_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 24
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 13). Must pass." if control else "% Class "), name
        assert control or "(review 13," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


# -- 1. comments ---------------------------------------------------------------------------------

def _joined(raw: str) -> str:
    text = strip_comments(raw)
    return join_comments(text, 0, len(text), comment_breaks(raw, text))


def test_a_comment_joins_its_line_to_the_next_without_its_leading_spaces():
    assert _joined("{5}%a\n%b\n  0 units") == "{5}0 units"
    assert _joined("1%\n\\wcclaim{f}{5}") == "1\\wcclaim{f}{5}"
    assert _joined(r"it costs 5\% here") == r"it costs 5\% here"


def test_a_comment_only_line_is_not_a_paragraph_break_but_a_blank_line_is():
    assert _joined("a\n%\nb") == "a\nb"
    assert _joined("a\n%\n\nb") == "a\n\nb"
    assert _joined("a%\n\nb") == "a\nb"  # the comment eats one break; the blank line is TeX's \par...
    # ... read as a single break here: more material is seen beside a claim, never less


def test_a_command_before_a_comment_stays_a_command():
    assert _joined("\\relax%\nx") == "\\relax x"


def test_stripping_comments_keeps_every_line():
    raw = "a%\nb\n%\nc\n\nd"
    assert strip_comments(raw).count("\n") == raw.count("\n")


@pytest.mark.parametrize("source", [
    "is $f(2) =%\n%\n\\wcclaim[=]{f(x), x = 2}{5} x$.", "is \\wcclaim[=]{f(x), x = 2}{5}%\n%\n0 units.",
    "is 1%\n  %\n\\wcclaim[=]{f(x), x = 2}{5} units.",
])
def test_a_claim_across_a_comment_only_line_is_seen_beside_its_neighbours(source):
    scanned = scan("\\begin{wccheck}{a.b}{T}\n" + source + "\n\\end{wccheck}\n")
    claim = [i for i in scanned.blocks[0].items if i.kind == "claim"][0]
    assert claim.line == 2 + source[:source.index("\\wcclaim")].count("\n")  # lines keep their numbers
    assert beside_claim(claim.before, claim.after, claim.math) is not None


# -- 2. a point joined through braces or a command ----------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("is ", ".{}5 units"), ("is ", "{.}5 units"), ("is ", r".\overline{6} exactly"), ("is ", r".\num{5}"),
    ("is ", ",{}5 units"), ("is ", ".x"), ("is 0{.}", " units"), ("is 0.{}", " units"), ("is .", " units"),
    ("is 3{,}", " units"), ("is {0}.", " units"),
])
def test_a_point_joined_to_the_number_through_braces_or_a_command_is_refused(before, after):
    assert beside_claim(before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("is ", ". Next"), ("is ", r".\end{equation}"), ("f &= ", r". \\"), ("f = ", r".\\"), ("is ", ".$ and"),
    ("is ", r".\footnote{x}"), ("is ", ", and 7 more"), ("i.e.\\ ", " units"), ("values 3, ", " and 7"),
])
def test_a_full_stop_or_a_comma_that_ends_the_number_passes(before, after):
    assert beside_claim(before, after) is None


# -- 4. arithmetic in math mode -------------------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("$f = ", "(x+1)$"), ("$f = ", r" \left(x+1\right)$"), ("$f = ", " - xy$"), ("$f = ", "--x$"), ("$f = ", " + a$"),
    ("$f = ", r"\,\mathrm{e}$"), ("$f = ", r"\,\boldsymbol{v}$"), ("$f = ", r"\mathbf{v}$"), ("$f = ", r"\mathit{x}$"),
    ("$f = ", r"\eqref{a}$"), ("$f = ", " π$"), ("$f = ", " α$"), ("$f = ", r"\cdot x$"), ("$f = ", r"\,\vec{v}$"),
    (r"$\boldsymbol{v}\,", "$"), ("$π", "$"), ("$f = \\mathrm{e}", "$"),
])
def test_arithmetic_or_a_product_beside_a_claim_in_math_is_refused(before, after):
    assert beside_claim(before, after, True) is not None


@pytest.mark.parametrize("before, after", [
    ("$f = ", r"\,\mathrm{m}$"), ("$f = ", r"\,\mathrm{km}$"), ("$f = ", r"\text{ m}$"), ("$f = ", "$."),
    ("$f = ", r" \le 6$"), ("$f = ", r"\quad (x = 2)$"), ("$f(2) = ", r",\quad g = 1$"), ("f &= ", r" \\"),
    ("$f = ", r"\,\mathrm{kg}\,\mathrm{m}^{2}$"), ("$f = ", r"^{\circ}$"),
])
def test_units_relations_and_punctuation_beside_a_claim_in_math_pass(before, after):
    assert beside_claim(before, after, True) is None


# -- 3. words that are numbers or operations ------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("is ", " thousand units"), ("is ", " percent of the load"), ("is ", " per cent"), ("is ", "~million"),
    ("is ", r" \text{thousand}"), ("is ", " squared"), ("is ", " dozen eggs"), ("is ", " times the load"),
    ("is ", " over 3"), ("is ", " plus 2"), ("is ", " minus the offset"), ("is ", " per mille"),
    ("is minus ", " units"), ("is negative ", " units"), ("is Minus ", ""), ("the square root of ", " m"),
    ("is 3 times ", ""), ("is one over ", ""), ("is 2 divided by ", ""),
])
def test_a_number_or_operation_word_beside_a_claim_is_refused(before, after):
    assert beside_claim(before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("repeated ", " times."), ("is ", " over the interval"), ("averaged over ", " runs"), ("is ", " timescales"),
    ("is ", "-fold"), ("is ", " points on the scale"), ("is ", " units"), ("at ", " and beyond"),
])
def test_ordinary_words_beside_a_claim_pass(before, after):
    assert beside_claim(before, after) is None


# -- 5. math mode the scanner did not see ------------------------------------------------------

@pytest.mark.parametrize("prefix, macros", [
    (r"is \ensuremath{f(2) = ", None), ("is\n\\begin{dmath*}\nf(2) = ", None),
    (r"\begin{dgroup}\begin{dmath}a\end{dmath} ", None),
    (r"\begin{IEEEeqnarray}{rCl} f &=& ", None), (r"\begin{empheq}[box=\fbox]{align} f &= ", None),
    (r"\begin{darray}{c} ", None), ("is\n\\be\nf(2) = ", {r"\be": r"\begin{equation*}"}),
    (r"\bmath f = ", {r"\bmath": r"\ensuremath{"}), (r"data at \url{http://a.org/a$b}, so $f = ", None),
    (r"see \href{http://a.org/$x}{here} and $f = ", None), (r"\path{a$b} is $f = ", None),
])
def test_math_opened_by_other_means_is_seen(prefix, macros):
    assert in_math(prefix, macros)


@pytest.mark.parametrize("prefix, macros", [
    (r"is \ensuremath{x} and ", None), ("\\begin{dmath}\nf\n\\end{dmath}\nfor ", None),
    (r"see \url{http://a.org/a$b} ", None),
    ("\\be f \\ee then ", {r"\be": r"\begin{equation*}", r"\ee": r"\end{equation*}"}), ("$x$ is\n\n", None),
    (r"\zero and ", {r"\zero": "0"}),
])
def test_text_after_closed_math_is_text(prefix, macros):
    assert not in_math(prefix, macros)


# -- 6. a tabular whose columns join cells ------------------------------------------------------

@pytest.mark.parametrize("prefix, joined", [
    (r"\begin{tabular}{lr@{.}l} a & ", True), (r"\begin{tabular}{l!{\,}l} a & ", True),
    (r"\begin{tabular*}{\linewidth}{r@{}l} ", True), (r"\begin{tabular}{ll} a & ", False),
    (r"\begin{tabular}{r@{.}l} 1 & 2 \end{tabular} then ", False), (r"\begin{tabularx}{5cm}{XX} a & ", False),
])
def test_a_tabular_whose_column_spec_joins_cells_is_seen(prefix, joined):
    from verify.texinput.beside import in_joined_cells
    assert in_joined_cells(prefix) is joined


def test_a_cell_joined_to_the_claim_is_refused_and_a_plain_cell_is_not():
    assert beside_claim("response & ", " & 25 \\\\", joined=True) is not None
    assert beside_claim("12 & ", " \\\\", joined=True) is not None
    assert beside_claim("response & ", " \\\\", joined=True) is not None  # prints response.5: conservative
    assert beside_claim("value ", " units", joined=True) is None  # no cell beside it
    assert beside_claim("response & ", " & 25 \\\\") is None


# -- 7. controls ---------------------------------------------------------------------------------

def test_an_ordinal_superscript_of_letters_is_a_word_and_a_digit_one_a_power():
    assert beside_claim("the ", r"\textsuperscript{th} entry") is None
    assert beside_claim("the ", r"\textsuperscript{nd}") is None
    assert beside_claim("the ", r"\textsuperscript{2} entry") is not None
    assert beside_claim("the ", r"\textsuperscript{e} entry") is not None  # 5e: an exponent, or a product


# -- variants --------------------------------------------------------------------------------------

@pytest.mark.parametrize("before, after, math", [
    ("is ", r".\,5", False), (r"is 0{.}\,", " units", False), ("$f = ", r"\,\mathbf{xy}$", True),
    ("is ", " x 10^3", False), ("is 3 x ", " units", False), ("is ", r"{,}5", False),
])
def test_variants_of_the_review_are_refused(before, after, math):
    assert beside_claim(before, after, math) is not None


def test_a_document_environment_that_opens_math_is_math():
    from verify.texinput.beside import math_openers
    text = r"\newenvironment{eqn}{\begin{equation*}}{\end{equation*}}\newcommand{\zero}{0}"
    openers = math_openers(text, {r"\zero": "0", r"\be": r"\begin{equation}"})
    assert r"\zero" not in openers and r"\be" in openers
    assert in_math("\\begin{eqn}\nf = ", openers) and not in_math("\\begin{eqn} f \\end{eqn} so ", openers)


def test_an_ordinal_raised_in_math_is_a_word_too():
    assert beside_claim("the ", r"$^{\text{th}}$ entry") is None
    assert beside_claim("the $", r"^{th}$ entry", True) is None
    assert beside_claim("the ", r"^{\text{th}2}") is not None
    assert beside_claim("is twice ", " units") is not None


def test_a_claim_in_a_display_body_is_in_math_even_outside_a_derivation():
    scanned = scan("\\begin{equation*}\nf(2) = \\wcclaim[=]{f(x), x = 2}{5} x\n\\end{equation*}\n")
    claim = scanned.loose_claims[0]
    assert claim.math and beside_claim(claim.before, claim.after, claim.math) is not None


def test_a_bracket_of_one_letter_glued_to_a_claim_in_text_is_a_product():
    assert beside_claim("is ", "(x+1) here") is not None
    assert beside_claim("is ", "(see above)") is None and beside_claim("is ", " (see above)") is None


@pytest.mark.parametrize("prefix", [r"see \url|a$b| and $f = ", r"code \lstinline|a$b| gives $f = ",
                                    r"code \lstinline[language=C]{a$b} gives $f = "])
def test_a_dollar_in_a_literal_argument_is_no_math_shift(prefix):
    assert in_math(prefix)


@pytest.mark.parametrize("before, after", [("is ", "~per~cent"), ("is ", " times~3"), ("one~over ", "")])
def test_number_words_across_a_tie_are_refused(before, after):
    assert beside_claim(before, after) is not None
