"""A file a user's module reads outside its directory tree is fingerprinted (issue 16, item 5:
"the same verdict with and without the cache"): a changed data file elsewhere is never replayed
from a stale verdict (:mod:`verify.outside_reads`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from verify.outside_reads import record_reads, recorded_reads

ROOT = Path(__file__).resolve().parents[1]

MODULE = textwrap.dedent('''
    import json
    from pathlib import Path
    import mpmath
    import sympy as sp
    from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

    PRINTED = json.loads((Path(__file__).resolve().parent.parent / "data" / "value.json").read_text())["printed"]
    x_ = Param("x", Positive())
    x = x_.symbol
    f = sp.Symbol("f")
    DERIVATIONS = [Derivation(
        id="user.outside", title="a constant", source="user", symbols=(x_,), parameters=("x",),
        premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),), steps=(Rewrite(expect=x + x),),
        route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
        claims=(Claim("user.outside.value", "the constant", "user", PRINTED, lambda: mpmath.mpf(1) / 2,
                      relation="≈"),),
    )]
''')


def test_a_changed_data_file_outside_the_modules_tree_is_rechecked_not_replayed(tmp_path, monkeypatch):
    (tmp_path / "mod").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "mod" / "outside.py").write_text(MODULE)
    data = tmp_path / "data" / "value.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WALLCHECK_CACHE_DIR": str(tmp_path / "cache")}

    def verify() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "verify", "mod/outside.py", "--properties", "3"], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=300)

    data.write_text(json.dumps({"printed": "0.5"}))
    first, second = verify(), verify()
    assert first.returncode == 0 and second.returncode == 0, first.stdout + first.stderr
    assert "cached" not in first.stdout
    # Only the data file is recorded: the Python installation, SymPy and wallcheck's code are not.
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    assert recorded_reads(tmp_path / "mod" / "outside.py") == [str(data.resolve())]
    data.write_text(json.dumps({"printed": "0.7"}))
    third = verify()
    assert third.returncode == 1, third.stdout + third.stderr
    assert "printed 0.7" in third.stdout and "all 1 cached" not in third.stdout


def test_reads_inside_the_modules_tree_are_left_to_the_tree_fingerprint(tmp_path, monkeypatch):
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "a" / "m.py"
    other = tmp_path / "b" / "m.py"
    reads = [str(tmp_path / "a" / "near.json"), str(tmp_path / "ab" / "far.json"), str(tmp_path / "far.json")]
    by_module = {str(module): reads, str(other): [str(tmp_path / "b" / "own.json"), str(tmp_path / "b2.json")],
                 "": [str(tmp_path / "unknown.json")]}
    assert record_reads([module, other], by_module) is True
    # "ab/" is not inside "a/"; every read of the run counts against both (review 10: a helper two
    # files import is opened by the first only), each module's own tree aside
    unknown, b_own, b2 = str(tmp_path / "unknown.json"), str(tmp_path / "b" / "own.json"), str(tmp_path / "b2.json")
    assert recorded_reads(module) == sorted([*reads[1:], b_own, b2, unknown])
    assert recorded_reads(other) == sorted([*reads, b2, unknown])
    assert record_reads([module, other], by_module) is False  # unchanged: the run may be stored for a replay
