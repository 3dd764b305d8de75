"""The house: layers that point down, modules of one size, state passed explicitly, and the warm
run that replays a stored output without importing SymPy (issue 20)."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("derivations", "verify")
MAX_LINES = 500


def _modules(package: str) -> dict[str, Path]:
    """Every module of ``package`` by dotted name (``verify.latex`` for ``verify/latex/__init__.py``)."""
    out = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imported(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The absolute names an import statement names (``from .x import y``: ``pkg.x`` and ``pkg.x.y``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[:len(base) - (node.level - 1)]
        stem = ".".join(base + ([node.module] if node.module else []))
    else:
        stem = node.module or ""
    return [stem] + [f"{stem}.{a.name}" for a in node.names]


def _module_level_imports(path: Path, module: str) -> list[str]:
    """What a module imports when it is imported: statements at its top level (in ``try`` and ``if``
    blocks too, but not under ``if TYPE_CHECKING``), not those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    out: list[str] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                out.extend(_imported(node, module, is_package))
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                    visit(block)
            elif isinstance(node, ast.With):
                visit(node.body)

    visit(tree.body)
    return out


def test_the_import_graph_reader_sees_relative_imports():
    """The reader this file's checks rest on: a relative import names the module it imports."""
    tree = ast.parse("from .cache import VerdictCache\nfrom . import notation\nfrom ..runner import run")
    names = [_imported(n, "verify.latex", True) for n in tree.body]
    assert names == [["verify.latex.cache", "verify.latex.cache.VerdictCache"], ["verify.latex", "verify.latex.notation"],
                     ["verify.runner", "verify.runner.run"]]


def test_no_module_under_derivations_imports_verify():
    """Layers point down: ``derivations/`` (records, rules, the papers) imports nothing of ``verify/``,
    at module level or inside a function."""
    upward = []
    for module, path in _modules("derivations").items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            for name in _imported(node, module, path.name == "__init__.py"):
                if name == "verify" or name.startswith("verify."):
                    upward.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert not upward, "derivations/ imports verify/: " + "; ".join(upward)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_verify_modules_at_module_level():
    """Importing any module of ``verify/`` never comes back to it: the modules form layers (an import
    inside a function, made when it is called, is not an edge). A submodule's import of its own
    package's ``__init__`` is not counted: Python runs the package first in any case."""
    modules = _modules("verify")
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = {name for name in _module_level_imports(path, module) if name in modules and name != module}
        graph[module] = {t for t in targets if not module.startswith(t + ".")}
    assert not _cycles(graph), f"import cycles among verify modules: {_cycles(graph)}"


def _long_modules() -> list[str]:
    return [f"{path.relative_to(ROOT)} ({n} lines)" for package in PACKAGES
            for path in sorted((ROOT / package).rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES]


def test_every_module_is_at_most_500_lines():
    assert not _long_modules()


def test_the_house_modules_of_the_runner_and_cli_are_under_450_lines():
    """The runner, the command line and the trust boundary, split by concern (issue 20, item 3)."""
    names = ("runner", "run_context", "failures", "__main__", "cli_args", "run_text", "warm_run", "isolation",
             "user_process", "user_hooks", "isolation_child")
    sizes = {n: len((ROOT / "verify" / f"{n}.py").read_text(encoding="utf-8").splitlines()) for n in names}
    assert all(size <= 450 for size in sizes.values()), sizes


# -- explicit state ---------------------------------------------------------------------------------

def test_the_runner_keeps_no_options_in_module_globals():
    """Options, the selection and the cache travel in a RunContext, not in globals ``run`` rewrites."""
    from verify import runner
    from verify.run_context import RunContext
    assert not any(hasattr(runner, name) for name in ("_cache", "_options", "_selection"))
    context = RunContext.of([], dps=30, properties=0, cache=None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.dps = 40  # type: ignore[misc]
    with pytest.raises(TypeError):
        context.selection["x"] = None  # type: ignore[index]


def test_a_pool_task_without_its_initializer_says_so():
    from verify import run_context
    assert run_context._worker_context is None  # only a pool's initializer sets it, in the worker
    with pytest.raises(RuntimeError, match="init_worker"):
        run_context.check_in_worker("mc.crossover")


def test_the_runs_context_reaches_the_workers_through_the_initializer():
    """Two workers check two derivations at the context's precision and property count."""
    import derivations
    from verify.runner import run
    chosen = [derivations.get("grid.error_law"), derivations.get("mc.crossover")]
    report = run(chosen, dps=30, cache=None, jobs=2, properties=0)
    assert [r["id"] for r in report["derivations"]] == ["grid.error_law", "mc.crossover"]
    assert report["dps"] == 30 and all(r["properties"] == [] for r in report["derivations"])
    assert all(r["verdict"] in ("proved", "confirmed") for r in report["derivations"])


def test_the_parser_reads_the_default_precision_without_importing_derivations():
    import derivations
    from verify.cli_args import build_parser, default_dps
    assert default_dps() == derivations.DEFAULT_DPS
    assert build_parser().parse_args([]).dps == derivations.DEFAULT_DPS


# -- the warm run ---------------------------------------------------------------------------------

def _fingerprint(argv: list[str]) -> str | None:
    from verify.cli_args import build_parser
    from verify.warm_run import run_fingerprint
    return run_fingerprint(build_parser().parse_intermixed_args(argv))


def test_the_fingerprint_follows_what_the_output_depends_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    law = tmp_path / "law.py"
    law.write_text("x = 1\n")
    base = _fingerprint(["law.py", "-q"])
    assert base is not None
    assert _fingerprint(["law.py", "-q", "--jobs", "1", "--force"]) == base  # no change to what is printed
    assert _fingerprint(["law.py"]) != base and _fingerprint(["law.py", "-q", "--dps", "30"]) != base
    (tmp_path / "helper.py").write_text("y = 2\n")  # a module beside it, which it may import
    with_helper = _fingerprint(["law.py", "-q"])
    assert with_helper != base
    law.write_text("x = 2\n")
    assert _fingerprint(["law.py", "-q"]) not in (base, with_helper)


def test_runs_that_write_other_files_are_never_replayed():
    for argv in (["--latex", "out"], ["--figures"], ["--no-cache"], ["--list"], ["--show", "mc.crossover"],
                 ["x.tex"], ["--json", "pedestal"]):
        assert _fingerprint(argv) is None, argv
    assert _fingerprint(["--json", "report.json"]) is not None


def _cli(args: list[str], cwd: Path, cache: Path, *flags: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_STORAGE_DIRECTORY"}
    env.update(PYTHONPATH=str(ROOT), WALLCHECK_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, *flags, "-m", "verify", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


def _full_run(args: list[str], cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    """The same command line through the full path (``main`` given its arguments never replays)."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_STORAGE_DIRECTORY"}
    env.update(PYTHONPATH=str(ROOT), WALLCHECK_CACHE_DIR=str(cache))
    code = "import sys; from verify.__main__ import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=900)


#: The wall time that ends the summary line (``12.3 s``, ``all 2 cached, 0.04 s``).
_WALL = re.compile(r"((all \d+|\d+ of \d+) cached, )?(\d+\.\d+ s|under 0\.01 s)$", re.MULTILINE)


def _imports(stderr: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


ARGS = ["mc.crossover", "grid.error_law", "--properties", "0"]


def test_a_warm_run_replays_the_cold_output_without_importing_sympy(tmp_path):
    cache = tmp_path / "cache"
    cold = _cli([*ARGS, "-q"], tmp_path, cache)
    assert cold.returncode == 0, cold.stderr
    assert "sympy" in _imports(_cli([*ARGS, "-q", "--no-cache"], tmp_path, cache, "-X", "importtime").stderr)
    warm = _cli([*ARGS, "-q"], tmp_path, cache, "-X", "importtime")
    imported = _imports(warm.stderr)
    assert "verify.warm_run" in imported and not {m for m in imported if m.split(".")[0] in ("sympy", "flint")}
    assert warm.returncode == cold.returncode
    assert _WALL.sub("", warm.stdout) == _WALL.sub("", cold.stdout) and warm.stdout != cold.stdout
    assert "all 2 cached, " in warm.stdout.splitlines()[-1]


def test_a_replay_is_the_fully_cached_runs_output_byte_for_byte_but_the_time(tmp_path):
    """Table, summary and the JSON on stdout: as the full path prints them with every result
    cached, but for the closing wall time (and ``summary.seconds``)."""
    cache = tmp_path / "cache"
    assert _cli(ARGS, tmp_path, cache).returncode == 0
    for extra in ([], ["--json", "-"]):
        replay, full = _cli([*ARGS, *extra], tmp_path, cache), _full_run([*ARGS, *extra], tmp_path, cache)
        assert replay.returncode == full.returncode == 0
        if extra:  # the JSON on stdout: one line differs, summary.seconds
            differ = [(a, b) for a, b in zip(replay.stdout.splitlines(), full.stdout.splitlines()) if a != b]
            assert len(replay.stdout.splitlines()) == len(full.stdout.splitlines())
            assert len(differ) <= 1 and all(a.strip().startswith('"seconds": ') for a, _ in differ), differ
            replay_text, full_text = replay.stderr, full.stderr
        else:
            replay_text, full_text = replay.stdout, full.stdout
        assert _WALL.sub("", replay_text) == _WALL.sub("", full_text) and "all 2 cached, " in replay_text


def test_a_replay_writes_the_json_file_and_respects_force(tmp_path):
    cache = tmp_path / "cache"
    assert _cli([*ARGS, "-q", "--json", "r.json"], tmp_path, cache).returncode == 0
    (tmp_path / "r.json").unlink()
    again = _cli([*ARGS, "-q", "--json", "r.json"], tmp_path, cache, "-X", "importtime")
    assert again.returncode == 0 and '"generator": "wallcheck"' in (tmp_path / "r.json").read_text()
    assert "sympy" not in _imports(again.stderr)
    (tmp_path / "mine.json").write_text("my notes\n")
    refused = _cli([*ARGS, "-q", "--json", "mine.json"], tmp_path, cache)
    assert refused.returncode == 2 and "pass --force" in refused.stderr
    assert (tmp_path / "mine.json").read_text() == "my notes\n"


CUBE = """
import sympy as sp
from derivations import Derivation, Param, Premise, Positive, Differentiate
x = Param("x", Positive())
f = sp.Function("f")
cube = Derivation(id="mine.cube", title="slope of a cube", source="notes", symbols=(x,),
                  premises=(Premise("cube", sp.Eq(f(x.symbol), x.symbol**3), "definition"),),
                  steps=(Differentiate(x.symbol, expect=-3 * x.symbol**2),))
"""


def test_a_changed_user_file_is_rechecked_and_replayed_once_it_passes(tmp_path):
    """The README's example: replayed while unchanged; an edit is rechecked (and stored again)."""
    cache = tmp_path / "cache"
    law = tmp_path / "chinchilla.py"
    law.write_text((ROOT / "examples" / "chinchilla.py").read_text(encoding="utf-8"))
    args = ["chinchilla.py", "-q"]
    first = _cli(args, tmp_path, cache)
    assert first.returncode == 0, first.stderr
    assert "sympy" not in _imports(_cli(args, tmp_path, cache, "-X", "importtime").stderr)
    law.write_text(law.read_text(encoding="utf-8") + "\n# edited\n")
    changed = _cli(args, tmp_path, cache, "-X", "importtime")
    assert changed.returncode == 0 and "sympy" in _imports(changed.stderr)  # rechecked, not replayed
    again = _cli(args, tmp_path, cache, "-X", "importtime")
    assert again.returncode == 0 and "sympy" not in _imports(again.stderr)
    assert _WALL.sub("", again.stdout) == _WALL.sub("", first.stdout)


def test_a_failure_is_never_replayed(tmp_path):
    (tmp_path / "cube.py").write_text(textwrap.dedent(CUBE))
    cache = tmp_path / "cache"
    for _ in range(2):
        run = _cli(["cube.py", "-q"], tmp_path, cache, "-X", "importtime")
        assert run.returncode == 1 and "mine.cube step 1" in run.stdout and "sympy" in _imports(run.stderr)
    assert not list((cache / "runs").glob("*.json"))


def test_no_cache_bypasses_the_replay(tmp_path):
    cache = tmp_path / "cache"
    assert _cli(["mc.crossover", "-q", "--properties", "0"], tmp_path, cache).returncode == 0
    fresh = _cli(["mc.crossover", "-q", "--properties", "0", "--no-cache"], tmp_path, cache)
    assert fresh.returncode == 0 and "cached" not in fresh.stdout


def test_of_two_user_files_only_the_changed_one_is_rechecked(tmp_path):
    """A whole result of a user's derivation is reused under the same bytes of its file (and the
    files beside it): the other file's derivation comes from the cache."""
    example = (ROOT / "examples" / "chinchilla.py").read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "law.py").write_text(example)
    other = tmp_path / "b" / "law.py"
    other.write_text(example.replace('id="chinchilla.optimal_N"', 'id="mine.optimal_N"'))
    cache, args = tmp_path / "cache", ["a/law.py", "b/law.py", "-q"]
    first = _cli(args, tmp_path, cache)
    assert first.returncode == 0, first.stderr
    assert "cached" not in first.stdout.splitlines()[-1]
    other.write_text(other.read_text(encoding="utf-8") + "\n# edited\n")
    second = _cli([*args, "--json", "-"], tmp_path, cache)
    cached = {d["id"]: d.get("cached", False) for d in json.loads(second.stdout)["derivations"]}
    assert second.returncode == 0 and cached == {"chinchilla.optimal_N": True, "mine.optimal_N": False}
