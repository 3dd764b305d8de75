"""Wall time and memory of a full ``python -m verify``, beside the bare import floor, the slowest
steps and routes, and the precision sweep.

Targets (issue #20): a warm run (nothing to recheck: the stored output is replayed without
importing SymPy) at or below 1x ``python -c "import sympy, mpmath, numpy, flint"``, measured as a
ratio in the same run; cold ``--no-cache`` at most 13.8 s on 2 cores, profiled: the ten slowest
step checks and routes are printed. Issue #7: the sweep ``python -m verify --dps D --no-cache``
for D in 15, 50, 100, 300, 1000, cold, with its ratio to D = 50 (target: D = 1000 within 5x), and
one ``evaluate(dps=10000)`` of every registry entry (target: under a second each). Prints figures,
asserts nothing: these machines are shared and noisy, so speed is measured here, never in a test.

    python benchmarks/bench.py [--repeat N] [--figures-only] [--sweep-only] [--dps 15,50,100,300,1000]
    python benchmarks/bench.py --cold N [--jobs J]   # only: N cold runs, median wall and CPU seconds
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_of_children() -> float:
    """User + system CPU seconds of every waited-for child so far (a run's pool workers included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--figures-only", action="store_true",
                        help="only the floor, warm and cold runs and the slowest steps and routes")
    parser.add_argument("--dps", default="15,50,100,300,1000", help="precisions of the sweep (comma-separated)")
    parser.add_argument("--cold", type=int, default=0, metavar="N",
                        help="only N cold runs (python -m verify -q --no-cache): median wall and CPU seconds")
    parser.add_argument("--jobs", type=int, default=None, help="with --cold: --jobs of the runs")
    args = parser.parse_args()
    py = sys.executable
    base_env = {k: v for k, v in os.environ.items() if k != "WALLCHECK_CACHE_DIR"}
    if args.cold:
        cold_runs(py, base_env, args.cold, args.jobs)
        return
    if not args.sweep_only:
        figures(args, py, base_env)
    if not args.figures_only:
        sweep(py, base_env, [int(d) for d in args.dps.split(",")])
        big_evaluations(py, base_env)


def cold_runs(py: str, base_env: dict[str, str], n: int, jobs: int | None) -> None:
    """``n`` cold runs, each into an empty cache directory: every wall and CPU time (the workers'
    CPU included), then the medians. CPU seconds vary less than wall seconds on a shared machine."""
    cmd = [py, "-m", "verify", "-q", "--no-cache"] + (["--jobs", str(jobs)] if jobs else [])
    walls, cpus = [], []
    for _ in range(n):
        with tempfile.TemporaryDirectory() as cache:
            before = cpu_of_children()
            wall, _peak = timed(cmd, {**base_env, "WALLCHECK_CACHE_DIR": cache})
            walls.append(wall)
            cpus.append(cpu_of_children() - before)
        print(f"  cold run: {walls[-1]:6.2f} s wall, {cpus[-1]:6.2f} s CPU", flush=True)
    print(f"python -m verify -q --no-cache{f' --jobs {jobs}' if jobs else ''} ({len(os.sched_getaffinity(0))} cores, "
          f"median of {n}): {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU")


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


#: The bare import of the libraries a run uses: the floor a warm run is measured against.
FLOOR = "import sympy, mpmath, numpy, flint"

#: Runs ``python -m verify ARGS`` through :func:`verify.__main__.main` and appends the wall time of
#: every step check and route, in whatever process (a forked worker too) it runs, to $PROFILE_FILE
#: as JSON lines. The functions are looked up by name in every module that holds them, so the
#: profile follows the kernel wherever its modules put them.
PROFILE_HARNESS = """
import functools, json, os, sys, time
import verify.checker  # the kernel: check_step and check_route are imported with it
out = os.environ["PROFILE_FILE"]

def timed(kind, fn):
    @functools.wraps(fn)
    def wrapper(derivation, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(derivation, *args, **kwargs)
        finally:
            entry = {"kind": kind, "id": derivation.id, "seconds": time.perf_counter() - start}
            if kind == "step":
                outcome = args[0]
                entry.update(step=outcome.index + 1, rule=type(outcome.rule).__name__)
            else:
                entry.update(route=type(derivation.route).__name__)
            with open(out, "a") as fh:
                fh.write(json.dumps(entry) + "\\n")
    return wrapper

for name, kind in (("check_step", "step"), ("check_route", "route")):
    originals = {id(getattr(m, name)) for m in list(sys.modules.values())
                 if m and m.__name__.startswith("verify") and callable(getattr(m, name, None))}
    for module in [m for m in list(sys.modules.values()) if m and m.__name__.startswith("verify")]:
        fn = getattr(module, name, None)
        if callable(fn) and id(fn) in originals:
            setattr(module, name, timed(kind, fn))
from verify.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def median_time(cmd: list[str], env: dict[str, str], repeat: int) -> float:
    return statistics.median(timed(cmd, env)[0] for _ in range(repeat))


def figures(args: argparse.Namespace, py: str, base_env: dict[str, str]) -> None:
    """In one run: the import floor, cold ``--no-cache`` (profiled), the first run into an empty
    cache, the warm run and its ratio to the floor, peak memory, and the slowest steps and routes."""
    floor = median_time([py, "-c", FLOOR], base_env, args.repeat)
    with tempfile.TemporaryDirectory() as cache:
        env = {**base_env, "WALLCHECK_CACHE_DIR": cache}
        profile = Path(cache) / "profile.jsonl"
        before = cpu_of_children()
        cold, _ = timed([py, "-c", PROFILE_HARNESS, "-q", "--no-cache"], {**env, "PROFILE_FILE": str(profile)})
        cold_cpu = cpu_of_children() - before
        first, peak = timed([py, "-m", "verify", "-q"], env)
        warm = median_time([py, "-m", "verify", "-q"], env, args.repeat)
        records = [json.loads(line) for line in profile.read_text().splitlines()] if profile.exists() else []
    print(f"cores available           : {len(os.sched_getaffinity(0))}")
    print(f"import floor              : {floor:6.2f} s   (python -c '{FLOOR}', median of {args.repeat})")
    print(f"python -m verify, warm    : {warm:6.2f} s   = {warm / floor:.2f}x the import floor (target <= 1x; "
          f"median of {args.repeat})")
    print(f"python -m verify, cold    : {cold:6.2f} s   (--no-cache, profiled; target <= 13.8 s on 2 cores; "
          f"{cold_cpu:.2f} s CPU)")
    print(f"first run, empty cache    : {first:6.2f} s")
    print(f"peak memory (children)    : {peak:6d} MiB")
    slowest(records)


def slowest(records: list[dict], n: int = 10) -> None:
    """The ``n`` slowest step checks and routes of the profiled cold run."""
    steps = sorted((r for r in records if r["kind"] == "step"), key=lambda r: -r["seconds"])[:n]
    routes = sorted((r for r in records if r["kind"] == "route"), key=lambda r: -r["seconds"])[:n]
    total = sum(r["seconds"] for r in records if r["kind"] == "step")
    print(f"\nslowest step checks (of {sum(r['kind'] == 'step' for r in records)}, {total:.1f} s in all, "
          "summed over the workers)")
    for r in steps:
        print(f"  {r['seconds']:7.2f} s  {r['id']} step {r['step']} ({r['rule']})")
    total = sum(r["seconds"] for r in records if r["kind"] == "route")
    print(f"slowest routes (of {sum(r['kind'] == 'route' for r in records)}, {total:.1f} s in all)")
    for r in routes:
        print(f"  {r['seconds']:7.2f} s  {r['id']} ({r['route']})")


if __name__ == "__main__":
    main()
