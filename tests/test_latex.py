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
    chain = frag.split(r"\begin{alignat}{2}")[1].split(r"\end{alignat}")[0]
    rows = [r for r in chain.split("\\\\\n") if r.strip()]
    assert len(rows) == 1 + len(derivations.get("pedestal.loss").steps)
    assert all(r"\implies" in r or "&=" in r for r in rows[1:])
    assert all(r"\wcstep{" in r for r in rows[1:])
    assert r"\wcstep{limit $x \to 0^{+}$}{proved}" in chain
    # the paper's order, not SymPy's: L_1 - L_0, (1 - p) x^alpha
    assert r"\left(L_{1} - L_{0}\right) x^{\alpha}" in frag
    assert r"p + \left(1 - p\right) x^{\alpha}" in frag


def test_claims_are_a_table_and_errata_stand_out(full_report, files):
    frag = files["derivations/pedestal.running_exponent.tex"]
    assert r"\begin{tabularx}" in frag and "paper prints & computed & status" in frag
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
    assert r"\boxed{p = \frac{1}{N^{\alpha_{C}} + 1}}" in tex
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


def test_document_compiles_with_no_placeholder(full_report, tmp_path):
    _latex_tools()
    write_latex(full_report, tmp_path)
    _compile(tmp_path, "main.tex")
    assert (tmp_path / "main.pdf").stat().st_size > 10_000
    pdf_text = subprocess.run(["pdftotext", "main.pdf", "-"], cwd=tmp_path, capture_output=True, text=True,
                              errors="replace").stdout
    assert "[U+" not in pdf_text
    assert not re.search(r"\(\?\?\)|\?\?", pdf_text), "an unresolved reference"
    assert "wallcheck" in pdf_text


def test_every_fragment_together_in_a_plain_article_and_with_common_packages(full_report, tmp_path):
    """All fragments \\input into one article of the user's (default OT1 encoding: a straight quote
    in a claim's text once stopped the build), no clash of labels; then with the packages a paper
    loads (geometry, amssymb, mathtools, hyperref, cleveref) where they are installed."""
    _latex_tools()
    write_latex(full_report, tmp_path)
    ids = [d["id"] for d in full_report["derivations"]]
    body = "".join(f"\\input{{derivations/{i}.tex}}\n" for i in ids)
    refs = "See \\eqref{wc:pedestal.p_crit} and \\eqref{wc:mc.error_law}.\n"
    preambles = {"plain": ("\\usepackage{amsmath,wallcheck}\n", "")}
    extra = ["geometry", "amssymb", "mathtools", "hyperref", "cleveref"]
    if all(subprocess.run(["kpsewhich", f"{p}.sty"], capture_output=True).returncode == 0 for p in extra):
        preambles["packages"] = ("\\usepackage[margin=2.5cm]{geometry}\n\\usepackage{amsmath,amssymb,mathtools}\n"
                                 "\\usepackage{wallcheck}\n\\usepackage{hyperref}\n\\usepackage{cleveref}\n",
                                 "And \\cref{wc:pedestal.p_crit}.\n")
    for name, (preamble, more) in preambles.items():
        (tmp_path / f"{name}.tex").write_text(f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n"
                                              f"{refs}{more}{body}\\end{{document}}\n")
        log = _compile(tmp_path, f"{name}.tex")
        assert not re.search(r"multiply[- ]defined", log) and "\n! " not in log, name
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
