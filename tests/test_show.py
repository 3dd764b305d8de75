"""``python -m verify --show ID`` and the checks of output paths before a run."""

from __future__ import annotations

import json

import derivations
from verify.__main__ import main
from verify.show import render_show


def test_show_prints_premises_steps_verdicts_result_and_claims(capsys):
    assert main(["--show", "pedestal.running_exponent", "--dps", "20", "--properties", "0"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pedestal.running_exponent: ")
    assert "Premises" in out and "Steps" in out and "Result" in out and "Claims" in out
    assert "α_p(x, p) =" in out          # the registry's names, read as text
    assert ": proved" in out              # each step with its verdict
    assert "erratum" in out and "pedestal.fig1_normalization" in out
    assert "\\" not in out.split("Result")[1].split("Independent")[0]  # no raw LaTeX in the box


def test_show_unknown_id_is_a_usage_error(capsys):
    assert main(["--show", "pedestal.running_exponen"]) == 2
    err = capsys.readouterr().err
    assert "unknown derivation id 'pedestal.running_exponen'" in err and "did you mean" in err
    assert "Traceback" not in err


def test_render_show_marks_a_failed_step():
    d = derivations.get("mc.error_law")
    entry = {"verdict": "failed", "steps": [{"verdict": "failed", "method": "counterexample",
                                            "counterexample": {"N": "2"}}], "claims": [], "properties": []}
    text = render_show(d, entry)
    assert "failed (counterexample)" in text and "counterexample: N = 2" in text


def test_json_into_a_missing_directory_is_created_before_the_run(tmp_path, capsys):
    target = tmp_path / "new" / "dir" / "report.json"
    assert main(["mc.error_law", "--dps", "20", "--properties", "0", "-q", "--json", str(target)]) == 0
    assert json.loads(target.read_text())["generator"] == "wallcheck"


def test_bad_output_paths_are_refused_before_any_work(tmp_path, capsys, monkeypatch):
    import verify.runner
    monkeypatch.setattr(verify.runner, "run", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran")))
    assert main(["mc.error_law", "--json", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err
    a_file = tmp_path / "x.tex"
    a_file.write_text("mine")
    assert main(["mc.error_law", "--latex", str(a_file)]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a directory" in err and "Traceback" not in err
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a directory should be")
    assert main(["mc.error_law", "--json", str(blocker / "sub" / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create its directory" in err
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "main.tex").write_text("my paper\n")
    assert main(["mc.error_law", "--latex", str(tmp_path / "paper")]) == 2
    assert "not written by wallcheck" in capsys.readouterr().err
    assert (tmp_path / "paper" / "main.tex").read_text() == "my paper\n"


def test_every_unwritable_output_is_one_line_and_exit_2_before_the_run(tmp_path, capsys, monkeypatch):
    """--json/--latex/--figures into a place that cannot be written, --figures FILE, and a
    directory holding a foreign figure or fragment: one line, exit 2, nothing run (no traceback)."""
    import verify.runner
    monkeypatch.setattr(verify.runner, "run", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran")))
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a directory should be")
    (tmp_path / "figs").mkdir()
    (tmp_path / "figs" / "captions.md").write_text("my notes\n")
    (tmp_path / "tex" / "derivations").mkdir(parents=True)
    (tmp_path / "tex" / "derivations" / "mc.error_law.tex").write_text("my own fragment\n")
    cases = [(["--latex", str(blocker / "sub")], "cannot create its directory"),
             (["--figures", str(blocker / "sub")], "cannot create its directory"),
             (["--figures", str(blocker)], "is a file, not a directory"),
             (["--figures", str(tmp_path / "figs")], "captions.md exists and was not written by wallcheck"),
             (["--latex", str(tmp_path / "tex")], "mc.error_law.tex exists and was not written by wallcheck")]
    for extra, message in cases:
        assert main(["mc.error_law", "-q", *extra]) == 2, extra
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err and "Traceback" not in err, (extra, err)
    assert (tmp_path / "figs" / "captions.md").read_text() == "my notes\n"
    assert (tmp_path / "tex" / "derivations" / "mc.error_law.tex").read_text() == "my own fragment\n"


def test_show_prints_the_papers_values_as_text_not_latex():
    d = derivations.get("pedestal.p_crit")
    entry = {"verdict": "proved", "steps": [], "properties": [],
             "claims": [{"status": "verified", "id": "pedestal.p_crit.N1e6", "relation": "∼", "printed": "10^{-2}",
                         "computed": 0.0099, "statement": "s", "paper": "S §3"}]}
    text = render_show(d, entry)
    assert "printed ∼ 10^−2, computed 0.0099" in text and "10^{-2}" not in text
