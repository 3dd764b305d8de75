"""The emitted LaTeX: full relations, fragments and package, parsed back, compiles, current, never clobbers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import sympy

import derivations
from verify import notation
from verify.latex import (MARKER, STY, check_equations, equations, render_document, repr_latex, write_latex,
                          EquationCheck)
from verify.report import OverwriteError

ROOT = Path(__file__).resolve().parents[1]

#: Equation sides SymPy's LaTeX parser cannot read back (matrices, \left. f \right|_{x=a}, derivatives
#: of order 2 or in a subscripted variable, n!!): counted, never passed. More means a regression.
MAX_SKIPPED_SHARE = 0.06


@pytest.fixture(scope="module")
def files(full_report):
    """The whole document, rendered once for the tests that only read it."""
    return render_document(full_report)


def _latex_tools() -> None:
    missing = [t for t in ("latexmk", "pdflatex", "pdftotext") if not shutil.which(t)]
    if missing:
        if os.environ.get("WALLCHECK_REQUIRE_LATEX"):
            pytest.fail(f"{', '.join(missing)} required here (WALLCHECK_REQUIRE_LATEX is set)")
        pytest.skip(f"not installed: {', '.join(missing)} (a skip, not a pass: the document was not compiled)")


def _part(report, prefix="pedestal"):
    """A report of a few entries: writing files is tested on it, rendering on the whole report."""
    return {**report, "derivations": [r for r in report["derivations"] if r["id"].startswith(prefix)]}


def test_rendering_is_deterministic(full_report, tmp_path):
    first = write_latex(_part(full_report), tmp_path / "a")
    second = write_latex(_part(full_report), tmp_path / "b")
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in second]
    for p, q in zip(first, second):
        assert p.read_bytes() == q.read_bytes()
    names = {p.relative_to(tmp_path / "a").as_posix() for p in first}
    assert {"main.tex", "wallcheck.sty", "derivations/pedestal.p_crit.tex"} <= names
    # a rerun into the same directory changes nothing
    stamps = {p: p.stat().st_mtime_ns for p in first}
    write_latex(_part(full_report), tmp_path / "a")
    assert all(p.stat().st_mtime_ns == stamps[p] for p in first)


def test_every_registry_id_has_its_label_and_a_full_boxed_relation(full_report, files):
    body = "\n".join(files.values())
    for d in full_report["derivations"]:
        assert f"\\label{{wc:{d['id']}}}" in body, d["id"]
        fragment = files[f"derivations/{d['id']}.tex"]
        boxed = re.findall(r"\\boxed\{(.*)\}\n", fragment)
        assert len(boxed) == 1, d["id"]
        assert re.search(r"(?<![\\<>])(=|<|>|\\le|\\ge|\\simeq|\\neq) ", boxed[0]), boxed[0]
    assert not re.search(r"\d\.\d\d s\b", body)  # no timings: the output must not change between runs
    assert "[U+" not in body


def test_every_premise_and_step_is_a_relation_with_a_left_hand_side():
    for d in derivations.all():
        for eq in equations(d):
            assert eq.lhs and eq.rel, f"{eq.where}: {eq.tex}"
            assert isinstance(eq.relation, sympy.core.relational.Relational)


def test_chain_is_one_align_with_connectives_and_annotations(full_report, files):
    frag = files["derivations/pedestal.loss.tex"]
    chain = frag.split(r"\begin{align}")[1].split(r"\end{align}")[0]
    rows = [r.strip() for r in chain.split("\\\\\n") if r.strip()]
    assert len(rows) == 1 + len(derivations.get("pedestal.loss").steps)
    assert rows[0].startswith(r"\wcgiven{")
    assert all(r"\implies" in r or "{} =" in r for r in rows[1:])
    assert all(r.startswith(r"\wcstep{") for r in rows[1:])  # rule and verdict above each step
    assert r"\wcstep{limit $x \to 0^{+}$}{proved}" in chain
    # the paper's order, not SymPy's: L_1 - L_0, (1 - p) x^alpha
    assert r"\left(L_{1} - L_{0}\right) x^{\alpha}" in frag
    assert r"p + \left(1 - p\right) x^{\alpha}" in frag
    # the chain alone and the result alone are the same text as in the full account
    alone = files["chains/pedestal.loss.tex"].split("\n", 1)[1].removesuffix("\\par\n")
    assert r"\wcgiven{\wcref{wc:pedestal.loss:loss}{loss}}" in alone  # a premise's number only if present
    assert re.sub(r"\\wcref\{([^}]*)\}\{[^}]*\}", r"\\eqref{\1}", alone) in frag
    assert files["results/pedestal.loss.tex"].split("\n", 1)[1].removesuffix("\\par\n") in frag


def test_fragments_open_no_section_and_leave_no_paragraph_open(full_report, files):
    """A fragment goes into someone's paper: no \\section of its own (numbered "0.1" there), no
    \\paragraph run-in that swallows the author's next paragraph; each closes what it opens."""
    ids = [d["id"] for d in full_report["derivations"]]
    for ident in ids:
        full, chain, result = (files[f"{kind}/{ident}.tex"] for kind in ("derivations", "chains", "results"))
        for name, frag in (("full", full), ("chain", chain), ("result", result)):
            assert not re.search(r"\\(part|chapter|section|subsection|subsubsection|paragraph)\b", frag), (ident, name)
            assert frag.startswith(MARKER + "\n")
        assert full.split("\n")[1] == r"\wcbegin" and full.endswith("\\wcend\n"), ident
        assert chain.endswith("\\end{align}\n\\par\n") or chain.endswith("\\end{wcnotes}\n\\par\n"), ident
        assert result.count(r"\begin{equation}") == 1 and result.count(r"\label{") == 1, ident
        assert rf"\label{{wc:{ident}}}" in result and r"\boxed{" in result
        assert r"\label{" not in chain or rf"\label{{wc:{ident}}}" not in chain  # the result's label is the result's
    for macro in (r"\newcommand{\wcresult}", r"\newcommand{\wcchain}", r"\newcommand{\wcderivation}"):
        assert macro in STY
    # the sections of the document carry the headings the fragments no longer have
    assert r"\label{wc:pedestal.p_crit:section}" in files["pedestal.tex"]
    assert r"\input{derivations/pedestal.p_crit.tex}" in files["pedestal.tex"]


def test_long_right_hand_sides_break_at_their_top_level_signs(files):
    """fits.loss_at_optimum's long sums are broken into lines at + and -; the pieces join to the
    printed side exactly, so the text parse-back checks is the text shown."""
    from verify.latex import layout
    chain = files["chains/fits.loss_at_optimum.tex"]
    assert r"\begin{aligned}" in chain and r"\\ &\qquad {} + " in chain
    E, A, B, N, D = sympy.symbols("E A B N D", positive=True)
    expr = E + A * N + B * D + A * B * N * D + N**2 + D**2 + A**2 + B**2 + E * A * B
    pieces = notation.Printer().add_pieces(expr)
    assert "".join(pieces) == notation.latex(expr) and len(pieces) == 9
    shown = layout.display("L", "=", pieces, limit=12)
    assert shown.startswith(r"\wcfit{\begin{aligned}&L = ") and shown.count(r"\\ &\qquad {}") >= 2
    assert all(layout.width(line) <= 12 for line in layout.display_lines("L =", pieces, limit=12)[1:])
    assert layout.display("x", "=", ["1"]) == r"\wcfit{x = 1}"


def test_the_papers_notation_and_the_simplest_readable_result(files):
    a, b, d, E, A, B, N, D, C, Nc = sympy.symbols("alpha beta d E A B N D C N_c", positive=True)
    L = sympy.Function("L")
    # E first, positive terms before negative ones, powers with negative exponents as fractions
    assert notation.latex(A * N**-a + B * D**-b + E) == r"E + \frac{A}{N^{\alpha}} + \frac{B}{D^{\beta}}"
    # exponents as inline fractions
    assert notation.latex(N**(-1 / d)) == "N^{- 1/d}"
    assert notation.latex(C**(b / (a + b))) == r"C^{\beta/(\alpha + \beta)}"
    # a logarithmic derivative, a total derivative (upright d; also along the budget line)
    assert notation.latex(N * sympy.Derivative(L(N), N) / L(N)) == r"\frac{\mathrm{d} \ln L(N)}{\mathrm{d} \ln N}"
    assert notation.latex(sympy.Derivative(L(N, C / (6 * N)), N)).startswith(r"\frac{\mathrm{d}}{\mathrm{d} N} L")
    assert r"\partial" in notation.latex(sympy.Derivative(L(N, D), N))  # another variable held fixed
    # named operators
    J = sympy.Function("Jacobian")(N, D)
    assert notation.latex(sympy.Function("det")(J)) == r"\det(\operatorname{Jacobian}(N, D))"
    # a product of powers with opposite exponents as the premise writes it
    assert notation.latex(N**-a * Nc**a) == r"{\left(N_{c}/N\right)}^{\alpha}"
    assert r"\boxed{\wcfit[\wcboxroom]{L(N) = {\left(N_{c}/N\right)}^{\alpha}}}" in files["results/fits.one_term.tex"]
    # a small fraction under a power inline, as the papers write (C/6)^a: no tower of fractions
    assert notation.latex((C / 6)**(b / (a + b))) == r"{\left(C/6\right)}^{\beta/(\alpha + \beta)}"
    # in the emitted document: no stacked fraction in an exponent, no SymPy log-derivative form
    body = "\n".join(v for k, v in files.items() if k.startswith("derivations/"))
    assert not re.search(r"\^\{[^{}]*\\frac", body)
    assert r"\frac{N \frac{d}{d N}" not in body and r"\mathrm{Jacobian}" not in body


def test_numbers_are_typeset_from_their_values(files):
    from verify.latex import number_tex, _value
    assert number_tex(6.93176495678764e-06) == r"6.93 \times 10^{-6}"
    assert number_tex(1e20) == "10^{20}" and number_tex(3.0) == "3" and number_tex(0.33979, 4) == "0.3398"
    assert _value("1.0e+20") == "$10^{20}$" and _value("3.0") == "$3$"
    body = "\n".join(files.values())
    assert not re.search(r"\d\.?\d*e[+-]\d", body), re.search(r".{40}\d\.?\d*e[+-]\d.{20}", body)
    assert r"\mathtt{alpha}" not in body and r"$\alpha = 0.34$" in files["fits_analysis.tex"]


def test_claims_are_a_table_and_errata_stand_out(full_report, files):
    frag = files["derivations/pedestal.running_exponent.tex"]
    assert r"\begin{tabularx}" in frag and "paper prints & computed & status" in frag
    assert r"\multicolumn{3}" in frag  # the claim on a row of its own: the table fits a column
    erratum = frag.split(r"\begin{wcerratum}")[1].split(r"\end{wcerratum}")[0]
    assert "the correct value is $1/3$" in erratum and "Why:" in erratum


def test_printer_order_keeps_the_expression():
    L0, L1, p, x, a = sympy.symbols("L0 L1 p x alpha", positive=True)
    names = {"L0": "L_0", "L1": "L_1"}
    assert notation.latex(L1 - L0, names) == "L_1 - L_0"
    assert notation.latex((1 - p) * x**a) == r"\left(1 - p\right) x^{\alpha}"
    assert notation.latex(sympy.log(2) * a) == r"\alpha \log{\left(2 \right)}"
    # the registry: one spelling per name, Param(latex=...) where the table is silent
    assert notation.symbol_latex("alpha_c") == notation.symbol_latex("alpha_C") == r"\alpha_{C}"
    assert notation.symbol_latex("Lambda") == r"\Lambda" and notation.symbol_latex("ell") == r"\ell"
    assert notation.symbol_latex("d_F") == "d_{F}"


def test_emitted_equations_parse_back_to_the_verified_expressions():
    """Every equation of every registry derivation: strict pylatexenc, then SymPy's parse_latex, equal
    numerically at three points of the domain; the few unreadable constructs are counted skips."""
    start = time.monotonic()
    total = EquationCheck()
    for d in derivations.all():
        total.merge(check_equations(d))
    assert not total.failed, "\n".join(f"{w}: {r}" for w, r in total.failed[:10])
    share = len(total.skipped) / (total.checked + len(total.skipped))
    assert total.checked > 1000
    assert share <= MAX_SKIPPED_SHARE, sorted({r for _, r in total.skipped})
    assert time.monotonic() - start < 120


def test_parse_back_catches_a_wrong_printing():
    d = derivations.get("pedestal.loss")
    from verify.latex import _check_side
    p, x, a = (d.param(n).symbol for n in ("p", "x", "alpha"))
    expr = p + (1 - p) * x**a
    assert _check_side("t", notation.latex(expr), expr, {}, d.domains()) is None
    wrong = _check_side("t", r"p + \left(1 + p\right) x^{\alpha}", expr, {}, d.domains())
    assert wrong is not None and wrong[0] == "fail"


def test_repr_latex_shows_the_chain_and_the_boxed_result():
    d = derivations.get("pedestal.p_crit")
    tex = d._repr_latex_()
    assert tex == repr_latex(d) and tex.startswith("$$") and tex.endswith("$$")
    assert r"\boxed{p = \frac{1}{1 + N^{\alpha_{C}}}}" in tex
    from pylatexenc.latexwalker import LatexWalker
    LatexWalker(tex, tolerant_parsing=False).get_latex_nodes()


def test_foreign_files_are_not_overwritten(full_report, tmp_path):
    full_report = _part(full_report, "mc")
    (tmp_path / "main.tex").write_text("my own paper\n")
    with pytest.raises(OverwriteError):
        write_latex(full_report, tmp_path)
    assert (tmp_path / "main.tex").read_text() == "my own paper\n"
    (tmp_path / "derivations").mkdir()
    (tmp_path / "derivations" / "mc.crossover.tex").write_text("mine\n")
    with pytest.raises(OverwriteError):
        write_latex(full_report, tmp_path)
    write_latex(full_report, tmp_path, force=True)
    assert (tmp_path / "main.tex").read_text().startswith(MARKER)
    a_file = tmp_path / "file.tex"
    a_file.write_text("x")
    with pytest.raises(OverwriteError, match="is a file"):
        write_latex(full_report, a_file)


def test_committed_latex_is_current(full_report, files):
    for name, content in files.items():
        committed = ROOT / "latex" / name
        assert committed.exists(), f"latex/{name} missing: run python -m verify --latex latex"
        assert committed.read_text() == content, f"latex/{name} is stale: run python -m verify --latex latex"


def _compile(directory: Path, main: str) -> str:
    proc = subprocess.run(["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", main],
                          cwd=directory, capture_output=True, text=True, errors="replace", timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    log = (directory / main.replace(".tex", ".log")).read_text(errors="replace")
    assert "Undefined control sequence" not in log
    assert not re.search(r"(Reference|Citation) `[^']*' on page \d+ undefined", log)
    assert "There were undefined references" not in log
    return log


#: Overfull lines of the whole document (main.tex) when issue 19 was closed: 32 before it.
MAX_OVERFULL_MAIN = 0
#: Python's float syntax or an integer printed as a float, in the PDF's text ("8.0 · 10" is a
#: printed value with its two digits, and stays).
_FLOAT_SYNTAX = re.compile(r"\d(\.\d+)?e[+-]\d|\b\d+\.0(?=[\s,;:)]|$)(?! ·| ×)", re.M)


def _overfull(log: str, over: float = 1.0) -> list[str]:
    """The overfull boxes of a LaTeX log wider than ``over`` points, with the line after each."""
    return [m.group(0) for m in re.finditer(r"Overfull \\hbox \(([\d.]+)pt too wide\).*\n.*", log)
            if float(m.group(1)) > over]


def test_document_compiles_with_no_placeholder(full_report, tmp_path):
    _latex_tools()
    write_latex(full_report, tmp_path)
    log = _compile(tmp_path, "main.tex")
    assert (tmp_path / "main.pdf").stat().st_size > 10_000
    pdf_text = subprocess.run(["pdftotext", "main.pdf", "-"], cwd=tmp_path, capture_output=True, text=True,
                              errors="replace").stdout
    assert "[U+" not in pdf_text
    assert not re.search(r"\(\?\?\)|\?\?", pdf_text), "an unresolved reference"
    assert "wallcheck" in pdf_text
    # numbers typeset from their values, no TeX source in the text
    found = [m.group(0) for m in _FLOAT_SYNTAX.finditer(pdf_text)]
    assert not found, [pdf_text[max(0, m.start() - 40):m.end() + 10] for m in _FLOAT_SYNTAX.finditer(pdf_text)][:5]
    assert not re.search(r"\^\{|_\{|\\frac|\\alpha", pdf_text)
    assert len(_overfull(log, 0.0)) <= MAX_OVERFULL_MAIN, _overfull(log, 0.0)[:5]


def test_an_erratum_shows_our_value_to_the_digits_that_matter(files):
    """The erratum boxes give our value as the claims table does (one digit more than the
    paper prints, at least three), not to 15 digits ("6.93176495678764 × 10^{-6}", issue 19)."""
    our_value = re.compile(r"\\emph\{Our value:\} (.+?)\.(?=\s|$)", re.M)
    shown = [m.group(1) for body in files.values() for m in our_value.finditer(body)]
    assert len(shown) >= 5, shown
    assert "$6.93 \\times 10^{-6}$" in shown and "$0.333$" in shown, shown
    assert not [v for v in shown if re.search(r"\d{7,}", v)], shown


def test_every_claim_note_is_prose(full_report):
    """A claim's note is composed from its reading names, its own note and the ledger's
    wording: all of it must be prose (math in $...$), or the LaTeX falls back to escaping it
    as plain text (issue 19: a raw \\alpha reached the PDF from a reading name in Unicode)."""
    from verify import prose
    claims = [c for d in full_report["derivations"] for c in d["claims"]]
    claims += [c for f in full_report["fits"]["fits"] for c in f.get("claims", [])]
    assert len(claims) > 90
    bad = []
    for c in claims:
        for where, text in [("note", c.get("note") or "")] + [(f"reading {r['name']!r}", r["name"])
                                                               for r in c.get("readings", [])]:
            try:
                prose.latex(text)
            except prose.ProseError as exc:
                bad.append(f"{c['id']} {where}: {exc}")
    assert not bad, bad


@pytest.mark.parametrize("mixed, math, plain", [
    (r"the reading α_C = 0.050; whose $I \propto D^{0.1}$ fixes it", r"$I \propto D^{0.1}$", r"\ensuremath{\alpha}"),
    (r"x ≈ 1 and $\alpha_C = 0.050$", r"$\alpha_C = 0.050$", r"\ensuremath{\approx}"),
])
def test_mixed_prose_keeps_its_math(mixed, math, plain):
    """Prose that prose.latex refuses as a whole (Unicode math in its text) keeps its $...$
    segments as math; only its text is escaped as plain text."""
    from verify.latex import _prose
    out = _prose(mixed)
    assert math in out and plain in out
    assert "textbackslash" not in out and r"\$" not in out


@pytest.mark.parametrize("passage, typeset, kept", [
    ("v(l)∼ϵ_0 l^{1/3} β(l)^{−1/3}", [r"$\ensuremath{\epsilon}_{0}$", "$l^{1/3}$", r"$\ensuremath{\beta}(l)^{\ensuremath{-}1/3}$"],
     []),
    ("at (1−p)^{2} and 1.0e+20, not p_crit", [r"$(1\ensuremath{-}p)^{2}$", "$10^{20}$"], [r"p\_crit"]),
])
def test_plain_text_typesets_its_powers_and_subscripts(passage, typeset, kept):
    """A passage quoted from the paper's plain text (an erratum's) or a user's plain-text
    prose: powers, one-letter subscripts and Python floats typeset, an id's underscore kept
    as text, and no ^{ left for the PDF (issue 19)."""
    from verify.latex import _plain_prose
    out = _plain_prose(passage)
    assert all(t in out for t in typeset + kept), out
    assert "textasciicircum" not in out


def _twocolumn(tmp_path: Path, body: str, preamble: str = "") -> str:
    (tmp_path / "paper.tex").write_text("\\documentclass[twocolumn]{article}\n\\usepackage{amsmath,wallcheck}\n"
                                        f"{preamble}\\begin{{document}}\nOur own text.\n\n{body}\n"
                                        "And the text after.\n\\end{document}\n")
    return _compile(tmp_path, "paper.tex")


def test_fragments_fit_the_column_of_a_twocolumn_article(full_report, tmp_path):
    """Every derivation's full account, then its chain and its result alone, in a standard
    two-column article: no overfull box over 1 pt (168 of them, up to 107 pt, before issue 19)."""
    _latex_tools()
    write_latex(full_report, tmp_path)
    ids = [d["id"] for d in full_report["derivations"]]
    longest = ["rou.cauchy_truncated", "fits.loss_at_optimum", "jacobian.two_neuron", "fits.compute_exponent"]
    assert set(longest) <= set(ids)
    # Also every fragment together in a plain article of the user's (the article's default OT1
    # encoding: a straight quote in a claim's text once stopped the build), no clash of labels:
    # \wcderivation{ID} is \input{derivations/ID.tex}, so this one compile is that document too.
    refs = "See \\eqref{wc:pedestal.p_crit} and \\eqref{wc:mc.error_law}.\n"
    order = longest + [i for i in ids if i not in longest]
    log = _twocolumn(tmp_path, refs + "".join(f"\\wcderivation{{{i}}}\n" for i in order))
    assert not _overfull(log), _overfull(log)[:5]
    assert not re.search(r"multiply[- ]defined", log) and "\n! " not in log
    assert r"\newcommand{\wcdir}{}" in STY
    assert r"\newcommand{\wcderivation}[1]{\input{\wcdir derivations/#1.tex}}" in STY
    parts = tmp_path / "parts"
    parts.mkdir()
    for name in ("wallcheck.sty", "chains", "results"):
        (parts / name).symlink_to(tmp_path / name)
    # the parts alone: the same displays as above, so the longest and a sample keep this test short
    sample = longest + [i for i in ids if i not in longest][::5]
    log = _twocolumn(parts, "".join(f"See \\eqref{{wc:{i}}}.\n\\wcresult{{{i}}}\n\\wcchain{{{i}}}\n" for i in sample))
    assert not _overfull(log), _overfull(log)[:5]


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("<!-- two-column example -->", 1)[1].split("```latex\n", 1)[1].split("```", 1)[0]
    return block


def test_the_readme_two_column_example_compiles(full_report, tmp_path):
    """The README's minimal two-column paper, verbatim, with the directory --latex writes."""
    _latex_tools()
    example = _readme_example()
    assert r"\documentclass[twocolumn]{article}" in example and r"\wcresult{" in example
    (tmp_path / "paper.tex").write_text(example)
    write_latex(full_report, tmp_path / "wc")
    (tmp_path / "wallcheck.sty").symlink_to(tmp_path / "wc" / "wallcheck.sty")
    log = _compile(tmp_path, "paper.tex")
    assert not _overfull(log), _overfull(log)[:5]


def test_own_document_title_and_only_its_own_references(full_report, tmp_path):
    """--title/--author for a document of one's own: it cites nothing it does not contain."""
    part = _part(full_report, "mc")
    files = render_document(part, title=r"My laws of $N^{-1/2}$", author="A. Physicist")
    main = files["main.tex"]
    assert r"\title{My laws of $N^{-1/2}$}" in main and r"\author{A. Physicist}" in main
    assert "two papers on LLM scaling" not in main and "pedestal.p_crit" not in main
    labels = {m for text in files.values() for m in re.findall(r"\\label\{([^}]*)\}", text)}
    cited = {m for name, text in files.items() if name.endswith(".tex")
             for m in re.findall(r"\\(?:eq|wc)?ref\{([^}]*)\}", text)}
    assert cited and cited <= labels, cited - labels
    default = render_document(part)["main.tex"]
    assert r"\title{wallcheck: machine-checked closed forms" in default  # registry entries: the papers' title


def test_figures_are_copied_into_the_latex_directory(full_report, tmp_path):
    """--latex DIR --figures: the figures live in DIR/figures and are included from there, so the
    directory compiles wherever it is moved."""
    import hashlib
    import json
    from verify.figures import MANIFEST
    drawn = tmp_path / "drawn"
    drawn.mkdir()
    (drawn / "s_fig1.pdf").write_bytes(b"%PDF-1.4 stand-in\n")
    digest = hashlib.sha256((drawn / "s_fig1.pdf").read_bytes()).hexdigest()
    (drawn / MANIFEST).write_text(json.dumps({"generator": "wallcheck figures", "files": {"s_fig1.pdf": digest},
                                              "figures": [{"name": "s_fig1", "title": "A figure",
                                                           "caption": "Its caption."}]}))
    out = tmp_path / "doc"
    written = write_latex(_part(full_report, "mc"), out, figures=drawn)
    assert (out / "figures" / "s_fig1.pdf").read_bytes() == (drawn / "s_fig1.pdf").read_bytes()
    assert out / "figures" / "s_fig1.pdf" in written
    tex = (out / "figures.tex").read_text()
    assert r"\includegraphics[width=\linewidth]{figures/s_fig1.pdf}" in tex and ".." not in tex


def test_every_fragment_together_with_common_packages(full_report, tmp_path):
    """All fragments \\input into one article with the packages a paper loads (geometry, amssymb,
    mathtools, hyperref, cleveref), no clash of labels; without those packages installed, the plain
    article alone (test_fragments_fit_the_column_of_a_twocolumn_article compiles it in any case)."""
    _latex_tools()
    write_latex(full_report, tmp_path)
    ids = [d["id"] for d in full_report["derivations"]]
    body = "".join(f"\\input{{derivations/{i}.tex}}\n" for i in ids)
    refs = "See \\eqref{wc:pedestal.p_crit} and \\eqref{wc:mc.error_law}.\n"
    preamble, more = "\\usepackage{amsmath,wallcheck}\n", ""
    extra = ["geometry", "amssymb", "mathtools", "hyperref", "cleveref"]
    if all(subprocess.run(["kpsewhich", f"{p}.sty"], capture_output=True).returncode == 0 for p in extra):
        preamble, more = ("\\usepackage[margin=2.5cm]{geometry}\n\\usepackage{amsmath,amssymb,mathtools}\n"
                          "\\usepackage{wallcheck}\n\\usepackage{hyperref}\n\\usepackage{cleveref}\n",
                          "And \\cref{wc:pedestal.p_crit}.\n")
    (tmp_path / "paper.tex").write_text(f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n"
                                        f"{refs}{more}{body}\\end{{document}}\n")
    log = _compile(tmp_path, "paper.tex")
    assert not re.search(r"multiply[- ]defined", log) and "\n! " not in log
    assert r"\DeclareTextCommandDefault{\textquotedbl}" in STY


def test_repr_latex_text_holds_no_macro_mathjax_would_print_raw():
    """MathJax sets \\text{...} literally: a \\emph, \\_ or \\S there showed as source in Jupyter."""
    for d in derivations.all():
        tex = repr_latex(d)
        for arg in re.findall(r"\\text\{([^{}]*)\}", tex):
            assert "\\" not in arg and "$" not in arg, (d.id, arg)
    tex = repr_latex(derivations.get("grid.centered_difference"))
    assert r"\text{ from f_plus, }" in tex


def test_sty_declares_what_the_fragments_use(full_report, files):
    used = set()
    for name, content in files.items():
        if name.startswith("derivations/"):
            used |= set(re.findall(r"\\(wc[a-z]+|verdict)\b", content))
    for macro in used:
        assert f"{{\\{macro}}}" in STY or f"{{{macro}}}" in STY, macro
