"""Shared test settings: hypothesis is deterministic in CI (profile ``ci`` when ``CI`` is set);
the expensive session fixtures computed once per run, whatever the number of xdist workers; and
the order in which xdist hands out the slow tests."""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import time
from pathlib import Path
from typing import Any, Callable

import mpmath
import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, database=None, deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=60)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

#: Address space one test process (and the ``python -m verify`` it starts) may take. A runaway
#: computation then fails its test with ``MemoryError`` instead of drawing the kernel's OOM killer,
#: which ends the whole run with no word of which test it was. The machines have 24 GiB.
MEMORY_LIMIT = 12 * 2**30
_soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
if _soft == resource.RLIM_INFINITY or _soft > MEMORY_LIMIT:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT if _hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, _hard), _hard))


@pytest.fixture(autouse=True)
def _restore_mpmath_precision():
    """Every test starts and ends at mpmath's default precision, whatever it did."""
    mpmath.mp.dps = 15
    yield
    mpmath.mp.dps = 15


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Tests never read or write the user's verdict cache."""
    monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "verdict-cache"))


# -- how xdist spreads the suite (``--dist loadgroup`` in pyproject.toml) ------------------------------
#
# A unit of work goes to one worker whole. By default a unit is a file (as ``--dist loadfile``: a
# file's module fixtures are computed once); a test marked ``xdist_group(NAME)`` joins the unit NAME;
# in the files of :data:`ONE_UNIT_PER_TEST` each test is a unit of its own. Units go out heaviest
# first (:data:`SLOW`), so that the run does not end on one worker still busy with a long unit.

#: Files whose tests share no fixture but the session ones that :func:`computed_once` shares across
#: workers: each test (each parameter) is a unit, so their long CLI runs spread over the workers.
ONE_UNIT_PER_TEST = frozenset({
    "test_cli.py", "test_user_derivations.py", "test_house.py", "test_kernel_sign_change.py", "test_texinput.py",
    "test_review3_premises.py", "test_isolation.py", "test_certify_ops.py", "test_readme_walkthrough.py",
})

#: Rough seconds (the suite with 2 workers on 2 busy cores) of the slow units: an ``xdist_group`` name,
#: or ``FILE::TEST`` (every parameter of TEST). Only the order matters: a missing entry counts 0.
#: Measured on 2026-12-06 (21:06-21:28, a load of 8 falling to 2 on 2 cores), divided by 3. The README
#: walk goes first: the longest unit, it computes the session's full run itself (computed_once) unless
#: test_latex.py, the next unit on the other worker after the batch's second half, got there first.
SLOW: dict[str, float] = {
    "test_readme_walkthrough.py::test_readme_commands_run_as_written_and_write_only_where_asked": 230,
    "attacks-batch-2": 118, "test_latex.py": 116, "attacks-batch": 76, "attacks-alone": 58,
    "test_registry.py": 21,
    "test_user_derivations.py::test_pytest_plugin_items_and_failure_message": 19,
    "test_review3_premises.py::test_fresh_cold_and_warm_runs_agree": 13,
    "test_house.py::test_a_replay_is_the_fully_cached_runs_output_byte_for_byte_but_the_time": 10,
    "test_cli.py::test_full_report_has_nothing_failed": 10,
    "test_kernel_sign_change.py::test_a_zero_on_a_band_of_width_1e_minus_12_is_found": 8,
    "test_kernel_sign_change.py::test_the_same_spike_that_never_reaches_zero_is_no_zero": 8,
    "test_texinput.py::test_the_chinchilla_chain_typeset_in_latex_is_proved_and_a_planted_slip_found": 7,
    "test_user_derivations.py::test_readme_example_passes_under_pytest_with_the_plugin_defaults": 7,
    "test_cli.py::test_readme_python_snippets_run_as_written": 7,
    "test_cli.py::test_corrupted_derivation_makes_verify_exit_nonzero": 5,
    "test_house.py::test_no_cache_bypasses_the_replay": 4,
    "test_certify_ops.py::test_complex_pole_depending_on_a_parameter_is_no_traceback": 4,
    "test_user_derivations.py::test_fits_alone_prints_the_fits_not_the_derivation_table": 3,
    "test_isolation.py::test_the_same_verdicts_with_and_without_the_cache": 3,
    "test_house.py::test_a_warm_run_replays_the_cold_output_without_importing_sympy": 3,
}


def _unit(item: pytest.Item) -> str:
    """The unit of work ``item`` belongs to (its group's name, or its own node id)."""
    marks = [m.args[0] if m.args else m.kwargs.get("name", "default") for m in item.iter_markers("xdist_group")]
    return "_".join(sorted(map(str, marks))) if marks else item.nodeid


def group_and_order(items: list[pytest.Item]) -> None:
    """Give each test its unit (see above) and put the units in order, heaviest first (stable)."""
    for item in items:
        if item.path.name not in ONE_UNIT_PER_TEST and not any(item.iter_markers("xdist_group")):
            item.add_marker(pytest.mark.xdist_group(item.path.name if item.path.name.startswith("test_")
                                                    else str(item.path.relative_to(item.config.rootpath))))
    weight: dict[str, float] = {}
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        unit = _unit(item)
        if unit not in first:
            first[unit] = index
            weight[unit] = SLOW.get(unit, 0.0)
        name = getattr(item, "originalname", item.name)
        weight[unit] += SLOW.get(f"{item.path.name}::{name}", 0.0)
    items.sort(key=lambda item: (-weight[_unit(item)], first[_unit(item)]))


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which appends the group to each node id
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    group_and_order(items)
    if getattr(config.option, "loadgroup", False):  # an xdist worker of a --dist loadgroup run
        for item in items:
            _suffix_group(item)


def _suffix_group(item: pytest.Item) -> None:
    """Append ``@GROUP`` to the item's node id, which is how xdist's scheduler sees a unit. xdist 3.8
    writes it to ``item._nodeid``, which pytest 9 no longer reads (the id lives in ``item._id``): its
    groups were silently split over the workers, and a unit's session fixture computed twice."""
    unit = _unit(item)
    if unit == item.nodeid or item.nodeid.endswith("@" + unit):
        return
    new = f"{item.nodeid}@{unit}"
    try:
        from _pytest.nodes import coerce_node_id
        item._id = coerce_node_id(new)
    except ImportError:  # pytest before 9: the id is _nodeid, which xdist sets itself
        item._nodeid = new


#: How long a worker waits for another worker's computation of a shared value (generous: a cold
#: full run under load takes minutes).
SHARED_WAIT = 1200


def session_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of this test session seen by every xdist worker (each worker's base temporary
    directory is a child of the controller's; without xdist, the session's own)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def computed_once(tmp_path_factory: pytest.TempPathFactory, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, run by one process of the session and read back (pickled) by the others.

    The first process to create ``NAME.lock`` (``O_EXCL``: atomic) computes and publishes the value
    with ``os.replace``, so a reader never sees half a file; the others wait for it. Should the
    computation raise, it publishes that, and each waiting process computes for itself (its test then
    fails with its own traceback)."""
    root = session_root(tmp_path_factory)
    done, failed = root / f"{name}.pickle", root / f"{name}.failed"
    try:
        os.close(os.open(root / f"{name}.lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        deadline = time.monotonic() + SHARED_WAIT
        while not done.exists() and not failed.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        if done.exists():
            return pickle.loads(done.read_bytes())
        return compute()
    try:
        value = compute()
    except BaseException:
        failed.touch()
        raise
    tmp = root / f"{name}.pickle.tmp{os.getpid()}"
    tmp.write_bytes(pickle.dumps(value))
    os.replace(tmp, done)
    return value


@pytest.fixture(scope="session")
def full_report_cache(_full_run) -> Path:
    """The verdict cache that :func:`full_report`'s run filled (a copy of it makes a later full run at
    the same precision and property count warm: for tests about what a run prints, not its coldness)."""
    return _full_run[1]


@pytest.fixture(scope="session")
def full_report(_full_run):
    """One full run of the checker, shared by the report and LaTeX tests (and by every xdist worker)."""
    return _full_run[0]


@pytest.fixture(scope="session")
def full_entry(full_report) -> Callable[[str], dict[str, Any]]:
    """``full_entry(ID)``: the entry of the shipped derivation ID in :func:`full_report`'s run (50
    digits, every verdict computed, none read from a cache). The topic files' "every step is proved"
    tests read it instead of checking their derivations a second time (tests/test_registry.py
    checks every derivation again, at 30 digits)."""
    entries = {r["id"]: r for r in full_report["derivations"]}

    def entry(ident: str) -> dict[str, Any]:
        assert ident in entries, f"{ident} is not in the full run"
        assert full_report["dps"] == 50 and not entries[ident].get("cached"), ident
        return entries[ident]

    return entry


@pytest.fixture(scope="session")
def _full_run(tmp_path_factory) -> tuple[dict[str, Any], Path]:
    cache_dir = session_root(tmp_path_factory) / "full-run-cache"

    def compute() -> tuple[dict[str, Any], Path]:
        from verify import fits
        from verify.cache import VerdictCache
        from verify.runner import run
        # A fresh cache: nothing is read from it (every verdict is computed), only written.
        report = run(dps=50, cache=VerdictCache(cache_dir), properties=10)
        assert not any(r.get("cached") for r in report["derivations"])
        # What a plain ``python -m verify`` reports: the shipped fits analysed, their claims counted.
        report["fits"] = fits.analyse_files([fits.SHIPPED], dps=50)
        fits.merge_summary(report)
        return report, cache_dir

    return computed_once(tmp_path_factory, "full-run", compute)


@pytest.fixture
def cli_in_process(monkeypatch, capsys) -> Callable[[list[str], Path], subprocess.CompletedProcess]:
    """``cli_in_process(ARGS, CWD)``: ``python -m verify ARGS`` as a user runs it in ``CWD`` (caches under
    ``CWD/xdg-cache``, as :func:`test_cli._user_env`), but through ``main(ARGS)`` in this process: no
    interpreter, no imports, the user-code child already running (about 2 s of CPU a run). For tests
    that read the output and the exit status only. ``main`` given its arguments never replays a
    stored run, so tests of the replay, of what a run imports, of signals and of the isolation of
    user code start a real ``python -m verify``. The runner's module state after a run (its ids
    seen, the child's loaded files) is overwritten by the next run's own selection and files."""
    from verify.__main__ import main

    def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd)
        for name in ("WALLCHECK_CACHE_DIR", "HYPOTHESIS_STORAGE_DIRECTORY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("XDG_CACHE_HOME", str(cwd / "xdg-cache"))
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own refusals exit, as they do on the command line
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, captured.out, captured.err)

    return run


@pytest.fixture
def tex_corpus_verdict(tmp_path, monkeypatch, capsys) -> Callable[[Path], None]:
    """Check one ``.tex`` file of the adversarial corpus through the command line: a ``*_ok.tex``
    control must pass (exit 0), any other file, an attack, must be rejected; never a traceback."""
    from verify.__main__ import main

    def check(path: Path) -> None:
        monkeypatch.setenv("WALLCHECK_CACHE_DIR", str(tmp_path / "cache"))
        code = main([str(path), "-q", "--no-cache"])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert (code == 0) == path.name.endswith("_ok.tex"), (path.name, code, err)

    return check
