"""``python -m verify`` as a user runs it: table, JSON report, exit codes, refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
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
    assert len(lines) == 1 and lines[0].startswith("1 derivation:")


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
        # With the bytecode: copies keep their mtimes, so only the mutated module is compiled again.
        shutil.copytree(ROOT / pkg, tmp_path / pkg)
    target = tmp_path / "derivations" / f"{module}.py"
    source = target.read_text()
    assert source.count(old) >= 1, f"mutation {old!r} not found in {module}.py"
    target.write_text(source.replace(old, new, 1))
    return tmp_path


# (module, original text, corrupted text, ids to check): an operator or a constant changed.
MUTATIONS = [
    ("montecarlo", "sp.Gt(sp.Rational(1, 2), a / d)", "sp.Gt(sp.Rational(1, 3), a / d)", "mc.crossover"),
    ("montecarlo", "sp.Sum(sigma**2, (i, 1, M)) / M**2", "sp.Sum(sigma**2, (i, 1, M)) / M**3", "mc.error_law"),
    ("pedestal_law", "alpha_p = (1 - p) * alpha * x**alpha / (p + (1 - p) * x**alpha)",
     "alpha_p = (1 - p) * alpha * x**alpha / (p - (1 - p) * x**alpha)", "pedestal.running_exponent"),
    ("pedestal_running", 'Premise("fit", sp.Eq(L_N, E + A * N**-alpha)', 'Premise("fit", sp.Eq(L_N, E + 2 * A * N**-alpha)',
     "pedestal.effective_exponent"),
    ("roundoff", "ERROR_MODEL = h**2 / 6 * M3 + u * M0 / h", "ERROR_MODEL = h**2 / 3 * M3 + u * M0 / h",
     "roundoff.optimal_step"),
    ("rou_gaussian", "phi = sp.exp(-x**2 / (2 * sigma**2))", "phi = sp.exp(-x**2 / (3 * sigma**2))", "rou.gaussian"),
    ("llm", "kaplan_form = sp.Eq(L, (N_c / N) ** alpha)", "kaplan_form = sp.Eq(L, (N_c * N) ** alpha)",
     "llm.loss_law"),
    ("spurious", "expect=2 ** (n - k + 1) - 1,", "expect=2 ** (n - k + 2) - 1,", "spurious.calude_longo"),
]


@pytest.fixture
def pristine_tree_run(tmp_path_factory) -> subprocess.CompletedProcess:
    """Every id of :data:`MUTATIONS` checked in one uncorrupted copy of the tree, as each corrupted
    tree is checked: one process for the session (each mutation's test once ran its restored tree)."""
    from conftest import computed_once

    def compute() -> subprocess.CompletedProcess:
        tree = tmp_path_factory.mktemp("pristine")
        for pkg in ("derivations", "verify"):
            shutil.copytree(ROOT / pkg, tree / pkg)
        env = {**os.environ, "WALLCHECK_CACHE_DIR": str(tree / "cache"), "PYTHONPATH": str(tree)}
        return subprocess.run([sys.executable, "-m", "verify", *sorted({m[3] for m in MUTATIONS}), "-q",
                               "--properties", "0", "--json", "-"], cwd=tree, env=env, capture_output=True,
                              text=True, timeout=600)

    return computed_once(tmp_path_factory, "pristine-mutation-ids", compute)


@pytest.mark.parametrize("module,old,new,ident", MUTATIONS, ids=[m[3] + ":" + m[2][:20] for m in MUTATIONS])
def test_corrupted_derivation_makes_verify_exit_nonzero(tmp_path, module, old, new, ident, pristine_tree_run):
    tree = _corrupted_tree(tmp_path, module, old, new)
    env = {**os.environ, "WALLCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(tree)}
    proc = subprocess.run([sys.executable, "-m", "verify", ident, "-q", "--properties", "0"], cwd=tree,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "failed" in proc.stdout
    # The same tree without the corruption passes: the failure is the mutation's doing.
    pristine = pristine_tree_run
    assert pristine.returncode == 0, pristine.stdout[-3000:] + pristine.stderr
    verdicts = {d["id"]: d["verdict"] for d in json.loads(pristine.stdout)["derivations"]}
    assert verdicts[ident] == "proved", verdicts


def test_version_flag(capsys):
    from verify import __version__
    from verify.__main__ import main
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"wallcheck {__version__}"


# -- a new user's first hour (issue 18): signals, pipes, no traps --------------------------------

def _user_env(home: Path) -> dict[str, str]:
    """A user's environment: this checkout importable, caches under ``home`` (``$XDG_CACHE_HOME``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WALLCHECK_CACHE_DIR", "HYPOTHESIS_STORAGE_DIRECTORY")}
    return {**env, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(home / "xdg-cache")}


def verify_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``python -m verify ARGS`` as a user runs it in ``cwd``."""
    return subprocess.run([sys.executable, "-m", "verify", *args], cwd=cwd, env=_user_env(cwd),
                          capture_output=True, text=True, timeout=900)


def test_ctrl_c_stops_the_workers_quietly_with_one_line_and_status_130(tmp_path):
    import signal
    import time
    proc = subprocess.Popen([sys.executable, "-m", "verify", "--no-cache", "--jobs", "2"], cwd=tmp_path,
                            env=_user_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    time.sleep(4)  # into the run: the registry imported, the workers forked (a full cold run takes longer)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, out + err
    assert err == "python -m verify: interrupted\n", err
    assert "Traceback" not in out + err


@pytest.mark.parametrize("args", [["--list"], ["mc.crossover", "--properties", "0"]])
def test_a_closed_pipe_ends_the_run_silently(tmp_path, args):
    proc = subprocess.Popen([sys.executable, "-m", "verify", *args], cwd=tmp_path, env=_user_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()  # like `| head -1`: read one line, then close the pipe
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 0, err
    assert first.strip() and err == ""


def test_fits_takes_one_file_per_option_and_the_rest_are_ids(tmp_path, cli_in_process):
    shipped = ROOT / "verify" / "data" / "fits.toml"
    proc = cli_in_process(["--fits", str(shipped), "pedestal.p_crit", "-q", "--properties", "0"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("1 derivation: 1 proved")  # pedestal.p_crit read as an id
    assert "fits: 4 analysed from 1 file" in proc.stdout
    two = cli_in_process(["--fits", str(shipped), str(shipped)], tmp_path)
    assert two.returncode == 2 and "--fits" in two.stderr and "Traceback" not in two.stderr


def test_a_missing_fits_file_and_a_missing_derivation_file_are_both_usage_errors(tmp_path, cli_in_process):
    for args in (["--fits", "nope.toml"], ["nope.py"]):
        proc = cli_in_process(args, tmp_path)
        assert proc.returncode == 2, args
        assert "nope" in proc.stderr and "no such file" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("flag", ["--figures", "--latex", "--json"])
def test_an_output_option_refuses_an_id_for_a_directory(tmp_path, flag, cli_in_process):
    proc = cli_in_process([flag, "pedestal.p_crit"], tmp_path)
    assert proc.returncode == 2
    assert f"{flag} pedestal.p_crit: looks like a derivation" in proc.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "xdg-cache"] or not (tmp_path / "pedestal.p_crit").exists()


def test_dps_out_of_range_states_one_range(tmp_path, capsys):
    messages = []
    for dps in ("5", "20000"):
        assert main(["--dps", dps]) == 2
        messages.append(capsys.readouterr().err.splitlines()[-1].replace(f"={dps} ", "=D "))
    assert messages[0] == messages[1] and "[15, 10000]" in messages[0]


def test_show_takes_several_ids_and_honours_json(tmp_path, cli_in_process):
    proc = cli_in_process(["--show", "mc.crossover", "mc.error_law", "--json", "-", "--properties", "0"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)  # stdout is the JSON alone; the readable text went to stderr
    assert [d["id"] for d in report["derivations"]] == ["mc.crossover", "mc.error_law"]
    assert report["summary"]["proved"] == 2
    assert "mc.crossover: " in proc.stderr and "mc.error_law: " in proc.stderr
    beside = cli_in_process(["mc.error_law", "--show", "mc.crossover", "--properties", "0"], tmp_path)
    assert beside.returncode == 0 and beside.stdout.index("mc.crossover: ") < beside.stdout.index("mc.error_law: ")


def test_ids_of_the_users_own_file_are_selectable(tmp_path, cli_in_process):
    mine = tmp_path / "mine.py"
    mine.write_text(textwrap.dedent(CUBES))
    proc = cli_in_process(["mine.py", "my.second", "--json", "-", "-q", "--allow-inconclusive"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [d["id"] for d in json.loads(proc.stdout)["derivations"]] == ["my.second"]
    both = cli_in_process(["mine.py", "my", "mc.crossover", "--json", "-", "-q", "--allow-inconclusive",
                       "--properties", "0"], tmp_path)
    assert [d["id"] for d in json.loads(both.stdout)["derivations"]] == ["mc.crossover", "my.first", "my.second"]
    shown = cli_in_process(["mine.py", "--show", "my.first"], tmp_path)
    assert shown.stdout.startswith("my.first: slope of a cube"), shown.stdout + shown.stderr


CUBES = """
    import sympy as sp
    from derivations import Derivation, Param, Premise, Positive, Differentiate
    x = Param("x", Positive())
    f = sp.Function("f")
    def cube(ident):
        return Derivation(id=ident, title="slope of a cube", source="notes", symbols=(x,),
                          premises=(Premise("cube", sp.Eq(f(x.symbol), x.symbol**3), "definition"),),
                          steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))
    first, second, unlisted = cube("my.first"), cube("my.second"), cube("my.unlisted")
    DERIVATIONS = [first, second]
    """


def test_the_pytest_plugin_follows_DERIVATIONS(tmp_path):
    (tmp_path / "test_mine.py").write_text(textwrap.dedent(CUBES))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q",
                           "test_mine.py"], cwd=tmp_path, env=_user_env(tmp_path), capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "test_mine.py::my.first" in proc.stdout and "test_mine.py::my.second" in proc.stdout
    assert "my.unlisted" not in proc.stdout


def test_list_is_plain_text(capsys):
    assert main(["--list"]) == 0
    out = capsys.readouterr().out
    assert "$" not in out and "\\" not in out
    assert "a/d" in out


# -- every command and snippet of the README, as written (issue 18 items 1, 6) ------------------

def _readme_blocks(language: str) -> list[str]:
    """The README's fenced code blocks in ``language``, in order."""
    import re
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.S | re.M)


def test_readme_python_snippets_run_as_written(tmp_path):
    blocks = _readme_blocks("python")
    assert len(blocks) >= 4
    for block in blocks:
        if block.startswith("# outline"):
            compile(block, "README.md", "exec")  # an outline: valid Python, not run on its own
            continue
        proc = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, env=_user_env(tmp_path),
                              capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, block + proc.stdout + proc.stderr
    outline = next(b for b in blocks if "examples/chinchilla.py" in b.splitlines()[0])
    example = (ROOT / "examples" / "chinchilla.py").read_text()
    for rule in ("Substitute", "Differentiate", "AddBoth", "MultiplyBoth", "SolveFor"):
        assert f"{rule}(" in outline and f"{rule}(" in example


def _readme_commands() -> list[list[str]]:
    """Every ``python -m verify`` command of the README's shell blocks, as argument lists."""
    import shlex
    commands = []
    for block in _readme_blocks("bash"):
        for line in block.splitlines():
            line = line.split("#")[0].split("&&")[-1].strip()
            if line.startswith("python -m verify"):
                commands.append(shlex.split(line)[3:])
    return commands

