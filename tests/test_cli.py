"""``python -m verify`` as a user runs it: table, JSON report, exit codes, refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verify.__main__ import main
from verify.claims import STATUSES  # errata (issue 17)

ROOT = Path(__file__).resolve().parents[1]
VERDICTS = {"proved", "confirmed", "inconclusive", "failed"}


def test_selection_table_and_summary(capsys):
    assert main(["mc", "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "mc.error_law" in out and "mc.crossover" in out
    assert out.strip().splitlines()[-1].startswith("2 derivations: 2 proved")


def test_quiet_prints_only_the_summary(capsys):
    assert main(["mc.crossover", "-q"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("1 derivations")


def test_unknown_id_is_a_usage_error_with_suggestions(capsys):
    assert main(["pedestal.pcrit"]) == 2
    err = capsys.readouterr().err
    assert "unknown derivation id 'pedestal.pcrit'" in err and "did you mean" in err


def test_bad_dps_is_refused(capsys):
    assert main(["mc", "--dps", "2"]) == 2
    assert "dps=2" in capsys.readouterr().err


def test_list(capsys):
    assert main(["--list"]) == 0
    out = capsys.readouterr().out
    assert "mc.crossover" in out and "[a]" in out


def test_json_report_keys(tmp_path, capsys):
    path = tmp_path / "r.json"
    assert main(["mc", "--json", str(path), "-q"]) == 0
    report = json.loads(path.read_text())
    assert {"dps", "versions", "derivations", "summary"} <= set(report)
    assert set(report["summary"]) >= {"derivations", "proved", "confirmed", "inconclusive", "failed",
                                      "claims", "errata", "seconds"}
    for d in report["derivations"]:
        assert {"id", "title", "source", "verdict", "steps", "numeric", "claims", "seconds"} <= set(d)
        assert d["verdict"] in VERDICTS
        assert {"route", "digits"} <= set(d["numeric"])
        for s in d["steps"]:
            assert {"rule", "verdict", "method"} <= set(s) and s["verdict"] in VERDICTS
        for c in d["claims"]:
            assert {"id", "statement", "paper", "computed", "status", "note"} <= set(c)
            assert c["status"] in STATUSES  # errata (issue 17): one vocabulary, verify.claims.STATUSES


def test_json_never_clobbers_a_foreign_file(tmp_path, capsys):
    path = tmp_path / "notes.json"
    path.write_text('{"mine": true}')
    assert main(["mc.crossover", "--json", str(path), "-q"]) == 2
    assert json.loads(path.read_text()) == {"mine": True}
    assert main(["mc.crossover", "--json", str(path), "-q", "--force"]) == 0
    assert json.loads(path.read_text())["generator"] == "wallcheck"


def test_full_report_has_nothing_failed(full_report):
    s = full_report["summary"]
    failed = [(d["id"], d["verdict"]) for d in full_report["derivations"] if d["verdict"] in ("failed", "inconclusive")]
    assert failed == []
    assert s["failed"] == 0 and s["inconclusive"] == 0 and s["claims_failed"] == 0
    assert s["derivations"] >= 25


def test_errata_are_where_the_catalogue_puts_them(full_report):
    # errata (issue 17): the slips a referee signs, by severity; "almost twice" and Huang's law hold
    # under one reading each (tests/test_errata.py has the whole table)
    slips = {c["id"]: c["status"] for d in full_report["derivations"] for c in d["claims"]
             if c["status"] in ("erratum", "typo", "comment")}
    assert slips["pedestal.fig1_normalization"] == "erratum", "S's Fig. 1 normalization"
    assert slips["sk.rough_signal.sign"] == "typo" and slips["roundoff.wall.double"] == "comment"
    assert "rou.gaussian.almost_twice" not in slips and "llm.information_doubling.huang" not in slips


def _corrupted_tree(tmp_path: Path, module: str, old: str, new: str) -> Path:
    for pkg in ("derivations", "verify"):
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "derivations" / f"{module}.py"
    source = target.read_text()
    assert source.count(old) >= 1, f"mutation {old!r} not found in {module}.py"
    target.write_text(source.replace(old, new, 1))
    return tmp_path


# (module, original text, corrupted text, ids to check): an operator or a constant changed.
MUTATIONS = [
    ("montecarlo", "sp.Gt(sp.Rational(1, 2), a / d)", "sp.Gt(sp.Rational(1, 3), a / d)", "mc.crossover"),
    ("montecarlo", "sp.Sum(sigma**2, (i, 1, M)) / M**2", "sp.Sum(sigma**2, (i, 1, M)) / M**3", "mc.error_law"),
    ("pedestal", "alpha_p = (1 - p) * alpha * x**alpha / (p + (1 - p) * x**alpha)",
     "alpha_p = (1 - p) * alpha * x**alpha / (p - (1 - p) * x**alpha)", "pedestal.running_exponent"),
    ("pedestal", 'Premise("fit", sp.Eq(L_N, E + A * N**-alpha)', 'Premise("fit", sp.Eq(L_N, E + 2 * A * N**-alpha)',
     "pedestal.effective_exponent"),
    ("roundoff", "ERROR_MODEL = h**2 / 6 * M3 + u * M0 / h", "ERROR_MODEL = h**2 / 3 * M3 + u * M0 / h",
     "roundoff.optimal_step"),
    ("rou", "phi = sp.exp(-x**2 / (2 * sigma**2))", "phi = sp.exp(-x**2 / (3 * sigma**2))", "rou.gaussian"),
    ("llm", "kaplan_form = sp.Eq(L, (N_c / N) ** alpha)", "kaplan_form = sp.Eq(L, (N_c * N) ** alpha)",
     "llm.loss_law"),
    ("spurious", "expect=2 ** (n - k + 1) - 1,", "expect=2 ** (n - k + 2) - 1,", "spurious.calude_longo"),
]


@pytest.mark.parametrize("module,old,new,ident", MUTATIONS, ids=[m[3] + ":" + m[2][:20] for m in MUTATIONS])
def test_corrupted_derivation_makes_verify_exit_nonzero(tmp_path, module, old, new, ident):
    tree = _corrupted_tree(tmp_path, module, old, new)
    env = {**os.environ, "WALLCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(tree)}
    proc = subprocess.run([sys.executable, "-m", "verify", ident, "-q", "--properties", "0"], cwd=tree,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "failed" in proc.stdout
    # The same tree without the corruption passes: the failure is the mutation's doing.
    target = tree / "derivations" / f"{module}.py"
    target.write_text(target.read_text().replace(new, old, 1))
    proc = subprocess.run([sys.executable, "-m", "verify", ident, "-q", "--properties", "0"], cwd=tree,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_version_flag(capsys):
    from verify import __version__
    from verify.__main__ import main
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"wallcheck {__version__}"
