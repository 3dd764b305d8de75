"""Run the checker over a selection of derivations and assemble the report.

Derivations are independent, so they are checked in worker processes when more
than one core is asked for (:mod:`verify.run_context`: the run's options and cache travel
as one context object); the report is assembled in the order of the selection,
so it does not depend on which worker finished first. The selection may hold any
:class:`~derivations.Derivation`, registered or a user's own: workers receive the
objects themselves (by fork), never look them up by id. What went wrong is written by
:mod:`verify.failures` (re-exported here).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import time
from typing import Any, Callable, Mapping, Sequence

import derivations
from derivations import Derivation

from . import __version__

from .cache import VerdictCache
from .claims import claim_counts  # errata (issue 17): the summary counts every claim status apart
from .failures import (CONFIRMED, DERIVED, FAILED, INCONCLUSIVE, PROVED, ROUTE_NAMES, WRITTEN, annotate_failures,
                       describe_entry, render_failures)
from .run_context import RunContext, check_each

__all__ = ["run", "summarize", "versions", "default_jobs", "check_one", "annotate_failures",
           "render_failures", "describe_entry", "lookup", "route_kind", "ROUTE_NAMES", "DERIVED", "WRITTEN",
           "PROVED", "CONFIRMED", "INCONCLUSIVE", "FAILED"]

#: Every derivation checked in this process, by id: lets the LaTeX renderer find a user's own.
_seen: dict[str, Derivation] = {}


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
    """Hash of every file that can change a result (all of ``derivations/`` and ``verify/``, code and
    data, subpackages included) and of the library versions.

    A whole derivation's result is reused only under the same fingerprint, so any edit
    to a derivation, a rule, the checker or a route invalidates it.
    """
    from .fingerprints import source_digest
    return hashlib.sha256((json.dumps(versions(), sort_keys=True) + source_digest()).encode()).hexdigest()


def default_jobs() -> int:
    """Worker processes used by default: the cores this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def lookup(derivation_id: str) -> Derivation:
    """The derivation with this id: a registered one, or one checked in this process."""
    if derivation_id in _seen:
        return _seen[derivation_id]
    return derivations.get(derivation_id)


def _is_registered(d: Derivation) -> bool:
    from .manifest import shipped_ids
    # Registry built (a run over shipped ids): it answers at once. Else the sources are parsed
    # (~0.2 s): no need to build the registry to know a user's id is not in it.
    if derivations._registry is None and d.id not in shipped_ids():
        return False
    try:
        return derivations.get(d.id) is d
    except derivations.UnknownDerivationError:
        return False


def check_one(derivation: Derivation, dps: int = derivations.DEFAULT_DPS, *, cache: VerdictCache | None = None,
              properties: int = 0) -> dict[str, Any]:
    """The report entry of one derivation (registered or not), failures annotated."""
    from .checker import check_derivation, combine
    from .isolation import check_hooks, is_isolated
    result = check_derivation(derivation, dps, cache=cache, properties=properties)
    result["numeric"] = route_kind(derivation, result["numeric"])
    if is_isolated(derivation):  # a user's value=/evaluator hooks, checked against the derived result
        hooks = check_hooks(derivation, dps)
        if hooks:
            result["hooks"] = hooks
            result["verdict"] = combine([result["verdict"]] + [h["verdict"] for h in hooks])
    annotate_failures(derivation, result, dps)
    return result


def route_kind(derivation: Derivation, numeric: dict[str, Any]) -> dict[str, Any]:
    """The route's entry with ``kind`` after ``route``: ``"measurement"``, ``"independent"`` or
    ``"consistency"`` (:data:`derivations._model.ROUTE_KINDS`), ``None`` without a route."""
    kind = getattr(derivation.route, "kind", None)
    out = {k: v for k, v in numeric.items() if k == "route"}
    return {**out, "kind": kind, **{k: v for k, v in numeric.items() if k != "route"}}


def summarize(results: Sequence[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """Counts of verdicts and claim statuses."""
    claims = [c for r in results for c in r["claims"]]
    return {
        "derivations": len(results),
        **{v: sum(r["verdict"] == v for r in results) for v in (PROVED, CONFIRMED, INCONCLUSIVE, FAILED)},
        "claims": len(claims),
        "steps": sum(len(r["steps"]) for r in results),
        "steps_proved": sum(st["verdict"] == PROVED for r in results for st in r["steps"]),
        **claim_counts(claims),  # errata (issue 17): every claim status counted apart, verify.claims
        "properties": sum(len(r["properties"]) for r in results),
        # What the routes are (numeric.kind): a consistency check only catches slips in the steps.
        "routes": {kind: sum(r["numeric"].get("kind") == kind for r in results)
                   for kind in ("measurement", "independent", "consistency")},
        "seconds": round(seconds, 2),
    }


def run(selection: Sequence[Derivation] | None = None, *, dps: int = derivations.DEFAULT_DPS,
        cache: VerdictCache | None = None, jobs: int | None = None, properties: int = 10,
        progress: Callable[[int, int, str], None] | None = None,
        sources: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Check ``selection`` (default: everything) and return the JSON-ready report.

    With a cache, a derivation whose code fingerprint, precision and property count are
    unchanged is not rechecked (its entry says ``"cached": true``); otherwise its steps
    still reuse cached rule outputs and step verdicts. A user's derivation is reused so only
    when ``sources`` gives the hash of the file it came from (:attr:`verify.loader.Loaded.sources`):
    of two files, the one that changed is rechecked.
    """
    from .loader import check_ids
    start = time.perf_counter()
    chosen = list(selection) if selection is not None else list(derivations.all())
    bad = [d for d in chosen if not isinstance(d, Derivation)]
    if bad:
        raise TypeError(f"run() checks derivations.Derivation objects, got {type(bad[0]).__name__}")
    check_ids(chosen)
    chosen = list({d.id: d for d in chosen}.values())
    ids = [d.id for d in chosen]
    context = RunContext.of(chosen, dps=dps, properties=properties, cache=cache)
    _seen.update(context.selection)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    results: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        fingerprint = code_fingerprint()
        for i in ids:
            source = "" if _is_registered(context.selection[i]) else (sources or {}).get(i)
            if source is None:
                continue  # a user's derivation of unknown source: only its steps are cached
            keys[i] = "drv:" + hashlib.sha256(f"{fingerprint}|{i}|{dps}|{properties}|{source}".encode()).hexdigest()
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
            if result["verdict"] in (PROVED, CONFIRMED) and result["id"] in keys:  # failures: recomputed
                cache.put(keys[result["id"]], result)
        if progress:
            progress(done, len(ids), result["id"])

    # Rule outputs are memoised in the same content-keyed cache (the context carries it to each check).
    check_each(context, todo, jobs, finished)
    if cache is not None:
        cache.save()
    ordered = [results[i] for i in ids]
    report = {
        "generator": "wallcheck",
        "dps": dps,
        "versions": versions(),
        "derivations": ordered,
        "summary": summarize(ordered, time.perf_counter() - start),
    }
    if any(_is_registered(d) for d in chosen):  # the papers' coverage belongs to runs that check the papers
        report["ledger_index"] = _ledger_index()
    return report


def _ledger_index() -> dict[str, Any]:
    """Coverage of the printed-numbers index (issue 10): counts and the unchecked list."""
    from . import ledger_index
    entries = ledger_index.load()
    return {**ledger_index.coverage(entries), "problems": ledger_index.validate(entries),
            "uncovered_claims": ledger_index.uncovered_claims(entries)}
