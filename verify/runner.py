"""Run the checker over a selection of derivations and assemble the report.

Derivations are independent, so they are checked in worker processes when more
than one core is asked for; the report is assembled in catalogue order, so it
does not depend on which worker finished first.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import derivations
from derivations import Derivation

from . import __version__
from derivations import _model

from .cache import OutputMemo, VerdictCache

# Verdict names; the checker itself (python-flint, hypothesis) is imported only when needed.
PROVED, CONFIRMED, INCONCLUSIVE, FAILED = "proved", "confirmed", "inconclusive", "failed"

__all__ = ["run", "summarize", "versions", "default_jobs"]

_cache: VerdictCache | None = None
_options: dict[str, Any] = {}


def versions() -> dict[str, str]:
    """Versions of everything that can change a verdict (read from the installed metadata)."""
    from importlib.metadata import PackageNotFoundError, version
    out = {"wallcheck": __version__, "python": platform.python_version()}
    for dist in ("sympy", "mpmath", "numpy", "hypothesis", "python-flint"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    return out


def code_fingerprint() -> str:
    """Hash of every source file that can change a result, and of the library versions.

    A whole derivation's result is reused only under the same fingerprint, so any edit
    to a derivation, a rule, the checker or a route invalidates it.
    """
    digest = hashlib.sha256(json.dumps(versions(), sort_keys=True).encode())
    for package in (derivations, sys.modules[__package__]):
        root = Path(package.__file__).parent
        for path in sorted(root.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def default_jobs() -> int:
    """Worker processes used by default: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _check_one(derivation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    from .checker import check_derivation
    result = check_derivation(derivations.get(derivation_id), _options["dps"], cache=_cache,
                              properties=_options["properties"])
    # New verdicts travel back to the parent, which saves the cache once.
    return result, (_cache.drain() if _cache is not None else {})


def summarize(results: Sequence[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """Counts of verdicts and claim statuses."""
    claims = [c for r in results for c in r["claims"]]
    return {
        "derivations": len(results),
        **{v: sum(r["verdict"] == v for r in results) for v in (PROVED, CONFIRMED, INCONCLUSIVE, FAILED)},
        "claims": len(claims),
        "steps": sum(len(r["steps"]) for r in results),
        "steps_proved": sum(st["verdict"] == PROVED for r in results for st in r["steps"]),
        "verified": sum(c["status"] == "verified" for c in claims),
        "quoted": sum(c["status"] == "quoted" for c in claims),
        "errata": sum(c["status"] == "erratum" for c in claims),
        "claims_failed": sum(c["status"] == "failed" for c in claims),
        "properties": sum(len(r["properties"]) for r in results),
        "seconds": round(seconds, 2),
    }


def run(selection: Sequence[Derivation] | None = None, *, dps: int = derivations.DEFAULT_DPS,
        cache: VerdictCache | None = None, jobs: int | None = None, properties: int = 10,
        progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Check ``selection`` (default: everything) and return the JSON-ready report.

    With a cache, a derivation whose code fingerprint, precision and property count are
    unchanged is not rechecked (its entry says ``"cached": true``); otherwise its steps
    still reuse cached rule outputs and step verdicts.
    """
    global _cache, _options
    start = time.perf_counter()
    chosen = list(selection) if selection is not None else list(derivations.all())
    ids = [d.id for d in chosen]
    _cache, _options = cache, {"dps": dps, "properties": properties}
    jobs = default_jobs() if jobs is None else max(1, jobs)
    results: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        fingerprint = code_fingerprint()
        for i in ids:
            keys[i] = "drv:" + hashlib.sha256(f"{fingerprint}|{i}|{dps}|{properties}".encode()).hexdigest()
            hit = cache.get(keys[i])
            if hit is not None:
                results[i] = {**hit, "seconds": 0.0, "cached": True}
    todo = [i for i in ids if i not in results]
    done = len(results)

    def finished(result: dict[str, Any], new: dict[str, Any]) -> None:
        nonlocal done
        results[result["id"]] = result
        done += 1
        if cache is not None:
            cache.merge(new)
            if result["verdict"] in (PROVED, CONFIRMED):  # failures are always recomputed
                cache.put(keys[result["id"]], result)
        if progress:
            progress(done, len(ids), result["id"])

    # Rule outputs are memoised in the same content-keyed cache (workers inherit this by fork).
    saved_memo, _model.OUTPUT_MEMO = _model.OUTPUT_MEMO, OutputMemo(cache) if cache is not None else None
    try:
        if jobs > 1 and len(todo) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(min(jobs, len(todo))) as pool:
                for result, new in pool.imap_unordered(_check_one, todo):
                    finished(result, new)
        else:
            for i in todo:
                finished(*_check_one(i))
    finally:
        _model.OUTPUT_MEMO = saved_memo
    if cache is not None:
        cache.save()
    ordered = [results[i] for i in ids]
    return {
        "generator": "wallcheck",
        "dps": dps,
        "versions": versions(),
        "derivations": ordered,
        "summary": summarize(ordered, time.perf_counter() - start),
    }
