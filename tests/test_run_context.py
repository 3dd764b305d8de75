"""The pool's workers end with the run that started them (verify/run_context.py): a killed run
leaves no orphan checking on (Linux)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: A parent that forks one busy worker through the pool's initializer, prints its pid and waits.
PARENT = textwrap.dedent("""
    import multiprocessing, sys, time
    from verify.run_context import _die_with_parent

    def busy():
        _die_with_parent()
        time.sleep(120)  # a long step: without the signal it outlives its parent

    worker = multiprocessing.get_context("fork").Process(target=busy)
    worker.start()
    print(worker.pid, flush=True)
    time.sleep(120)
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"  # a zombie waiting for its reaper is gone
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_busy_worker_ends_when_its_run_is_killed():
    run = subprocess.Popen([sys.executable, "-c", PARENT], env={**os.environ, "PYTHONPATH": str(ROOT)},
                           stdout=subprocess.PIPE, text=True)
    try:
        worker = int(run.stdout.readline())
        time.sleep(1)  # the worker has armed its signal (or not) and is asleep in its step
        assert _alive(worker)
        run.send_signal(signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 30
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(worker), "the worker outlived the run that started it"
    finally:
        if run.poll() is None:
            run.kill()
