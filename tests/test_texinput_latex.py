"""LaTeX input (issue 21), the LaTeX side: the markup typesets nothing, the run's ``.wcaux`` gives
margin marks and footnotes only when asked, and a foreign ``.wcaux`` is never overwritten."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from verify.__main__ import main
from verify.latex import STY
from verify.texinput import MARKUP_STY
from verify.texinput.report import AUX_MARKER
from verify.texinput.scanner import read_group
from verify.texinput.sty import MARKUP_PACKAGE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / "smallness_sec3.tex", ROOT / "examples" / "smallness_sec5.tex"]

needs_tex = pytest.mark.skipif(not (shutil.which("pdflatex") and shutil.which("pdftotext")),
                               reason="pdflatex and pdftotext are not installed")


def strip_markup(source: str) -> str:
    r"""The paper without any wallcheck markup (``\wcclaim`` leaves its printed value)."""
    out = re.sub(r"\\(?:begin|end)\{wccheck\}", lambda m: m.group(0).replace("wccheck", "WCENV"), source)
    for name, nargs in (("WCENV", 0), ("wcsymbol", 1), ("wcassume", 2), ("wcpremise", 1), ("wcby", 1),
                        ("wcfrom", 1), ("wcname", 1), ("wcroute", 1), ("wcclaim", 2), ("wcskip", 0)):
        while True:
            m = re.search(r"\\(?:begin\{|end\{)?" + name + r"(?![A-Za-z])\}?", out)
            if m is None:
                break
            end, kept = m.end(), ""
            if name == "WCENV":
                end = m.end()
                if m.group(0).startswith("\\begin"):
                    for _ in range(2):
                        end = read_group(out, end)[1]
            else:
                opt = read_group(out, end, "[", "]")
                if opt is not None:
                    end = opt[1]
                for k in range(nargs):
                    grp = read_group(out, end)
                    kept, end = grp[0], grp[1]
                if name != "wcclaim":
                    kept = ""
            out = out[:m.start()] + kept + "\0" + out[end:]
    # A line that held only markup goes away whole (it must not become a paragraph break).
    lines = [line for line in out.split("\n") if not ("\0" in line and not line.replace("\0", "").strip())]
    return "\n".join(lines).replace("\0", "")


def _pdf(directory: Path, source: str, name: str = "paper") -> tuple[bytes, str, str]:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "wallcheck.sty").write_text(STY)
    (directory / f"{name}.tex").write_text(source)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "FORCE_SOURCE_DATE": "1"}
    for _ in range(2):
        proc = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                              cwd=directory, capture_output=True, text=True, errors="replace", env=env, timeout=300)
        assert proc.returncode == 0, proc.stdout[-2000:]
    log = (directory / f"{name}.log").read_text(errors="replace")
    assert "Undefined control sequence" not in log
    text = subprocess.run(["pdftotext", "-layout", f"{name}.pdf", "-"], cwd=directory, capture_output=True,
                          text=True, check=True).stdout
    return (directory / f"{name}.pdf").read_bytes(), text, log


def test_strip_markup_removes_every_command():
    for path in EXAMPLES:
        stripped = strip_markup(path.read_text())
        assert "\\wc" not in stripped and "wccheck" not in stripped
        assert "10^{-2}" in stripped or "0.27" in stripped  # a claim leaves its printed value


def test_the_markup_is_in_wallcheck_sty_and_in_its_own_package():
    assert MARKUP_STY in STY and STY.rstrip().endswith("\\endinput")
    assert (ROOT / "latex" / "wallcheck-markup.sty").read_text() == MARKUP_PACKAGE
    for command in ("wcsymbol", "wcassume", "wcpremise", "wcby", "wcfrom", "wcname", "wcskip", "wcroute",
                    "wcclaim", "wcshowmarks", "wcshowfootnotes"):
        assert f"\\newcommand{{\\{command}}}" in MARKUP_STY
    assert "\\newenvironment{wccheck}" in MARKUP_STY


@needs_tex
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_marked_paper_typesets_exactly_as_without_the_markup(tmp_path, path):
    marked, marked_text, _ = _pdf(tmp_path / "marked", path.read_text())
    plain, plain_text, _ = _pdf(tmp_path / "plain", strip_markup(path.read_text()))
    assert marked_text == plain_text
    assert marked == plain  # byte for byte (a fixed SOURCE_DATE_EPOCH makes pdflatex deterministic)


@needs_tex
def test_a_marked_paper_compiles_unchanged_after_the_run(tmp_path):
    source = EXAMPLES[0].read_text()
    before, _, _ = _pdf(tmp_path, source)
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0"]) == 0
    assert (tmp_path / "paper.wcaux").read_text().startswith(AUX_MARKER)
    after, _, _ = _pdf(tmp_path, source)
    assert after == before  # marks are off by default: the .wcaux changes nothing


@needs_tex
def test_marks_and_footnotes_show_the_verdicts_when_asked(tmp_path):
    source = EXAMPLES[0].read_text().replace(r"\usepackage{wallcheck}", r"\usepackage[marks,footnotes]{wallcheck}")
    _, text, log = _pdf(tmp_path, source)
    assert "proved" not in text and "no paper.wcaux yet" in " ".join(log.split())
    (tmp_path / "paper.tex").write_text(source)
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0"]) == 0
    aux = (tmp_path / "paper.wcaux").read_text()
    assert r"\wcverdict{smallness.N_crit}{proved}" in aux and r"\wcmark{smallness.N_crit}{2}{proved}" in aux
    _, text, _ = _pdf(tmp_path, source)
    assert text.count("proved") >= 4  # margin marks and the footnotes
    assert "wallcheck: derivation smallness.N_crit proved" in " ".join(text.split())


def test_a_failed_line_is_marked_failed(tmp_path):
    source = EXAMPLES[0].read_text().replace(r"\left(\frac{1-p}{p}\right)^{3}", r"\left(\frac{1-p}{p}\right)^{2}")
    (tmp_path / "paper.tex").write_text(source)
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0"]) == 1
    aux = (tmp_path / "paper.wcaux").read_text()
    assert r"\wcverdict{smallness.N_crit}{failed}" in aux and r"\wcmark{smallness.N_crit}{1}{failed}" in aux


def test_a_foreign_wcaux_is_never_overwritten(tmp_path, capsys):
    (tmp_path / "paper.tex").write_text(EXAMPLES[1].read_text())
    foreign = tmp_path / "paper.wcaux"
    foreign.write_text("my own notes\n")
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0"]) == 0
    assert foreign.read_text() == "my own notes\n"
    assert "paper.wcaux: not written" in capsys.readouterr().err


def test_the_wcaux_is_deterministic(tmp_path):
    (tmp_path / "paper.tex").write_text(EXAMPLES[1].read_text())
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0"]) == 0
    first = (tmp_path / "paper.wcaux").read_bytes()
    assert main([str(tmp_path / "paper.tex"), "-q", "--properties", "0", "--no-cache"]) == 0
    assert (tmp_path / "paper.wcaux").read_bytes() == first
