r"""LaTeX front end, review 3: more ways a marked-up ``.tex`` file got a false statement past the checker.

Each attack and control of the review (/work/review3, ``r_tex_*``/``c_tex_*``) is kept here as text so the
test stands alone (the corpus of ``tests/attacks/`` is Python files):

* 22: a macro redefined by a command the scanner did not know (``\RenewDocumentCommand``, a ``\def``
  built with ``\csname``): every definition the scanner cannot read as text is refused before or
  inside what the checker reads, and every known defining command is a definition;
* 20, 21: a claim read from a truncated series far from its centre, or from a form a substitution
  specialised, with an assignment that acts on nothing;
* 23: ``5!!``, the double factorial (SymPy's parser reads (5!)!);
* seen by reading: an integer domain's non-integer bound, ``1.5e3``, ``1/2x`` and ``x/yx``;
* controls: a claim on a solved variable, a derivative at a number, ``\Gamma(1/2)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from verify.__main__ import main
from verify.texinput import load_tex

HEAD = "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{wallcheck}\n"

SLOPE = HEAD + r"""\newcommand{\K}{2}
\begin{document}
\begin{wccheck}{r3.tex_%(id)s}{Slope of a power}
\wcsymbol{x > 0}
\begin{equation}
f(x) = x^{\K} \wcpremise{law}
\end{equation}
%(redefine)s%%
which gives
\begin{equation}
f'(x) = \K x^{\K - 1} \wcby{differentiate in x}
\end{equation}
\end{wccheck}
%(after)s
\end{document}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(tmp_path: Path, text: str) -> tuple[int, str]:
    """The one error loading ``text`` gives: (its line, its message); nothing is built."""
    found, errors = load_tex(_write(tmp_path, "paper.tex", text))
    assert found == []
    assert len(errors) == 1, errors
    return errors[0].line, errors[0].message


# -- 22: definitions the scanner does not understand -------------------------------------------

@pytest.mark.parametrize("redefine", [
    r"\RenewDocumentCommand{\K}{}{3}",
    r"\NewDocumentCommand{\K}{}{3}",
    r"\DeclareDocumentCommand{\K}{}{3}",
    r"\RenewExpandableDocumentCommand\K{}{3}",
    r"\edef\K{3}", r"\gdef\K{3}", r"\xdef\K{3}", r"\global\def\K{3}", r"\let\K=3",
    r"\DeclareMathOperator{\K}{3}", r"\renewrobustcmd{\K}{3}", r"\NewCommandCopy{\K}{\L}",
    r"\patchcmd{\K}{2}{3}{}{}",
])
def test_a_redefinition_by_any_defining_command_is_a_second_definition(tmp_path, redefine):
    line, message = _refusal(tmp_path, SLOPE % {"id": "renew", "redefine": redefine, "after": ""})
    assert line == 9 and "\\K is defined 2 times" in message


@pytest.mark.parametrize("construct", [
    r"\expandafter\def\csname K\endcsname{3}",
    r"\expandafter\let\csname K\endcsname\relax",
    r"\makeatletter\@namedef{K}{3}\makeatother",
    r"\csdef{K}{3}",
    r"\ExplSyntaxOn \cs_set:Npn \K {3} \ExplSyntaxOff",
    r"\catcode`\~=13 \def~{3}",
    r"\begingroup\lccode`~=`K\lowercase{\endgroup\def~}{3}",
    r"\scantokens{\def\K{3}}",
    r"\def\!{+}",
])
def test_a_definition_the_scanner_cannot_read_is_refused_where_it_could_act(tmp_path, construct):
    line, message = _refusal(tmp_path, SLOPE % {"id": "opaque", "redefine": construct, "after": ""})
    assert line == 11 and "cannot read as text" in message


def test_the_review_attacks_are_refused_through_the_cli(tmp_path, capsys):
    paths = [_write(tmp_path, f"{n}.tex", SLOPE % {"id": n, "redefine": r, "after": ""}) for n, r in
             [("renewdocumentcommand", r"\RenewDocumentCommand{\K}{}{3}"),
              ("csname_def", r"\expandafter\def\csname K\endcsname{3}")]]
    for path in paths:
        assert main([str(path), "-q", "--properties", "0", "--no-cache"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_an_opaque_definition_after_everything_the_checker_reads_is_left_to_the_paper(tmp_path):
    text = SLOPE % {"id": "after", "redefine": "", "after": r"\expandafter\def\csname K\endcsname{3}"}
    found, errors = load_tex(_write(tmp_path, "paper.tex", text.replace(r"\K x^{\K - 1}", "2x")))
    assert errors == [] and len(found) == 1


def test_a_document_command_the_checker_never_reads_is_refused_only_where_read(tmp_path):
    text = SLOPE % {"id": "unused", "redefine": r"\NewDocumentCommand{\vect}{m}{\mathbf{#1}}", "after": ""}
    found, errors = load_tex(_write(tmp_path, "paper.tex", text.replace(r"\K x^{\K - 1}", "2x")))
    assert errors == [] and len(found) == 1
