"""Review 9 (issue 16): sampling that cannot tell two sides apart at any probed precision is no
confirmation, and a warm run notices what user code reads besides files (:mod:`verify.confirm`,
:mod:`verify.outside_reads`)."""

from __future__ import annotations

import hashlib
import os

import sympy as sp

from derivations import Real
from verify.confirm import confirm_identity
from verify.outside_reads import ENV, VOLATILE, _source_of, digest_recorded_reads, record_reads

x = sp.Symbol("x", real=True)
DOMAIN = {x: Real(1, 2)}


def test_a_difference_below_every_probe_is_not_confirmed_whatever_makes_it_small():
    for tiny in (sp.Rational(1, 10**3000), sp.erfc(80), sp.exp(-5000 * x)):
        v = confirm_identity((x + sp.log(1 + (x - sp.Rational(3, 2)) * tiny), x), DOMAIN, key="r9", dps=30)
        assert v.verdict == "inconclusive" and "beyond the 1500 digits" in v.method, (tiny, v)


def test_a_true_identity_with_ordinary_sizes_is_still_confirmed():
    v = confirm_identity((sp.gamma(x + 1), x * sp.gamma(x)), DOMAIN, key="r9", dps=30)
    assert v.verdict == "confirmed", v


def _digest(module) -> bytes:
    h = hashlib.sha256()
    digest_recorded_reads(h, module)
    return h.digest()


def test_an_environment_variable_read_is_fingerprinted_by_its_value(tmp_path, monkeypatch):
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "m.py"
    module.write_text("")
    record_reads([module], {str(module): [ENV + "WC_TEST_N"]})
    monkeypatch.setenv("WC_TEST_N", "3")
    three = _digest(module)
    assert _digest(module) == three
    monkeypatch.setenv("WC_TEST_N", "4")
    assert _digest(module) != three


def test_a_process_started_makes_every_run_a_new_one(tmp_path, monkeypatch):
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "m.py"
    module.write_text("")
    record_reads([module], {str(module): [VOLATILE + "process"]})
    assert _digest(module) != _digest(module)


def test_a_compiled_module_is_read_for_its_source(tmp_path):
    import py_compile
    source = tmp_path / "helper.py"
    source.write_text("N = 3\n")
    compiled = py_compile.compile(str(source))
    assert _source_of(os.path.realpath(compiled)) == os.path.realpath(source)
    source.unlink()
    assert _source_of(os.path.realpath(compiled)) == os.path.realpath(compiled)  # sourceless: the .pyc itself


ENV_MODULE = '''
import os
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

N = int(os.environ["WC_R9_N"])
x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="user.env_power", title="slope of a power", source="user", symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**N), "the power law"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("value", lambda x: 3 * x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
'''


def test_a_warm_run_rechecks_a_module_whose_environment_variable_changed(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    (tmp_path / "env_power.py").write_text(ENV_MODULE)
    root = str(Path(__file__).resolve().parents[1])

    def run(n: str) -> int:
        env = {**os.environ, "WC_R9_N": n, "WALLCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": root}
        return subprocess.run([sys.executable, "-m", "verify", "env_power.py", "-q"], cwd=tmp_path, env=env,
                              capture_output=True, text=True).returncode

    assert [run("3"), run("3")] == [0, 0]  # the second run is stored for a replay
    assert run("4") == 1  # f = x⁴: d/dx = 3x² is false, whatever the cache holds
