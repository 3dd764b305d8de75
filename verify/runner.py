"""Run the checker over a selection of derivations and assemble the report.

Derivations are independent, so they are checked in worker processes when more
than one core is asked for; the report is assembled in catalogue order, so it
does not depend on which worker finished first.
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import time
from typing import Any, Callable, Sequence

import derivations
from derivations import Derivation

from . import __version__
from .cache import VerdictCache
from .checker import CONFIRMED, FAILED, INCONCLUSIVE, PROVED, check_derivation

__all__ = ["run", "summarize", "versions", "default_jobs"]

_cache: VerdictCache | None = None
_options: dict[str, Any] = {}


def versions() -> dict[str, str]:
    """Versions of everything that can change a verdict."""
    import hypothesis
    import mpmath
    import numpy
    import sympy
    out = {"wallcheck": __version__, "python": platform.python_version(), "sympy": sympy.__version__,
           "mpmath": mpmath.__version__, "numpy": numpy.__version__, "hypothesis": hypothesis.__version__}
    try:
        import flint
        out["python-flint"] = flint.__version__
    except ImportError:
        out["python-flint"] = "not installed"
    return out


def default_jobs() -> int:
    """Worker processes used by default: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _check_one(derivation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
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
        "verified": sum(c["status"] == "verified" for c in claims),
        "errata": sum(c["status"] == "erratum" for c in claims),
        "claims_failed": sum(c["status"] == "failed" for c in claims),
        "properties": sum(len(r["properties"]) for r in results),
        "seconds": round(seconds, 2),
    }


def run(selection: Sequence[Derivation] | None = None, *, dps: int = derivations.DEFAULT_DPS,
        cache: VerdictCache | None = None, jobs: int | None = None, properties: int = 25,
        progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Check ``selection`` (default: everything) and return the JSON-ready report."""
    global _cache, _options
    start = time.perf_counter()
    chosen = list(selection) if selection is not None else list(derivations.all())
    ids = [d.id for d in chosen]
    _cache, _options = cache, {"dps": dps, "properties": properties}
    jobs = default_jobs() if jobs is None else max(1, jobs)
    results: dict[str, dict[str, Any]] = {}
    if jobs > 1 and len(ids) > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(min(jobs, len(ids))) as pool:
            for n, (result, new) in enumerate(pool.imap_unordered(_check_one, ids), 1):
                results[result["id"]] = result
                if cache is not None:
                    cache.merge(new)
                if progress:
                    progress(n, len(ids), result["id"])
    else:
        for n, i in enumerate(ids, 1):
            result, new = _check_one(i)
            results[i] = result
            if cache is not None:
                cache.merge(new)
            if progress:
                progress(n, len(ids), i)
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
