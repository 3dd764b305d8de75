"""``python -m verify``: check every derivation, print a table, write JSON and LaTeX.

Exit status (the README's one table): 0 only when every derivation is proved or confirmed
and no claim failed (``--allow-inconclusive`` lets inconclusive verdicts pass), and after a
closed pipe; 1 when something checked did not pass (or a module of the user's could not be
imported); 2 when the command line is refused before any work (an unknown id, a derivation
or fits file that does not exist, an id used by two derivations, a precision out of range,
an id where a place to write is expected, a file it will not overwrite); 130 after Ctrl-C.

Arguments are ids, prefixes, or paths: a module file (``my_law.py``) or a directory of
them is imported without being installed, and every derivation it defines (its
``DERIVATIONS``, or every ``Derivation`` bound to a module-level name) is checked exactly
as the shipped ones; an id that names one of them selects it. A module that fails to import
is reported with its path and the last frame of its traceback; the others are still checked,
and the exit status is 1.

The options and the refusals of a command line live in :mod:`verify.cli_args`; a command line
whose inputs are unchanged replays its stored output before SymPy is imported
(:mod:`verify.warm_run`).
"""

from __future__ import annotations

import os
import sys

# ``python -m`` puts the current directory first on sys.path, so a user's ``tomllib.py`` or
# ``hypothesis.py`` there would be imported into the kernel's process at its first lazy import.
# The kernel never imports from the user's directory (user files run in the child process),
# unless that directory is the package's own checkout (run there without installing).
_HERE = os.path.realpath(os.getcwd())
if __name__ == "__main__" and sys.path and os.path.realpath(sys.path[0] or os.curdir) == _HERE \
        and os.path.dirname(os.path.dirname(os.path.realpath(__file__))) != _HERE:
    del sys.path[0]

import argparse
import contextlib
import threading
import time
from typing import Any, Iterator, Sequence

from .cli_args import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, UsageError, build_parser, check_dps,
                       check_outputs, is_path, matching, refuse_traps)

__all__ = ["main", "build_parser"]


def _list(out, selection=None) -> None:
    """One line per derivation: id, title as plain text (the math as the terminal shows it), parameters."""
    import derivations

    from .report import text
    for d in (derivations.all() if selection is None else selection):
        params = ", ".join(d.parameters) if d.parameters else "-"
        out.write(f"{d.id:34s} {text(d.title)}  [{params}]\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring and the README)."""
    with _quiet_interrupts():
        try:
            return _main_checked(argv)
        except KeyboardInterrupt:
            _stop_writing(sys.stdout)
            sys.stderr.write("python -m verify: interrupted\n")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (``| head``): stop quietly, as Unix tools do.
            _stop_writing(sys.stdout)
            return 0


def _main_checked(argv: Sequence[str] | None) -> int:
    """Parse; replay a stored run of the same inputs (the command line only); else run in full."""
    started = time.perf_counter()  # the summary reports the wall time the user waited
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)
    warm = None
    if argv is None:  # the command line itself; an in-process caller may have changed what no fingerprint sees
        from .warm_run import warm_run_for
        warm = warm_run_for(args)
        status = warm.replay(args, started, sys.stdout, sys.stderr) if warm is not None else None
        if status is not None:
            return status
    from .cache import VerdictCache

    cache = None if args.no_cache else VerdictCache()
    try:
        return _main(parser, args, cache, started, warm)
    finally:
        if cache is not None:
            cache.save()


@contextlib.contextmanager
def _quiet_interrupts() -> Iterator[None]:
    """Ctrl-C reaches every process of the group: a worker forked meanwhile inherits this handler
    and exits at once without a traceback; the main process gets a KeyboardInterrupt, which
    :func:`main` turns into one line and exit status 130."""
    import os
    import signal
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    parent = os.getpid()

    def interrupted(signum: int, frame: Any) -> None:
        if os.getpid() != parent:
            os._exit(EXIT_INTERRUPTED)
        raise KeyboardInterrupt

    saved = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, saved)


def _stop_writing(stream: Any) -> None:
    """Point ``stream``'s file descriptor at /dev/null, so that the flush at exit cannot raise
    a second BrokenPipeError after the reader has gone."""
    import os
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's StringIO): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace, cache: Any, started: float,
          warm: Any = None) -> int:
    """The full run: select, check, write the files, print the text; store it for ``warm``."""
    out, err = sys.stdout, sys.stderr
    if args.figures is not None:  # figures region: matplotlib is an extra; say so before any work
        from .figures import MissingMatplotlibError, require_matplotlib
        try:
            require_matplotlib()
        except MissingMatplotlibError as exc:
            err.write(f"python -m verify: error: {exc}\n")
            return EXIT_USAGE

    import derivations
    from derivations import DomainError, UnknownDerivationError

    from .fits_analysis import FIT_ENTRIES
    from .loader import IdClashError, load_paths, looks_like_path

    shown = list(args.show or [])
    ids, paths = [], []
    for arg in list(args.ids) + [a for a in shown if looks_like_path(a)]:
        (paths if is_path(arg, looks_like_path) else ids).append(arg)
    shown = [a for a in shown if not looks_like_path(a)]
    load_errors = []
    try:
        refuse_traps(args)
        check_dps(args.dps)
        if args.jobs is not None and args.jobs < 1:
            raise DomainError("--jobs", args.jobs, "a positive integer")
        if args.properties < 0:
            raise DomainError("--properties", args.properties, "an integer >= 0")
        loaded_all: list[Any] = []
        sources: dict[str, str] = {}
        if paths:
            loaded = load_paths(paths)
            loaded_all, sources = list(loaded.derivations), loaded.sources
            load_errors = loaded.errors
            for error in loaded.errors:
                err.write(f"python -m verify: error: {error}\n")
            for empty in loaded.empty:
                err.write(f"python -m verify: warning: {empty} defines no Derivation (nothing to check there)\n")
        # An id that names a derivation of the user's files selects it there; the others are shipped ids.
        user_ids = [i for i in ids if matching(i, loaded_all)]
        shipped_ids = [i for i in ids if i not in user_ids]
        selection = list(derivations.select(shipped_ids)) if shipped_ids or not paths else []
        if args.fits and not ids and not paths:  # fits region: the entries the fits are analysed with
            selection = list(derivations.select(list(FIT_ENTRIES)))
        chosen_user = [d for d in loaded_all if any(matching(i, [d]) for i in user_ids)] if user_ids else loaded_all
        selection += chosen_user
        if paths and not selection and not load_errors:
            raise FileNotFoundError(f"no derivations found in {', '.join(paths)}")
        if shown:  # ids given beside --show are shown too (never silently dropped)
            shown += [i for i in ids if i not in shown]
            selection = [_find_one(i, loaded_all) for i in shown]
            selection = [d for group in selection for d in group]
    except (UnknownDerivationError, DomainError, FileNotFoundError, IdClashError, UsageError) as exc:
        parser.print_usage(err)
        err.write(f"python -m verify: error: {exc}\n")
        return EXIT_USAGE
    if args.list:
        _list(out, selection if args.ids else None)
        return 1 if load_errors else 0
    if load_errors and not selection:
        return EXIT_FAILED  # every module failed to import (each said so above): nothing to check
    if shown:  # show region: the derivations, readable; --json as for a run
        return _show_all(args, selection, cache, out, err)
    problem = check_outputs(args, [d.id for d in selection])  # output paths region: refuse a bad path before any work
    if problem:
        err.write(f"python -m verify: error: {problem}\n")
        return EXIT_USAGE

    from .report import OverwriteError, time_part, write_json
    from .runner import run

    progress = None
    if out.isatty() and not args.quiet:
        def progress(n: int, total: int, ident: str) -> None:
            err.write(f"\r\033[K[{n}/{total}] {ident}")
            if n == total:
                err.write("\r\033[K")
            err.flush()

    report = run(selection, dps=args.dps, cache=cache, jobs=args.jobs, properties=args.properties,
                 progress=progress, sources=sources)
    from .runner import _is_registered
    if not any(_is_registered(d) for d in selection):
        report.pop("ledger_index", None)  # the papers' coverage belongs to runs that check the papers
    if load_errors:
        report["load_errors"] = [e.as_dict() for e in load_errors]
    from .texinput import annotate_report  # texinput region (issue 21): .tex lines, .wcaux
    warnings = annotate_report(report, selection)
    for warning in warnings:
        err.write(f"python -m verify: warning: {warning}\n")
    from . import fits as fits_mod  # fits region (issue 11): published fits and their claims
    fit_files = fits_mod.files_for(args.fits, ids, paths)
    if fit_files:
        from .cache import OutputMemo
        report["fits"] = fits_mod.analyse_files(fit_files, dps=args.dps,
                                                memo=OutputMemo(cache) if cache is not None else None)
        fits_mod.merge_summary(report)
        for refused in report["fits"]["refused"]:
            err.write(f"python -m verify: error: fit refused: {refused['message']}\n")

    # The wall time the user waited (imports and the fits analysis included), not only the checks'.
    report["summary"]["seconds"] = round(time.perf_counter() - started, 2)
    try:
        if args.json:
            write_json(report, args.json, force=args.force, stdout=out)
        if args.figures is not None:  # figures region (before the LaTeX, which includes them)
            from .figures import write_figures
            written = write_figures(args.figures, force=args.force)
            if not args.quiet:
                err.write(f"wrote {len(written)} figure files to {args.figures} (see {args.figures}/captions.md)\n")
        if args.latex:
            from .latex import write_latex
            written = write_latex(report, args.latex, force=args.force, derivations=selection,
                                  figures=args.figures, title=args.title, author=args.author)  # latex region
            if not args.quiet:
                err.write(f"wrote {len(written)} LaTeX files to {args.latex}\n")
    except OverwriteError as exc:
        err.write(f"python -m verify: error: {exc}\n")
        return EXIT_USAGE

    from .run_text import exit_status, run_text
    before, after = run_text(report, args, load_errors)
    text_out = err if args.json == "-" else out
    text_out.write(before + time_part(report) + after)
    status = exit_status(report, args, load_errors)
    new_reads = False
    if paths and cache is not None:  # files the user's code read outside its tree: fingerprinted next time
        from .outside_reads import record_after_run
        new_reads = record_after_run(paths)
    if warm is not None and not load_errors and not warnings and not new_reads and _all_passed(report):
        _store(warm, report, args, status)
    return status


def _all_passed(report: dict[str, Any]) -> bool:
    """Every derivation proved or confirmed and every fit analysed: a run worth storing (a failure
    is always recomputed)."""
    return (all(r["verdict"] in ("proved", "confirmed") for r in report["derivations"])
            and not report.get("summary", {}).get("fits_refused"))


def _store(warm: Any, report: dict[str, Any], args: argparse.Namespace, status: int) -> None:
    """Keep this run's output for a replay: the text and JSON of the same report with every entry
    found in the cache, the wall time left for the replaying run to fill in."""
    from .report import report_json_text
    from .run_text import run_text
    from .warm_run import SECONDS_SLOT, StoredRun
    entries = [{**r, "seconds": 0.0, "cached": True} for r in report["derivations"]]
    replayed = {**report, "derivations": entries, "summary": {**report["summary"], "seconds": 0.0}}
    before, after = run_text(replayed, args)
    json_text = None
    if args.json:
        replayed["summary"]["seconds"] = SECONDS_SLOT
        json_text = report_json_text(replayed)
    warm.store(StoredRun(status=status, text_before=before, text_after=after,
                         text_to_stderr=args.json == "-", json_text=json_text, entries=len(entries)))


def _find_one(ident: str, loaded: Sequence[Any]) -> list[Any]:  # show region
    """The derivations ``--show IDENT`` names: of the user's files given too, else registered ones
    (an id or a prefix)."""
    import derivations
    return matching(ident, loaded) or list(derivations.select([ident]))


def _show_all(args: argparse.Namespace, chosen: Sequence[Any], cache: Any, out: Any, err: Any) -> int:  # show region
    """``--show``: each derivation readably (to stderr when the JSON goes to stdout), the JSON
    report of the same entries with ``--json``; exit status as for a run."""
    import time

    from .report import OverwriteError, write_json
    from .runner import summarize, versions
    from .show import show
    problem = check_outputs(args, [d.id for d in chosen])
    if problem:
        err.write(f"python -m verify: error: {problem}\n")
        return EXIT_USAGE
    text_out = err if args.json == "-" else out
    start = time.perf_counter()
    entries = []
    for k, d in enumerate(chosen):
        if k:
            text_out.write("\n")
        entries.append(show(d, text_out, dps=args.dps, properties=args.properties, cache=cache))
    if args.json:
        report = {"generator": "wallcheck", "dps": args.dps, "versions": versions(), "derivations": entries,
                  "summary": summarize(entries, time.perf_counter() - start)}
        try:
            write_json(report, args.json, force=args.force, stdout=out)
        except OverwriteError as exc:
            err.write(f"python -m verify: error: {exc}\n")
            return EXIT_USAGE
    passing = ("proved", "confirmed") + (("inconclusive",) if args.allow_inconclusive else ())
    return 0 if all(e["verdict"] in passing for e in entries) else 1


if __name__ == "__main__":
    sys.exit(main())
