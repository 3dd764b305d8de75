r"""LaTeX front end, review 14: the page must show the number checked, under the relation checked.

* ``&`` ends a claim's number only in a tabular whose spec plainly separates cells (l, c, r, p{..}, S,
  rules; the default ``\tabcolsep``); ``@{}``/``!{}`` between columns, ``>{..}``/``<{..}``, a column
  type of the document, a changed ``\tabcolsep``, an unknown tabular-like environment, and the
  unspaced columns of an alignment (alignat; the two columns of an align pair) join cells.
* Math mode is seen through ``\math``..``\endmath``, ``mathpar``, ``\def\eqn{\[}`` used as an
  environment, a macro with arguments whose body opens math, ``\let\m\ensuremath``, a ``>{$}l<{$}``
  column; ``\string$`` is no math shift.
* What prints nothing (``\relax``, ``\kern1pt``) does not hide a letter from the product check in math.
* A negative space beside the number (``5,\!25``, ``\hspace{-1em}--``, a next cell's ``\hspace*{-2\tabcolsep}``)
  is refused; so are a skipped conditional between digits (it prints nothing, not a space), a number
  continued across the end or start of an inline environment (``\end{math}0``), a claim in a colour,
  a character the document makes print a digit, ``0.5e1`` in math, a ``[\sim]`` claim with no sign of
  an order of magnitude on the page, ``\\`` in a one-line display, and number words (``to the fourth``,
  ``one fifth of``, ``mille``).
* Controls: units (``~$\mu$m``, ``~$\Omega$``, ``~\AA{}``, ``\,\mu\mathrm{m}``, ``\,\mathrm{m\,s^{-1}}``),
  ``5$\sigma$``, ``5$\times$ increase``, ``\begin{math}5\end{math}~N``. A footnote right after the number is
  refused (its mark reads as a power).

The corpus files are ``tests/attacks/r14_tex_*.tex`` (attacks must be rejected, ``*_ok`` controls pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.texinput.cells import column_text, joined_cells, math_columns
from verify.texinput.mathmode import in_math, math_openers
from verify.texinput.page import colour_hiding, unicode_definitions, with_unicode
from verify.texinput.printed import beside_claim, read_printed, shows_order
from verify.texinput.scanner import ScanError, scan

ATTACKS = Path(__file__).resolve().parent / "attacks"
TEX_CORPUS = sorted(p.name for p in ATTACKS.glob("r14_tex_*.tex"))


def test_the_corpus_files_say_why():
    assert len(TEX_CORPUS) >= 60
    for name in TEX_CORPUS:
        first = (ATTACKS / name).read_text(encoding="utf-8").splitlines()[0]
        control = name.endswith("_ok.tex")
        assert first.startswith("% Control (review 14). Must pass." if control else "% Class "), name
        assert control or "(review 14," in first, name


@pytest.mark.parametrize("name", TEX_CORPUS)
def test_each_attack_is_rejected_and_each_control_passes(name, tex_corpus_verdict):
    tex_corpus_verdict(ATTACKS / name)


# -- 1. cells ------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", [
    r"\begin{tabular}{lr@{.}l} a & ", r"\begin{tabular}{l>{1}l} a & ", r"\begin{tabular}{lr<{.5}} a & ",
    r"\begin{tabular}{lRl} a & ", r"\begin{NiceTabular}{lrl} a & ", r"\begin{tblr}{lrl} a & ",
    r"\begin{tabular}{l!{\,}l} a & ",
])
def test_a_spec_that_may_join_cells_joins_them(prefix):
    assert all(joined_cells(prefix, ""))


@pytest.mark.parametrize("prefix", [
    r"\begin{tabular}{ll} a & ", r"\begin{tabular}{|l|r|} a & ", r"\begin{tabular}{@{}lr@{}} a & ",
    r"\begin{tabular}{S[table-format=1.2]c} a & ", r"\begin{tabularx}{5cm}{XX} a & ",
    r"\begin{tabular}{*{3}{c}} a & ", r"\begin{tabular}{p{2cm}l} a & ",
])
def test_a_plain_spec_separates_cells(prefix):
    assert joined_cells(prefix, "") == ("", "")


def test_a_changed_tabcolsep_joins_cells():
    assert all(joined_cells(r"\begin{tabular}{lrl} a & ", "", r"\setlength{\tabcolsep}{0pt}"))


def test_alignat_joins_every_column_and_align_the_two_of_a_pair():
    assert all(joined_cells(r"f(2) &= ", "alignat*"))
    before, after = joined_cells(r"f(2) &= ", "align")  # & #1 before (in the pair), & #2 after (between pairs)
    assert before and not after
    before, after = joined_cells(r"f(2) = ", "align*")
    assert not before and after


def test_a_column_that_adds_text_to_every_cell_is_refused_anywhere_in_its_table():
    assert column_text(r"\begin{tabular}{r<{0}} ") is not None
    assert column_text(r"\begin{tabular}{@{0}r} ") is not None
    assert column_text(r"\begin{tabular}{>{\bfseries}lr} ") is None
    assert math_columns(r"\begin{tabular}{l>{$}l<{$}} a & ")


def test_a_joined_cell_and_a_next_cell_starting_backwards_are_refused():
    assert beside_claim("a & ", " & 25", joined=("x", "x")) is not None
    assert beside_claim("a & ", r" & \hspace*{-2\tabcolsep}25 \\") is not None
    assert beside_claim("a & ", r" & 25 \\") is None


# -- 2. math mode --------------------------------------------------------------------------------

@pytest.mark.parametrize("document, prefix", [
    ("", r"is \math f = "), ("", r"\begin{mathpar} f = "), ("", r"it costs \string$ 3, so $f = "),
    (r"\def\eqn{\[}\def\endeqn{\]}", r"\begin{eqn} f = "), (r"\newcommand{\m}[1]{\ensuremath{#1}}", r"\m{f = "),
    (r"\let\m\ensuremath", r"\m{f = "), (r"\def\m#1{$#1$}", r"\m{f = "),
    (r"\NewDocumentCommand{\m}{m}{\ensuremath{#1}}", r"\m{f = "),
])
def test_math_opened_by_other_means_is_seen(document, prefix):
    macros = {r"\eqn": r"\[", r"\endeqn": r"\]"} if r"\eqn" in document else {}
    assert in_math(prefix, math_openers(document, macros))


def test_text_after_the_command_form_is_text():
    assert not in_math(r"is \math f\endmath{} and ")


# -- 3. what prints nothing in math --------------------------------------------------------------

@pytest.mark.parametrize("before, after", [("$f = ", r"\relax a$"), ("$f = ", r"\kern1pt a$"),
                                           (r"$f = a \relax ", "$"), (r"$f = a\mkern2mu ", "$")])
def test_what_prints_nothing_does_not_hide_a_letter_in_math(before, after):
    assert beside_claim(before, after, math=True) is not None


# -- 4. to 7. negative spaces, conditionals, environment edges -----------------------------------

@pytest.mark.parametrize("before, after", [
    ("is ", r",\!25 units"), ("is ", r",\hspace{-.3333em} 25 units"), ("vaut 25,\\!", " units"),
    ("is ", r"\hspace{-1em}--\hspace{0.5em} units"), ("is ", r",\negthinspace 25"), ("is ", r",\kern-.2em 25"),
    ("is ", r"\end{math}0 units"), ("is ", r"\end{tabular}0 units"), (r"is 1\begin{tabular}{ c }", r"\end{tabular}"),
    (r"is 1\begin{math}", r"\end{math} units"),
])
def test_what_joins_or_overprints_the_number_is_refused(before, after):
    assert beside_claim(before, after) is not None


def test_a_skipped_conditional_prints_nothing_not_a_space():
    src = ("\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n"
           "is \\wcclaim[=]{x, x = 2}{5},\\iffalse\\fi25 units.\n\\end{wccheck}\n")
    claim = [i for i in scan(src).blocks[0].items if i.kind == "claim"][0]
    assert claim.after.startswith(",25")
    assert beside_claim(claim.before, claim.after) is not None


# -- 8. and 9. colour, characters that print digits ----------------------------------------------

@pytest.mark.parametrize("before", [r"is \textcolor{white}{", r"is {\color{white}", r"\color{white} is ",
                                    r"\pagecolor{black} is ", r"\definecolor{black}{rgb}{1,1,1} is ",
                                    r"is {\color[rgb]{1,1,1}"])
def test_a_claim_in_a_colour_is_refused(before):
    assert colour_hiding(before) is not None


@pytest.mark.parametrize("before", [r"{\color{red} note} is ", r"\textcolor{blue}{see} is ", r"is \textcolor{black}{",
                                    r"\colorbox{yellow}{x} is "])
def test_colour_closed_before_the_claim_or_black_is_not(before):
    assert colour_hiding(before) is None


def test_a_character_the_document_makes_print_a_digit_is_read_as_it():
    found = unicode_definitions(r"\DeclareUnicodeCharacter{00F6}{0} \newunicodechar{ä}{1}")
    assert found == {"ö": "0", "ä": "1"}
    assert beside_claim("is ", with_unicode("öö units", found)) is not None


# -- 10. to 13. e-notation, [\sim], \\ in one-line displays, number words ------------------------

def test_a_programmers_exponent_in_math_is_refused_in_the_printed_value():
    for printed in ("0.5e1", "5e0", "5E0"):
        with pytest.raises(ValueError):
            read_printed(printed, math=True)
    assert read_printed("5", math=True) == "5"


@pytest.mark.parametrize("before, shown", [(r"$p \sim ", True), (r"$p \approx ", True), ("of order ", True),
                                           ("roughly ", True), (r"$\mathcal{O}(", True), ("$f(2) = ", False),
                                           ("the response is ", False), ("is~", False)])
def test_an_order_of_magnitude_claim_needs_the_page_to_say_so(before, shown):
    assert shows_order(before) is shown


@pytest.mark.parametrize("body", [r"f'(x) = 2 \\ 0", r"f(2) = 5 \\[2pt] 0"])
def test_a_line_break_in_a_one_line_display_is_refused(body):
    src = f"\\begin{{wccheck}}{{a.b}}{{T}}\n\\wcsymbol{{x > 0}}\n\\begin{{equation}}\n{body}\n\\end{{equation}}\n\\end{{wccheck}}\n"
    with pytest.raises(ScanError):
        scan(src)


def test_a_line_break_inside_split_in_an_equation_is_a_row():
    src = ("\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n\\begin{equation}\\begin{split}\ny &= x \\\\\n &= x\n"
           "\\end{split}\\end{equation}\n\\end{wccheck}\n")
    assert [i.kind for i in scan(src).blocks[0].items].count("row") == 2


@pytest.mark.parametrize("before, after", [
    ("is ", " raised to the power of two"), ("is ", " to the fourth."), ("is ", " and one half units"),
    ("is ten to the ", " units"), ("is one fifth of ", " units"), ("vaut ", " mille unités"), ("is ", " fifths"),
    ("is ", " and three quarters"), ("is e to the ", ""), ("is ", " to the power 2"),
])
def test_a_number_or_a_power_in_words_is_refused(before, after):
    assert beside_claim(before, after) is not None


@pytest.mark.parametrize("before, after", [
    ("applied to the ", " samples."), ("is ", " to the nearest unit."), ("took ", " months."), ("is ", " seconds,"),
    ("is ", r"~$\mu$m, larger"), ("is ", r"~$\Omega$, larger"), ("is ", r"~\AA{} in our model"),
    ("at the ", r"$\sigma$ level"), ("a ", r"$\times$ increase"), ("is ", r"\end{itemize}"),
])
def test_natural_text_and_units_pass(before, after):
    assert beside_claim(before, after) is None


@pytest.mark.parametrize("before, after", [(r"$v = ", r"\,\mathrm{m\,s^{-1}}$."), (r"$\delta = ", r"\,\mu\mathrm{m}$"),
                                           (r"\begin{math}", r"\end{math}~N.")])
def test_units_in_math_pass(before, after):
    assert beside_claim(before, after, math=True) is None


def test_a_footnote_right_after_the_number_is_refused_after_punctuation_it_is_not():
    assert "footnote" in beside_claim("is ", r"\footnote{Measured.} and")
    assert beside_claim("is ", r", \footnote{Measured.} and") is None


def test_a_colour_set_through_a_macro_is_seen():
    assert colour_hiding(r"is {\w ", {r"\w": r"\color{white}"}) is not None


def test_a_claim_beside_a_line_break_of_a_one_line_display_outside_a_derivation_is_refused():
    src = ("\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n\\end{wccheck}\n"
           "\\begin{equation*}\nf(2) = \\wcclaim[=]{x, x = 2}{5} \\\\ 0\n\\end{equation*}\n")
    with pytest.raises(ScanError):
        scan(src)
    assert scan(src.replace("\\wcclaim[=]{x, x = 2}{5}", "5"))  # no claim there: the paper's own business


@pytest.mark.parametrize("before, after", [("is ", " doubled,"), ("is double ", " units")])
def test_an_operation_in_words_is_refused(before, after):
    assert beside_claim(before, after) is not None


def test_the_spaces_after_a_skipped_conditional_word_are_skipped_too():
    src = ("\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n"
           "is x\\iffalse\\fi \\wcclaim[=]{x, x = 2}{5} units.\n\\end{wccheck}\n")
    claim = [i for i in scan(src).blocks[0].items if i.kind == "claim"][0]
    assert claim.before.endswith("is x")
    assert beside_claim(claim.before, claim.after) is not None


def test_a_hyphenated_fraction_after_the_number_is_refused():
    assert beside_claim("is ", " two-thirds units") is not None


def test_an_arrays_spec_is_not_a_letter_before_the_number_and_a_spaced_micro_prefix_is_a_unit():
    assert beside_claim(r"$\begin{array}{cc} ", r" & 0 \end{array}$.", math=True) is None
    assert beside_claim("is ", r"~$\mathrm{\mu m}$, as expected") is None


def test_the_documents_column_types_are_written_out():
    document = r"\newcolumntype{R}{r@{.}}\newcolumntype{M}{>{$}c<{$}}\newcolumntype{L}{>{\raggedright\arraybackslash}p{3cm}}"
    assert all(joined_cells(r"\begin{tabular}{lRl} a & ", "", document))
    assert joined_cells(r"\begin{tabular}{lL} a & ", "", document) == ("", "")
    assert math_columns(r"\begin{tabular}{lM} a & ", document)
    assert all(joined_cells(r"\begin{tabular}{lQ} a & ", ""))  # a type the file does not define: unknown


def test_a_column_prefix_that_prints_nothing_leaves_cells_apart():
    assert joined_cells(r"\begin{tabular}{>{\raggedright\arraybackslash}p{2cm}l} a & ", "") == ("", "")


@pytest.mark.parametrize("before, after, math", [
    ("$f = ", r"\sigma$", True), ("$f = ", r"\Omega$", True), ("is ", " and 1/2 units", False),
    ("is ", r" and $\frac{1}{2}$ units", False), ("x raised to the ", " units", False), ("is ", " grand.", False),
])
def test_a_greek_unit_glued_in_math_and_more_number_words_are_refused(before, after, math):
    assert beside_claim(before, after, math=math) is not None


def test_a_greek_unit_set_apart_in_math_passes():
    assert beside_claim("$R = ", r"\,\Omega$.", math=True) is None


def test_the_page_runs_on_across_the_end_of_a_wccheck():
    src = ("\\begin{wccheck}{a.b}{T}\n\\wcsymbol{x > 0}\n"
           "is \\wcclaim[=]{x, x = 2}{5}\\end{wccheck}0 units.\n")
    claim = [i for i in scan(src).blocks[0].items if i.kind == "claim"][0]
    assert beside_claim(claim.before, claim.after) is not None


@pytest.mark.parametrize("document, joined", [
    (r"\setlength{\tabcolsep}{0pt}", True), (r"\setlength\tabcolsep{0.1em}", True), (r"\tabcolsep=0pt", True),
    (r"\addtolength{\tabcolsep}{-6pt}", True), (r"\renewcommand{\tabcolsep}{0pt}", True),
    (r"\setlength{\tabcolsep}{4pt}", False), (r"\setlength\tabcolsep{1mm}", False),
])
def test_a_tabcolsep_below_2pt_or_unmeasured_joins_cells(document, joined):
    assert any(joined_cells(r"\begin{tabular}{ll} a & ", "", document)) is joined


def test_a_black_cell_background_hides_the_claim():
    assert colour_hiding(r"\begin{tabular}{l} \cellcolor{black} ") is not None
    assert colour_hiding(r"\begin{tabular}{l} \rowcolor{gray} ") is None


def test_a_leading_extracolsep_stretches_and_does_not_join():
    prefix = r"\begin{tabular*}{\linewidth}{@{\extracolsep{\fill}}lr@{}} a & "
    assert joined_cells(prefix, "") == ("", "") and column_text(prefix) is None
    assert all(joined_cells(r"\begin{tabular}{l@{\extracolsep{\fill}}r} a & ", ""))


@pytest.mark.parametrize("before, after", [
    (r"\centering\begin{tabular}{lr} response & ", r"\end{tabular}\caption{Values.}"),
    (r"\centering" "\n" r"\begin{tabular}{lr}" "\n", r" & units \\"), ("is \\begin{math}", r"\end{math}~N."),
])
def test_an_inline_environment_beside_a_space_or_a_command_ends_the_number(before, after):
    assert beside_claim(before, after) is None


def test_a_wide_space_after_an_alignat_column_sets_the_next_one_apart():
    why = "in alignat*, whose columns are set with no space between them"
    assert beside_claim("f(2) &= ", r" &\quad& \text{(at the point)}", math=True, joined=(why, why)) is None
    assert beside_claim("f(2) &= ", r" &&0", math=True, joined=(why, why)) is not None


def test_the_last_colour_in_force_is_the_texts():
    assert colour_hiding(r"\color{red} Note. \color{black} The value is ") is None
    assert colour_hiding(r"\color{black} x {\color{white} ") is not None


def test_inputencs_declared_characters_are_read_too():
    assert unicode_definitions(r"\DeclareInputText{246}{0}") == {"ö": "0"}


@pytest.mark.parametrize("after", [" half-lives.", " quarter-wave plates.", " thirty-second intervals."])
def test_a_singular_fraction_word_of_a_compound_is_not_a_number(after):
    assert beside_claim("after ", after) is None


def test_a_rule_between_rows_ends_a_number_and_a_font_switch_is_looked_through():
    assert beside_claim(r"\begin{tabular}{|c|c|}\hline ", r" & 2 \\") is None
    assert beside_claim(r"is {\bfseries ", "} units") is None
    assert beside_claim(r"is -\bfseries ", " units") is not None


def test_a_spec_ending_in_a_lone_backslash_is_no_traceback():
    assert all(joined_cells("\\begin{tabular}{lR\\}} a & ", "", r"\newcolumntype{R}{r@{.}}"))
