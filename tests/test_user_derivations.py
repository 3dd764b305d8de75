"""A user's own derivations: ``python -m verify FILE``, ``run([mine])``, LaTeX, the pytest plugin,
property errors, and failures reported once with both expressions."""

from __future__ import annotations

import json
from fractions import Fraction
import os
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import sympy as sp

from derivations import Derivation, Differentiate, MultiplyBoth, Param, Positive, Premise, Real
from verify.__main__ import main
from verify.loader import import_module, load_paths
from verify.properties import check

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "chinchilla.py"

# The Chinchilla example with the exponent of N in the derivative planted wrong (β − 2 for β − 1);
# the steps after it are written correctly, so they fail only because of it.
PLANTED = f"""
import dataclasses, importlib.util
spec = importlib.util.spec_from_file_location("chinchilla_for_planting", {str(EXAMPLE)!r})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
steps = list(m.chinchilla.steps)
steps[1] = dataclasses.replace(steps[1], expect=m.SLOPE.subs(m.N**(m.beta - 1), m.N**(m.beta - 2)))
wrong = dataclasses.replace(m.chinchilla, id="mine.wrong_exponent", steps=tuple(steps), claims=(),
                            properties=())
"""

CUBE = """
import sympy as sp
from derivations import Derivation, Param, Premise, Positive, Differentiate
x = Param("x", Positive())
f = sp.Function("f")
cube = Derivation(id={ident!r}, title="slope of a cube", source="notes", symbols=(x,),
                  premises=(Premise("cube", sp.Eq(f(x.symbol), x.symbol**3), "definition"),),
                  steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def _cube(ident: str = "mine.cube") -> Derivation:
    x = Param("x", Positive())
    f = sp.Function("f")
    return Derivation(id=ident, title="slope of a cube", source="notes", symbols=(x,),
                      premises=(Premise("cube", sp.Eq(f(x.symbol), x.symbol**3), "definition"),),
                      steps=(Differentiate(x.symbol, expect=3 * x.symbol**2),))


# -- python -m verify FILE ---------------------------------------------------------------------

def _user_env(home: Path) -> dict[str, str]:
    """A user's environment: this checkout importable, caches under ``home`` (``$XDG_CACHE_HOME``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WALLCHECK_CACHE_DIR", "HYPOTHESIS_STORAGE_DIRECTORY")}
    return {**env, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(home / "xdg-cache")}


def verify_cli(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    """``python -m verify ARGS`` run by a user in ``cwd``, with the user's defaults."""
    return subprocess.run([sys.executable, "-m", "verify", *args], cwd=cwd, env=_user_env(cwd),
                          capture_output=True, text=True, timeout=600, **kw)


def test_readme_example_passes_with_the_cli_defaults_and_writes_nothing_in_cwd(tmp_path):
    """The first command the README invites: default property count (10), the example proved (its
    row in the table and the summary), nothing left in cwd."""
    proc = verify_cli([str(EXAMPLE)], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "chinchilla.optimal_N" in proc.stdout and "proved" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("1 derivation: 1 proved")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xdg-cache"]  # no .hypothesis/, no cache here
    assert (tmp_path / "xdg-cache" / "wallcheck").is_dir()


def test_readme_example_passes_under_pytest_with_the_plugin_defaults(tmp_path):
    """``pytest examples/chinchilla.py`` with the plugin's default 50 examples per property."""
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE)],
                          cwd=tmp_path, env=_user_env(tmp_path), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout
    assert not (tmp_path / ".hypothesis").exists()


@pytest.mark.parametrize("dps", [15, 30, 50, 100])
def test_example_growth_property_holds_where_the_difference_is_below_the_precision(dps):
    """The draw that failed at 15 digits (N_opt ∝ C^(1e-31)) and the extreme one (C^(1e-300))."""
    import mpmath
    m = import_module(EXAMPLE)
    holds = m.chinchilla.properties[0].holds
    with mpmath.workdps(dps):
        for alpha, beta in (("1e-12", "1e-43"), ("0.999", "1e-300"), ("0.5", "0.5")):
            assert holds(mpmath.mpf(alpha), mpmath.mpf(beta), mpmath.mpf("0.01"), mpmath.mpf("0.01"),
                         mpmath.mpf("1e24")) is True


def test_property_runner_retries_a_false_comparison_with_more_digits():
    import mpmath
    from derivations import Real
    tiny_gap = check(lambda x: 1 + x / mpmath.mpf(10)**40 > 1, x=Real(1, 2), max_examples=10)
    assert tiny_gap.passed, tiny_gap  # invisible at 30 digits, true at 60
    wrong = check(lambda x: 1 + x / mpmath.mpf(10)**40 < 1, x=Real(1, 2), max_examples=10)
    assert not wrong.passed and wrong.reason == "property returned False"


def test_planted_wrong_exponent_is_reported_once_with_both_expressions(tmp_path, capsys):
    bad = _write(tmp_path / "wrong.py", PLANTED)
    assert main([str(bad), "-q", "--properties", "0"]) == 1
    out = capsys.readouterr().out
    assert "mine.wrong_exponent step 2 (Differentiate" in out
    # in the notation of --show, not SymPy's: ∂, ^, Greek letters
    derived = next(line for line in out.splitlines() if line.strip().startswith("derived:"))
    written = next(line for line in out.splitlines() if line.strip().startswith("written:"))
    assert "L(N, C/(6 N)) = " in derived and "N**" not in out
    assert "L(N, C/(6 N)) = " in written and "N^(β − 2)" in written
    # shrunk to the simplest point that still fails, with the one label pair
    point = out.split("counterexample: ")[1].splitlines()[0]
    coordinates = dict(part.split(" = ") for part in point.split(", "))
    assert set(coordinates) == {"A", "B", "C", "N", "alpha", "beta", "derived", "written"}, point
    assert all(len(coordinates[k]) <= 4 for k in ("A", "B", "C", "N", "alpha", "beta")), point
    assert coordinates["derived"] != coordinates["written"]
    # The next step fails only because its input is step 2's written form: said once, not a new failure.
    assert "step 3 (Substitute" in out and "consequence of step 2" in out
    assert out.count("counterexample:") == 1


def test_json_and_latex_for_a_user_module(tmp_path, capsys):
    mod = _write(tmp_path / "cube.py", CUBE.format(ident="mine.cube"))
    report_path, latex_dir = tmp_path / "r.json", tmp_path / "tex"
    assert main([str(mod), "-q", "--json", str(report_path), "--latex", str(latex_dir)]) == 1  # no route
    report = json.loads(report_path.read_text())
    assert [d["id"] for d in report["derivations"]] == ["mine.cube"]
    assert report["derivations"][0]["steps"][0]["verdict"] == "proved"
    assert r"\input{derivations/mine.cube.tex}" in (latex_dir / "mine.tex").read_text()
    assert r"\label{wc:mine.cube}" in (latex_dir / "derivations" / "mine.cube.tex").read_text()
    assert main([str(mod), "-q", "--allow-inconclusive"]) == 0


def test_directory_and_ids_mix(tmp_path, capsys):
    _write(tmp_path / "mine" / "a.py", CUBE.format(ident="mine.a"))
    _write(tmp_path / "mine" / "sub" / "b.py", CUBE.format(ident="mine.b"))
    assert main([str(tmp_path / "mine"), "mc.crossover", "-q", "--allow-inconclusive", "--properties", "0",
                 "--json", "-"]) == 0
    ids = [d["id"] for d in json.loads(capsys.readouterr().out)["derivations"]]
    assert ids == ["mc.crossover", "mine.a", "mine.b"]


def test_clashing_ids_are_refused_naming_both_places(tmp_path, capsys):
    a = _write(tmp_path / "one" / "law.py", CUBE.format(ident="mine.same"))
    b = _write(tmp_path / "two" / "law.py", CUBE.format(ident="mine.same"))
    assert main([str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert "'mine.same' is used twice" in err and str(Path("one") / "law.py") in err and str(Path("two") / "law.py") in err
    shipped = _write(tmp_path / "three.py", CUBE.format(ident="mc.crossover"))
    assert main([str(shipped)]) == 2
    err = capsys.readouterr().err
    assert "montecarlo.py" in err and "three.py" in err


def test_broken_module_is_reported_and_the_others_still_run(tmp_path, capsys):
    broken = _write(tmp_path / "broken.py", "def helper():\n    return 1 / 0\nVALUE = helper()\n")
    good = _write(tmp_path / "good.py", CUBE.format(ident="mine.good"))
    assert main([str(broken), str(good), "--allow-inconclusive", "--properties", "0"]) == 1
    captured = capsys.readouterr()
    assert "mine.good" in captured.out
    assert "broken.py" in captured.err and "ZeroDivisionError" in captured.err and "line 2" in captured.err


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main([str(tmp_path / "nope.py")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_same_file_name_in_two_directories_imports_twice(tmp_path):
    a = import_module(_write(tmp_path / "x" / "law.py", "VALUE = 1\n"))
    b = import_module(_write(tmp_path / "y" / "law.py", "VALUE = 2\n"))
    assert (a.VALUE, b.VALUE) == (1, 2) and a.__name__ != b.__name__


def test_loader_prefers_DERIVATIONS(tmp_path):
    mod = _write(tmp_path / "m.py", CUBE.format(ident="mine.listed") + "\nother = cube\nDERIVATIONS = [cube]\n")
    loaded = load_paths([mod])
    assert [d.id for d in loaded.derivations] == ["mine.listed"] and not loaded.errors


# -- Python API ---------------------------------------------------------------------------------

def test_run_and_latex_accept_unregistered_derivations(tmp_path):
    from verify.latex import render_document
    from verify.runner import run
    report = run([_cube("mine.one"), _cube("mine.two")], dps=30, jobs=2, properties=0)
    assert [d["id"] for d in report["derivations"]] == ["mine.one", "mine.two"]
    assert all(d["steps"][0]["verdict"] == "proved" for d in report["derivations"])
    files = render_document(report)
    assert r"\input{derivations/mine.one.tex}" in files["mine.tex"]
    assert r"\label{wc:mine.one}" in files["derivations/mine.one.tex"]


def test_run_refuses_two_derivations_with_one_id():
    from verify.runner import run
    with pytest.raises(ValueError, match="mine.twin"):
        run([_cube("mine.twin"), _cube("mine.twin")], properties=0)


def test_param_latex_names_only_the_printed_symbol():
    p = Param("alpha", Real(0, 1), latex=r"\alpha_{N}")
    assert p.symbol.name == "alpha" and p.symbol.is_positive and p.symbol.is_real
    assert p.latex_name() == r"\alpha_{N}"
    from verify.latex import render_derivation
    d = Derivation(id="mine.power", title="t", source="s", symbols=(p,),
                   premises=(Premise("def", sp.Eq(sp.Symbol("y"), p.symbol**2), "d"),),
                   steps=(MultiplyBoth(factor=2, expect=sp.Eq(2 * sp.Symbol("y"), 2 * p.symbol**2)),))
    tex = render_derivation(d, {"verdict": "proved", "steps": [{"verdict": "proved", "method": "m"}],
                                "numeric": {}, "claims": []})
    assert r"\alpha_{N}^{2}" in tex


def test_property_check_needs_domains():
    with pytest.raises(ValueError, match=r"'a'.*Domain is expected"):
        check(lambda a: a > 0, a=1.5)


def test_unit_interval_properties_are_not_derailed_by_tiny_floats():
    result = check(lambda a: a > 0 and a < 1, a=Real(0, 1), max_examples=200)
    assert result.passed, result
    failing = check(lambda a: a > mpmath_half(), a=Real(0, 1), max_examples=100)
    assert not failing.passed and failing.reason == "property returned False"
    assert all(len(v) < 45 for v in failing.counterexample.values())
    raising = check(lambda a: 1 / (a - a), a=Real(0, 1), max_examples=20)
    assert not raising.passed and raising.reason.startswith("ZeroDivisionError")


def mpmath_half():
    import mpmath
    return mpmath.mpf(1) / 2


# -- pytest plugin ------------------------------------------------------------------------------

def _pytest(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    plugin = [] if any(e.name == "wallcheck" for e in entry_points(group="pytest11")) else ["-p", "verify.pytest_plugin"]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugin,
                           "--wallcheck-examples", "5", *args],
                          # 600 like the other CLI runs: 120 s ran out on 2 cores at a load of 10
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_pytest_plugin_items_and_failure_message(tmp_path):
    _write(tmp_path / "test_wrong.py", PLANTED)
    proc = _pytest([str(EXAMPLE), "test_wrong.py"], tmp_path)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "1 failed, 2 passed" in out  # chinchilla + its property pass; the planted one fails
    assert "mine.wrong_exponent step 2 (Differentiate" in out
    assert "derived:" in out and "written:" in out and "N^(β − 2)" in out and "counterexample:" in out
    assert "consequence of step 2" in out


def test_pytest_wallcheck_option_and_failing_property(tmp_path):
    _write(tmp_path / "mine" / "prop.py", CUBE.format(ident="mine.prop") + textwrap.dedent("""
        from derivations import Property, UnitInterval
        from derivations import Agreement
        import dataclasses
        cube = dataclasses.replace(cube,
            route=Agreement("power rule by hand", lambda x: 3 * x**2, points=({"x": 2}, {"x": 1}, {"x": "0.5"})),
            parameters=("x",),  # a user's route needs >= 3 points (issue 16, item 5)
            properties=(Property("below_one", "the slope is below 1/100", lambda x: 300 * x**2 < 1,
                                 {"x": UnitInterval()}),))
        """))
    proc = _pytest(["--wallcheck", "mine"], tmp_path)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "1 failed, 1 passed" in out
    assert "property below_one" in out and "counterexample: x = " in out and "property returned False" in out


# -- reports in the user's words (issue 18 item 4) ---------------------------------------------

def test_shrunk_counterexample_is_a_point_where_the_step_still_fails():
    """The shrunk point is re-evaluated, not trusted: the derived and written values differ there."""
    from verify.runner import check_one
    m = import_module(EXAMPLE)
    wrong = m.chinchilla.steps[1].__class__(m.N, expect=m.SLOPE.subs(m.N**(m.beta - 1), m.N**(m.beta - 2)))
    import dataclasses
    d = dataclasses.replace(m.chinchilla, id="mine.shrunk", steps=(m.chinchilla.steps[0], wrong),
                            claims=(), properties=(), route=None, parameters=())
    step = check_one(d, 30)["steps"][1]
    cx = step["counterexample"]
    assert step["verdict"] == "failed" and "expected" not in cx
    values = {sp.Symbol(k, positive=True): sp.Rational(v) for k, v in cx.items() if k not in ("derived", "written")}
    at = {s: values[sp.Symbol(s.name, positive=True)] for s in (m.A, m.B, m.C, m.N, m.alpha, m.beta)}
    assert sp.N((m.SLOPE - wrong.expect).subs(at), 30) != 0


def test_failing_routes_and_a_missing_route_read_as_sentences(tmp_path, cli_in_process):
    _write(tmp_path / "routes.py", CUBE.format(ident="r.none") + textwrap.dedent("""
        import dataclasses
        from derivations import Agreement
        crash = dataclasses.replace(cube, id="r.crash", parameters=("x",),
                                    route=Agreement("by hand", lambda x: 1 / 0, points=({"x": 2}, {"x": 3}, {"x": 5})))
        wrong = dataclasses.replace(cube, id="r.wrong", parameters=("x",),
                                    route=Agreement("by hand", lambda x: 4 * x**2, points=({"x": 2}, {"x": 3}, {"x": 5})))
        """))
    proc = cli_in_process(["routes.py", "-q", "--properties", "0"], tmp_path)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "r.none: no independent route (inconclusive)" in out and "(None)" not in out
    assert "r.crash independent route (by hand): failed: evaluation at x = 2 raised ZeroDivisionError" in out
    assert "(at x = 2, closed_form = 12.0, route = 16.0)" in out
    assert "{" not in out and "'" not in out  # no Python dict anywhere


def test_summary_of_a_run_on_user_files_is_about_those_files(tmp_path, cli_in_process):
    _write(tmp_path / "cube.py", CUBE.format(ident="mine.cube"))
    proc = cli_in_process(["cube.py", "-q", "--allow-inconclusive"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout.strip().splitlines()[-1]
    assert summary.startswith("1 derivation:") and "printed numbers" not in proc.stdout
    papers = cli_in_process(["cube.py", "mc.crossover", "-q", "--allow-inconclusive", "--properties", "0"], tmp_path)
    assert "printed numbers checked" in papers.stdout  # the papers are checked: their coverage


def test_a_warm_run_says_cached_not_zero_seconds(tmp_path):
    # The cache is this test's own ($XDG_CACHE_HOME under tmp_path, $WALLCHECK_CACHE_DIR unset): it
    # is empty before the first run (a failure once said "cached" there, under load; if it comes back,
    # the message shows what the cache directory held).
    cache = tmp_path / "xdg-cache"
    assert not cache.exists()
    first = verify_cli(["mc.crossover", "-q", "--properties", "0"], tmp_path)
    after_first = sorted(str(p.relative_to(tmp_path)) for p in cache.rglob("*"))
    warm = verify_cli(["mc.crossover", "-q", "--properties", "0"], tmp_path)
    assert first.returncode == warm.returncode == 0
    assert "cached" not in first.stdout, (first.stdout, first.stderr, after_first)
    assert "all 1 cached, " in warm.stdout
    assert " 0.0 s" not in warm.stdout


def test_a_syntax_error_names_the_users_line(tmp_path, cli_in_process):
    _write(tmp_path / "bad.py", "x = 1\ny = (2 +\n")
    proc = cli_in_process(["bad.py"], tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "bad.py, line 2: y = (2 +" in proc.stderr and "importlib" not in proc.stderr


def test_a_missing_parameter_is_called_missing():
    from derivations import DomainError, get
    with pytest.raises(DomainError, match=r"^missing parameter alpha_c \(alpha_c must be a real number"):
        get("pedestal.p_crit").evaluate(N=10)


def test_fits_alone_prints_the_fits_not_the_derivation_table(tmp_path, cli_in_process):
    shipped = ROOT / "verify" / "data" / "fits.toml"
    proc = cli_in_process(["--fits", str(shipped), "--properties", "0"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("fit Chinchilla") and "id  " not in proc.stdout
    asked = cli_in_process(["--fits", str(shipped), "fits.n_opt", "--properties", "0"], tmp_path)
    assert asked.stdout.startswith("id ") and "fits.n_opt" in asked.stdout


def test_failed_property_counterexample_is_shrunk():
    from derivations import Positive
    result = check(lambda a, b: a * b < 1000, a=Positive(), b=Positive(), max_examples=50)
    assert not result.passed and result.reason == "property returned False"
    assert all(len(v) <= 4 for v in result.counterexample.values()), result.counterexample
    a, b = (Fraction(v) for v in result.counterexample.values())
    assert a * b >= 1000  # still a counterexample
