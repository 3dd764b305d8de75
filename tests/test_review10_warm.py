"""Review 10 (issue 16: "the same verdict with and without the cache"): a warm run noticed neither a
directory listed, a path stat'ed, ``os.environb``, the clock, the network, nor a helper module that
the second of two files found in ``sys.modules`` (:mod:`verify.outside_reads`)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from verify.outside_reads import VOLATILE, digest_recorded_reads, record_reads, recorded_reads

ROOT = Path(__file__).resolve().parents[1]


def _recorded(tmp_path: Path, body: str, env: dict[str, str] | None = None) -> list[str]:
    """What the recorder notes while ``body`` runs as a user's file's code, in a fresh process (its
    audit hook and wrappers cannot be removed from this one)."""
    user = tmp_path / "user" / "m.py"
    user.parent.mkdir(exist_ok=True)
    user.write_text(textwrap.dedent(body))
    script = textwrap.dedent(f'''
        import json, runpy
        from verify.outside_reads import install_recorder, reading_for, recorded
        install_recorder()
        with reading_for({str(user)!r}):
            runpy.run_path({str(user)!r})
        print(json.dumps(recorded()))
    ''')
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout).get(os.path.realpath(user), [])


def _digest(module: Path) -> bytes:
    h = hashlib.sha256()
    digest_recorded_reads(h, module)
    return h.digest()


def _manifest(tmp_path: Path, monkeypatch, reads: list[str]) -> Path:
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "user" / "m.py"
    record_reads([module], {str(module): reads})
    return module


def test_a_directory_listed_is_fingerprinted_by_its_names(tmp_path, monkeypatch):
    data = tmp_path / "ext"
    data.mkdir()
    (data / "a.txt").write_text("")
    reads = _recorded(tmp_path, f'''
        import glob, os
        N = len(os.listdir({str(data)!r})) + len(glob.glob({str(data / "*.txt")!r}))
        os.listdir("/proc")  # changes by itself
    ''')
    assert "dir:" + os.path.realpath(data) in reads and VOLATILE + "device" in reads, reads
    module = _manifest(tmp_path, monkeypatch, ["dir:" + os.path.realpath(data)])
    before = _digest(module)
    assert _digest(module) == before
    (data / "b.txt").write_text("")
    assert _digest(module) != before


def test_a_path_stated_is_fingerprinted_and_an_ordinary_import_stats_nothing(tmp_path, monkeypatch):
    flag = tmp_path / "ext" / "flag"
    flag.parent.mkdir()
    flag.write_text("")
    reads = _recorded(tmp_path, f'''
        import os, pathlib
        import email.mime.text, xml.dom.minidom  # the import system's stats are not the user's
        here = pathlib.Path(__file__).resolve().parent  # inside the tree; /tmp's mtime is no data
        N = os.path.exists({str(flag)!r}) + pathlib.Path({str(flag)!r}).is_file() + os.path.islink({str(flag)!r})
    ''')
    real = os.path.realpath(flag)
    outside = [r for r in reads if not r.split(":", 1)[-1].startswith(os.path.realpath(tmp_path / "user"))]
    assert sorted(outside) == ["lstat:" + real, "stat:" + real], reads
    module = _manifest(tmp_path, monkeypatch, ["stat:" + real])
    before = _digest(module)
    assert _digest(module) == before
    flag.unlink()
    assert _digest(module) != before


def test_a_file_opened_through_a_link_is_recorded_with_the_link(tmp_path):
    ext = tmp_path / "ext"
    ext.mkdir()
    (ext / "two.txt").write_text("2")
    (ext / "current").symlink_to(ext / "two.txt")
    reads = _recorded(tmp_path, f"N = int(open({str(ext / 'current')!r}).read())\n")
    assert sorted(reads) == [os.path.realpath(ext / "two.txt"), "lstat:" + os.path.abspath(ext / "current")], reads


def test_an_environb_read_is_an_environment_variable_read(tmp_path):
    reads = _recorded(tmp_path, '''
        import os
        N = int(os.environb.get(b"WC_R10_N", b"3")) + (b"WC_R10_M" in os.environb)
    ''', env={"WC_R10_N": "2"})
    assert {"env:WC_R10_N", "env:WC_R10_M"} <= set(reads), reads


def test_the_clock_read_by_user_code_makes_the_module_volatile_a_librarys_does_not(tmp_path):
    assert VOLATILE + "clock" in _recorded(tmp_path, "import time\nN = 2 if time.time() < 1e10 else 3\n")
    assert VOLATILE + "clock" in _recorded(tmp_path, "from time import strftime\nY = strftime('%Y')\n")
    quiet = _recorded(tmp_path, '''
        import time, email.utils
        stamp = email.utils.formatdate()  # the library reads the clock, not the user's code
        year = time.gmtime(0).tm_year  # a given time reads no clock
    ''')
    assert VOLATILE + "clock" not in quiet, quiet


def test_the_network_makes_the_module_volatile(tmp_path):
    reads = _recorded(tmp_path, '''
        import socket
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        except OSError:
            pass
    ''')
    assert VOLATILE + "network" in reads, reads


def test_every_outside_read_of_a_run_counts_against_every_module_of_it(tmp_path, monkeypatch):
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    a, b = tmp_path / "mods" / "a.py", tmp_path / "mods" / "b.py"
    helper = str(tmp_path / "ext" / "helper10.py")
    # b imported the helper too, but found it in sys.modules: only a's code opened it
    assert record_reads([a, b], {str(a): [helper, "dir:" + str(tmp_path / "ext")], str(b): []}) is True
    assert recorded_reads(b) == recorded_reads(a) == [helper, "dir:" + str(tmp_path / "ext")]
    # checked alone later, b gets its own list again
    assert record_reads([b], {str(b): [helper]}) is True and recorded_reads(b) == [helper]


LISTING_MODULE = '''
import os
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

N = len(os.listdir(os.environ["WC_R10_DIR"])) + (0 if os.path.exists(os.environ["WC_R10_FLAG"]) else 1)
x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="user.listing_power", title="slope of a power", source="user", symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**N), "the power law"),),
    steps=(Differentiate(x, expect=2 * x),),
    route=Agreement("value", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
'''


def test_a_warm_run_rechecks_a_module_whose_listing_or_flag_changed(tmp_path):
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "listing_power.py").write_text(LISTING_MODULE)
    listed, flag = tmp_path / "ext", tmp_path / "flag"
    listed.mkdir()
    (listed / "one").write_text("")
    (listed / "two").write_text("")  # N = 2 with the flag
    flag.write_text("")
    env = {**os.environ, "WC_R10_DIR": str(listed), "WC_R10_FLAG": str(flag),
           "WALLCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "verify", "mod/listing_power.py", "-q"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)

    first, second, third = run(), run(), run()
    assert [first.returncode, second.returncode, third.returncode] == [0, 0, 0], first.stdout + first.stderr
    assert "all 1 cached" in third.stdout  # nothing added makes an ordinary module volatile
    (listed / "three").write_text("")  # N = 3: d(x³)/dx = 2x is false
    assert run().returncode == 1
    (listed / "three").unlink()
    flag.unlink()  # N = 2 again, but the flag is gone: N = 3
    assert run().returncode == 1
