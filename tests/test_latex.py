"""The emitted LaTeX: deterministic, never clobbers a user's file, compiles, and is current."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from verify.latex import MARKER, render_document, write_latex
from verify.report import OverwriteError

ROOT = Path(__file__).resolve().parents[1]


def test_rendering_is_deterministic(full_report, tmp_path):
    first = write_latex(full_report, tmp_path / "a")
    second = write_latex(full_report, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for p, q in zip(first, second):
        assert p.read_bytes() == q.read_bytes()
    assert "main.tex" in {p.name for p in first}


def test_document_carries_every_derivation_and_verdict(full_report):
    files = render_document(full_report)
    body = "\n".join(files.values())
    for d in full_report["derivations"]:
        assert "drv:" + d["id"].replace("_", "-") in body
    assert r"\boxed{" in body and "erratum" in body
    assert "seconds" not in body  # no timings: the output must not change between runs


def test_foreign_files_are_not_overwritten(full_report, tmp_path):
    (tmp_path / "main.tex").write_text("my own paper\n")
    with pytest.raises(OverwriteError):
        write_latex(full_report, tmp_path)
    assert (tmp_path / "main.tex").read_text() == "my own paper\n"
    write_latex(full_report, tmp_path, force=True)
    assert (tmp_path / "main.tex").read_text().startswith(MARKER)


def test_committed_latex_is_current(full_report):
    expected = render_document(full_report)
    for name, content in expected.items():
        committed = ROOT / "latex" / name
        assert committed.exists(), f"latex/{name} missing: run python -m verify --latex latex"
        assert committed.read_text() == content, f"latex/{name} is stale: run python -m verify --latex latex"


def test_document_compiles(full_report, tmp_path):
    if not (shutil.which("latexmk") and shutil.which("pdflatex")):
        if os.environ.get("WALLCHECK_REQUIRE_LATEX"):
            pytest.fail("latexmk/pdflatex are required here (WALLCHECK_REQUIRE_LATEX is set)")
        pytest.skip("latexmk/pdflatex not installed")
    write_latex(full_report, tmp_path)
    proc = subprocess.run(["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "main.tex"],
                          cwd=tmp_path, capture_output=True, text=True, errors="replace", timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert (tmp_path / "main.pdf").stat().st_size > 10_000
