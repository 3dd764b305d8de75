"""Wall time and memory of a full ``python -m verify``, beside the bare import floor, and the
precision sweep.

Targets (issue #2): once warm, within 4x of ``python -c "import sympy, mpmath, numpy"``;
cold (empty verdict cache), under 10 s on a 2-core machine. Issue #7: the sweep
``python -m verify --dps D --no-cache`` for D in 15, 50, 100, 300, 1000, cold, with its ratio
to D = 50 (target: D = 1000 within 5x), and one ``evaluate(dps=10000)`` of every
registry entry (target: under a second each). Prints figures, asserts nothing: these machines are
shared and noisy, so speed is measured here, never in a test.

    python benchmarks/bench.py [--repeat N] [--sweep-only] [--dps 15,50,100,300,1000]
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
    parser.add_argument("--sweep-only", action="store_true", help="only the precision sweep and evaluate(dps=10000)")
    parser.add_argument("--dps", default="15,50,100,300,1000", help="precisions of the sweep (comma-separated)")
    args = parser.parse_args()
    py = sys.executable
    base_env = {k: v for k, v in os.environ.items() if k != "WALLCHECK_CACHE_DIR"}
    if not args.sweep_only:
        figures(args, py, base_env)
    sweep(py, base_env, [int(d) for d in args.dps.split(",")])
    big_evaluations(py, base_env)


def sweep(py: str, base_env: dict[str, str], precisions: list[int]) -> None:
    """``python -m verify --dps D --no-cache -q`` once per D, cold; wall time and ratio to D = 50."""
    print(f"\nprecision sweep (python -m verify --dps D --no-cache -q; {len(os.sched_getaffinity(0))} cores)")
    times: dict[int, float] = {}
    outcome: dict[int, str] = {}
    for dps in precisions:
        with tempfile.TemporaryDirectory() as cache:
            env = {**base_env, "WALLCHECK_CACHE_DIR": cache}
            start = time.perf_counter()
            proc = subprocess.run([py, "-m", "verify", "--dps", str(dps), "--no-cache", "-q"], cwd=ROOT, env=env,
                                  capture_output=True, text=True)
            times[dps] = time.perf_counter() - start
            lines = proc.stdout.strip().splitlines()
            summary = next((ln for ln in lines if " derivations: " in ln), "(no summary line)")
            claims = next((part.strip() for part in summary.split(";") if " claims: " in part), "")
            outcome[dps] = f"exit {proc.returncode}: " + summary.split(";")[0] + (f"; {claims}" if claims else "")
    base = times.get(50)
    for dps in precisions:
        ratio = f"{times[dps] / base:5.1f}x" if base else "   - "
        print(f"  --dps {dps:5d} : {times[dps]:7.2f} s  {ratio} D=50   {outcome[dps]}")


def big_evaluations(py: str, base_env: dict[str, str]) -> None:
    """One ``evaluate(dps=10000)`` of every registry entry with parameters, at one seeded point of
    its domain (the route's first point where it has one), in a fresh process after the import."""
    code = (
        "import random, time, derivations\n"
        "from derivations import DomainError\n"
        "worst = 0.0\n"
        "for d in derivations.all():\n"
        "    if not d.parameters: continue\n"
        "    d.result\n"
        "    points = list(getattr(d.route, 'points', ()) or ())\n"
        "    rng = random.Random(0)\n"
        "    points += [{n: d.param(n).domain.draw(rng) for n in d.parameters} for _ in range(50)]\n"
        "    for params in points:\n"
        "        try: d.validate(params); break\n"
        "        except DomainError: continue\n"
        "    t = time.perf_counter(); d.evaluate(dps=10000, **params); s = time.perf_counter() - t\n"
        "    worst = max(worst, s)\n"
        "    print(f'  {d.id:34s}: {s:7.3f} s  ({\"certified, arb\" if d.certifiable else \"adaptive mpmath\"})')\n"
        "print(f'  slowest: {worst:.3f} s (target: under 1 s)')\n"
    )
    print("\nevaluate(dps=10000), one call per registry entry (after the derivation is replayed)")
    proc = subprocess.run([py, "-c", code], cwd=ROOT, env=base_env, capture_output=True, text=True)
    print(proc.stdout.rstrip() or proc.stderr[-2000:])


def figures(args: argparse.Namespace, py: str, base_env: dict[str, str]) -> None:
    """Import floor, cold and warm ``python -m verify -q``, peak memory."""

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
