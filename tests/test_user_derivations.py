"""A user's own derivations: ``python -m verify FILE``, ``run([mine])``, LaTeX, the pytest plugin,
property errors, and failures reported once with both expressions."""

from __future__ import annotations

import json
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

def test_example_module_is_proved(capsys):
    assert main([str(EXAMPLE), "--properties", "5"]) == 0
    out = capsys.readouterr().out
    assert "chinchilla.optimal_N" in out and "proved" in out
    assert out.strip().splitlines()[-1].startswith("1 derivations: 1 proved")


def test_planted_wrong_exponent_is_reported_once_with_both_expressions(tmp_path, capsys):
    bad = _write(tmp_path / "wrong.py", PLANTED)
    assert main([str(bad), "-q", "--properties", "0"]) == 1
    out = capsys.readouterr().out
    assert "mine.wrong_exponent step 2 (Differentiate" in out
    assert "derived: Derivative(L(N, C/(6*N)), N) = " in out
    assert "written: Derivative(L(N, C/(6*N)), N) = " in out and "N**(beta - 2)" in out
    assert "counterexample:" in out
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
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_pytest_plugin_items_and_failure_message(tmp_path):
    _write(tmp_path / "test_wrong.py", PLANTED)
    proc = _pytest([str(EXAMPLE), "test_wrong.py"], tmp_path)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "1 failed, 2 passed" in out  # chinchilla + its property pass; the planted one fails
    assert "mine.wrong_exponent step 2 (Differentiate" in out
    assert "derived:" in out and "written:" in out and "N**(beta - 2)" in out and "counterexample:" in out
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
