"""How one run's derivations are checked: the run's context, handed to every check as an argument.

A :class:`RunContext` holds what every check of a run shares — the precision, the number of
hypothesis examples per property, the verdict cache and the selection — and travels as one
object: to :func:`check_in_context` in this process, or once to each worker of the pool through
its initializer (:func:`init_worker`), so that no option is read from a module global that
:func:`verify.runner.run` rewrites. Workers are forked, so the derivations (a user's own
included) reach them as objects, never looked up by id.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Mapping, Sequence

from derivations import Derivation

from .cache import VerdictCache

__all__ = ["RunContext", "init_worker", "check_in_context", "check_in_worker", "check_each"]


@dataclass(frozen=True)
class RunContext:
    """What every check of one run shares: precision, property examples, cache and selection."""

    dps: int
    properties: int
    cache: VerdictCache | None
    #: The derivations of the run, by id (read-only).
    selection: Mapping[str, Derivation]

    @classmethod
    def of(cls, chosen: Sequence[Derivation], *, dps: int, properties: int,
           cache: VerdictCache | None) -> "RunContext":
        """The context of a run over ``chosen`` (ids already checked to be distinct)."""
        return cls(dps, properties, cache, MappingProxyType({d.id: d for d in chosen}))


def check_in_context(context: RunContext, derivation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report entry of one derivation of the run, and the cache entries its check added
    (a worker sends them to the parent, which saves the cache once)."""
    from .runner import check_one
    result = check_one(context.selection[derivation_id], context.dps, cache=context.cache,
                       properties=context.properties)
    return result, (context.cache.drain() if context.cache is not None else {})


#: The context of the run this worker process serves: set once, by :func:`init_worker`, in the
#: worker only (a pool's task function receives nothing but the id).
_worker_context: RunContext | None = None


def init_worker(context: RunContext) -> None:
    """The pool's initializer: the worker keeps ``context`` for its life, and ends with its parent."""
    global _worker_context
    _worker_context = context
    _die_with_parent()


def _die_with_parent() -> None:
    """Linux: a worker whose run was killed would otherwise go on checking, orphaned."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # the parent ended before the signal was armed
        os._exit(1)


def check_in_worker(derivation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pool's task: :func:`check_in_context` under the context :func:`init_worker` was given."""
    if _worker_context is None:
        raise RuntimeError("check_in_worker runs in a pool started with init_worker")
    return check_in_context(_worker_context, derivation_id)


def check_each(context: RunContext, ids: Sequence[str], jobs: int,
               finished: Callable[[dict[str, Any], dict[str, Any]], None]) -> None:
    """Check every id of ``ids`` (in forked workers when ``jobs > 1`` and there are several) and
    hand each entry and its new cache entries to ``finished`` as it arrives."""
    if jobs > 1 and len(ids) > 1 and "fork" in multiprocessing.get_all_start_methods():
        pool = multiprocessing.get_context("fork").Pool(min(jobs, len(ids)), initializer=init_worker,
                                                         initargs=(context,))
        with pool:
            for result, new in pool.imap_unordered(check_in_worker, ids):
                finished(result, new)
    else:
        for i in ids:
            finished(*check_in_context(context, i))
