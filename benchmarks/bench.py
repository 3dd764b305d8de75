"""Wall time and memory of a full ``python -m verify``, beside the bare import floor.

Targets (issue #2): once warm, within 4x of ``python -c "import sympy, mpmath, numpy"``;
cold (empty verdict cache), under 10 s on a 2-core machine. Prints figures, asserts nothing:
these machines are shared and noisy, so speed is measured here, never in a test.

    python benchmarks/bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of one command."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median reported)")
    args = parser.parse_args()
    py = sys.executable
    base_env = {k: v for k, v in os.environ.items() if k != "WALLCHECK_CACHE_DIR"}

    floor = statistics.median(timed([py, "-c", "import sympy, mpmath, numpy"], base_env)[0]
                              for _ in range(args.repeat))
    cold, warm, peak = [], [], 0
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as cache:
            env = {**base_env, "WALLCHECK_CACHE_DIR": cache}
            s, peak = timed([py, "-m", "verify", "-q"], env)
            cold.append(s)
            warm.append(timed([py, "-m", "verify", "-q"], env)[0])
    cold_s, warm_s = statistics.median(cold), statistics.median(warm)
    print(f"cores available        : {len(os.sched_getaffinity(0))}")
    print(f"import floor           : {floor:6.2f} s   (python -c 'import sympy, mpmath, numpy')")
    print(f"python -m verify, cold : {cold_s:6.2f} s   (target < 10 s)")
    print(f"python -m verify, warm : {warm_s:6.2f} s   ({warm_s / floor:.1f}x the import floor; target <= 4x)")
    print(f"peak memory (children) : {peak:6d} MiB")


if __name__ == "__main__":
    main()
