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
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
import time
from typing import Any, Iterator, Sequence

__all__ = ["main", "build_parser"]

EPILOG = """\
verdicts:
  proved        every step is an inference established exactly by SymPy on the
                declared domain (side conditions included), and the independent
                numeric route agrees with the closed form
  confirmed     some step or side condition could only be confirmed numerically:
                the difference could not be shown non-zero (symbolically, or
                by arb balls at up to 1500 digits) and vanishes at 8 seeded
                points drawn from the whole declared domain, its corners and
                10^+-300 included; sign conditions by ball arithmetic on boxes
  inconclusive  some part could not be decided (a failure unless
                --allow-inconclusive)
  failed        a counterexample, a disagreeing or crashing route, property or
                claim

claims: verified (the printed value holds, under a named reading if it
declares several), consistent (within the rounding of its printed inputs),
quoted (taken from elsewhere, used as printed), restored (a value the text
lost, checked against our reconstruction), unchecked (an input chosen by us),
erratum / typo / comment (a slip the paper makes under every reading, with the
correct value checked), inconclusive, failed.

exit status: 0 passed; 1 something checked did not pass; 2 command line refused
(nothing run); 130 interrupted.

examples:
  python -m verify                      check everything
  python -m verify pedestal --dps 100   one section at 100 digits
  python -m verify my_law.py mine/      your own derivations (files or directories)
  python -m verify my_law.py my.cube    one derivation of your file
  python -m verify --json report.json --latex latex
  python -m verify --show pedestal.p_crit mc    derivations, readably
  python -m verify --fits a.toml --fits b.toml  published scaling-law fits of your own
  python -m verify --figures --latex latex      the figures (in ./figures/), in the document
"""


def build_parser() -> argparse.ArgumentParser:
    from derivations import DEFAULT_DPS
    p = argparse.ArgumentParser(
        prog="python -m verify",
        description="Rederive and check the closed forms of the two LLM scaling-wall papers.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    from . import __version__
    p.add_argument("--version", action="version", version=f"wallcheck {__version__}")
    p.add_argument("ids", nargs="*", metavar="ID_OR_PATH",
                   help="derivation ids or prefixes such as 'pedestal', or module files and directories "
                        "of your own derivations such as 'my_law.py' (default: every shipped derivation)")
    p.add_argument("--dps", type=int, default=DEFAULT_DPS,
                   help=f"working precision in decimal digits (default {DEFAULT_DPS})")
    p.add_argument("--json", metavar="PATH", help="write the JSON report to PATH ('-' for stdout)")
    p.add_argument("--latex", metavar="DIR", help="write the LaTeX document to DIR: main.tex, one file per section, wallcheck.sty and "
                        "one fragment per derivation (DIR/derivations/<id>.tex)")
    # latex region (issue 19): the title and author of a --latex document of one's own derivations
    p.add_argument("--title", metavar="TEXT", help="with --latex: the document's title (math between $...$)")
    p.add_argument("--author", metavar="TEXT", help="with --latex: the document's author")
    # end latex region
    p.add_argument("--force", action="store_true", help="overwrite files that wallcheck did not write")
    p.add_argument("--list", action="store_true", help="list the derivations and their parameters, then exit")
    p.add_argument("--show", nargs="+", metavar="ID",  # show region
                   help="check these derivations (ids, prefixes, or ids of your own files given as well) and "
                        "print each readably: premises, steps with rule and verdict, result, route, claims; "
                        "--json writes their report too")
    p.add_argument("--allow-inconclusive", action="store_true",
                   help="exit 0 even when some verdict is inconclusive (failures still exit 1)")
    p.add_argument("--allow-sample-range", action="store_true",
                   help="exit 0 even when a confirmed verdict rests on a declared SampleRange (a narrowed "
                        "sampling of the domain); by default such a run exits 1")
    p.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary line")
    p.add_argument("--no-cache", action="store_true",
                   help="recheck everything: ignore the cache of results, rule outputs and step verdicts")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: the available cores, at most 4)")
    p.add_argument("--properties", type=int, default=10, metavar="N",
                   help="hypothesis examples per property (default 10; the test suite runs more; 0 skips them)")
    p.add_argument("--fits", action="append", metavar="FILE",
                   help="analyse the published scaling-law fits of this TOML file (see the README; repeat the "
                        "option for more files); their printed numbers join the claims ledger. A plain run "
                        "analyses the shipped verify/data/fits.toml")
    p.add_argument("--figures", nargs="?", const="figures", default=None, metavar="DIR",  # figures region
                   help="also draw the papers' figures from the closed forms and the package's measurements "
                        "into DIR (without DIR: ./figures/): PNG, PDF and DIR/captions.md; needs the plots extra. "
                        "An id after it is refused as a directory: put ids first")
    return p


def _list(out, selection=None) -> None:
    """One line per derivation: id, title as plain text (the math as the terminal shows it), parameters."""
    import derivations

    from .report import text
    for d in (derivations.all() if selection is None else selection):
        params = ", ".join(d.parameters) if d.parameters else "-"
        out.write(f"{d.id:34s} {text(d.title)}  [{params}]\n")


#: Exit statuses (the README's table): a check that did not pass; a command line refused before
#: any work; Ctrl-C (128 + SIGINT, as shells report it).
EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130


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
    started = time.perf_counter()  # the summary reports the wall time the user waited
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)
    from .cache import VerdictCache
    from .runner import memoised_rules

    cache = None if args.no_cache else VerdictCache()
    # Importing the registry replays some derivations (one entry's premise is another's result):
    # from the first import on, rule outputs come from the content-keyed cache.
    with memoised_rules(cache):
        return _main(parser, args, cache, started)


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


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace, cache: Any, started: float) -> int:
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

    from .loader import IdClashError, load_paths, looks_like_path

    shown = list(args.show or [])
    ids, paths = [], []
    for arg in list(args.ids) + [a for a in shown if looks_like_path(a)]:
        (paths if _is_path(arg, looks_like_path) else ids).append(arg)
    shown = [a for a in shown if not looks_like_path(a)]
    load_errors = []
    try:
        _refuse_traps(args)
        _check_dps(args.dps)
        if args.jobs is not None and args.jobs < 1:
            raise DomainError("--jobs", args.jobs, "a positive integer")
        if args.properties < 0:
            raise DomainError("--properties", args.properties, "an integer >= 0")
        loaded_all: list[Any] = []
        if paths:
            loaded = load_paths(paths)
            loaded_all = list(loaded.derivations)
            load_errors = loaded.errors
            for error in loaded.errors:
                err.write(f"python -m verify: error: {error}\n")
            for empty in loaded.empty:
                err.write(f"python -m verify: warning: {empty} defines no Derivation (nothing to check there)\n")
        # An id that names a derivation of the user's files selects it there; the others are shipped ids.
        user_ids = [i for i in ids if _matching(i, loaded_all)]
        shipped_ids = [i for i in ids if i not in user_ids]
        selection = list(derivations.select(shipped_ids)) if shipped_ids or not paths else []
        if args.fits and not ids and not paths:  # fits region: the entries the fits are analysed with
            selection = list(derivations.select(["fits", "pedestal.effective_exponent"]))
        chosen_user = [d for d in loaded_all if any(_matching(i, [d]) for i in user_ids)] if user_ids else loaded_all
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
    problem = _check_outputs(args, [d.id for d in selection])  # output paths region: refuse a bad path before any work
    if problem:
        err.write(f"python -m verify: error: {problem}\n")
        return EXIT_USAGE

    from .report import OverwriteError, render_summary, render_table, write_json
    from .runner import render_failures, run

    progress = None
    if out.isatty() and not args.quiet:
        def progress(n: int, total: int, ident: str) -> None:
            err.write(f"\r\033[K[{n}/{total}] {ident}")
            if n == total:
                err.write("\r\033[K")
            err.flush()

    report = run(selection, dps=args.dps, cache=cache, jobs=args.jobs, properties=args.properties,
                 progress=progress)
    from .runner import _is_registered
    if not any(_is_registered(d) for d in selection):
        report.pop("ledger_index", None)  # the papers' coverage belongs to runs that check the papers
    if load_errors:
        report["load_errors"] = [e.as_dict() for e in load_errors]
    from .texinput import annotate_report, render_tex_failures  # texinput region (issue 21): .tex lines, .wcaux
    for warning in annotate_report(report, selection):
        err.write(f"python -m verify: warning: {warning}\n")
    from . import fits as fits_mod  # fits region (issue 11): published fits and their claims
    fit_files = fits_mod.files_for(args.fits, ids, paths)
    if fit_files:
        report["fits"] = fits_mod.analyse_files(fit_files, dps=args.dps)
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

    text_out = err if args.json == "-" else out
    # --fits alone: the fits are the answer; the shipped entries they rest on are checked, not tabled
    fits_alone = bool(args.fits) and not args.ids
    if not args.quiet:
        if not fits_alone:
            text_out.write(render_table(report) + "\n\n")
        if report.get("fits", {}).get("fits"):  # fits region
            text_out.write(fits_mod.render_table(report["fits"]) + "\n\n")
    failures = render_failures(report)
    if failures:
        text_out.write(failures + "\n\n")
    tex_failures = render_tex_failures(report)  # texinput region (issue 21): failures at the .tex line
    if tex_failures:
        text_out.write(tex_failures + "\n\n")
    text_out.write(render_summary(report) + "\n")
    if "fits" in report:  # fits region
        text_out.write(fits_mod.render_summary(report["fits"]) + "\n")
    if load_errors:
        text_out.write(f"{len(load_errors)} module{'s' if len(load_errors) > 1 else ''} could not be imported: "
                       + "; ".join(str(e) for e in load_errors) + "\n")

    s = report["summary"]
    bad = s["failed"] + s["claims_failed"] + (0 if args.allow_inconclusive else s["inconclusive"])
    bad += s.get("fits_refused", 0)  # fits region: a refused fit fails the run
    bad += 0 if args.allow_inconclusive else s.get("claims_inconclusive", 0)  # errata (issue 17): undecided claims
    # kernel (issue 16): a confirmation on a narrowed sample range is reported and does not pass by default
    narrowed = [r["id"] for r in report["derivations"] if r.get("rests_on_sample_range")]
    if narrowed and not args.allow_sample_range:
        text_out.write(f"{len(narrowed)} verdict{'s' if len(narrowed) > 1 else ''} rest on a declared sample range "
                       f"({', '.join(narrowed)}): exit 1 (--allow-sample-range lets them pass)\n")
        bad += len(narrowed)
    return 1 if bad or load_errors else 0


def _matching(ident: str, candidates: Sequence[Any]) -> list[Any]:
    """The derivations among ``candidates`` whose id is ``ident`` or starts with ``ident + "."``."""
    return [d for d in candidates if d.id == ident or d.id.startswith(ident.rstrip(".") + ".")]


def _find_one(ident: str, loaded: Sequence[Any]) -> list[Any]:  # show region
    """The derivations ``--show IDENT`` names: of the user's files given too, else registered ones
    (an id or a prefix)."""
    import derivations
    return _matching(ident, loaded) or list(derivations.select([ident]))


def _show_all(args: argparse.Namespace, chosen: Sequence[Any], cache: Any, out: Any, err: Any) -> int:  # show region
    """``--show``: each derivation readably (to stderr when the JSON goes to stdout), the JSON
    report of the same entries with ``--json``; exit status as for a run."""
    import time

    from .report import OverwriteError, write_json
    from .runner import summarize, versions
    from .show import show
    problem = _check_outputs(args, [d.id for d in chosen])
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


class UsageError(ValueError):
    """A command line that would do something other than what it says: refused before any work."""


def _check_dps(dps: int) -> None:
    """One message, one range, for a precision too low or too high."""
    from derivations import DomainError
    from derivations._precision import MAX_DPS, MIN_DPS
    if not MIN_DPS <= dps <= MAX_DPS:
        raise DomainError("--dps", dps, f"an integer in [{MIN_DPS}, {MAX_DPS}]",
                          "the tolerances are derived for this range of working precisions")


def _refuse_traps(args: argparse.Namespace) -> None:
    """Refuse a command line whose options would take what the user meant as something else.

    A positional ``.toml`` file is a fits file given without ``--fits``; a fits file that does
    not exist is refused like a missing derivation file (before any work); a ``--json``,
    ``--latex`` or ``--figures`` argument that is a derivation id, or a ``.py`` file, was meant as
    the thing to check, not the place to write.
    """
    from pathlib import Path
    for arg in args.ids:
        if arg.endswith(".toml"):
            raise UsageError(f"{arg}: a fits file is given with --fits (one --fits FILE per file): "
                             f"--fits {arg}")
    for fits_file in args.fits or []:
        if not Path(fits_file).is_file():
            raise FileNotFoundError(f"--fits {fits_file}: no such file")
    for flag, given in (("--json", args.json), ("--latex", args.latex), ("--figures", args.figures)):
        if given is None or given == "-":
            continue
        if _names_a_derivation(given) or given.endswith(".py"):
            where = "a directory" if flag != "--json" else "a file name"
            raise UsageError(f"{flag} {given}: looks like a derivation to check, not {where} to write; "
                             f"put the ids before {flag} (python -m verify {given} {flag}"
                             + (")" if flag == "--figures" else f" {'report.json' if flag == '--json' else 'DIR'})"))


def _names_a_derivation(arg: str) -> bool:
    from derivations._manifest import shipped_ids
    return any(k == arg or k.startswith(arg.rstrip(".") + ".") for k in shipped_ids())


def _check_outputs(args, ids: Sequence[str] = ()) -> str | None:  # output paths region
    """Why an output path cannot be written (checked before the run), or None.

    ``--json`` into a missing directory creates it; ``--json DIR``, ``--latex FILE`` and
    ``--figures FILE`` are refused, as is a place that cannot be written, and a foreign file
    that would be overwritten without ``--force``.
    """
    import json
    from pathlib import Path
    if args.json and args.json != "-":
        target = Path(args.json)
        if target.is_dir():
            return f"--json {args.json}: is a directory; give a file name such as {target / 'report.json'}"
        if target.exists() and not args.force:
            try:
                ours = json.loads(target.read_text()).get("generator") == "wallcheck"
            except (ValueError, OSError, AttributeError):
                ours = False
            if not ours:
                return f"--json {args.json}: exists and is not a wallcheck report; pass --force to overwrite it"
        problem = _writable("--json", args.json, target.parent, target)
        if problem:
            return problem
    if args.latex:
        from .latex import foreign_targets
        target = Path(args.latex)
        if target.exists() and not target.is_dir():
            return f"--latex {args.latex}: is a file, not a directory; give a directory for main.tex and the fragments"
        if not args.force:
            foreign = foreign_targets(target, ids)
            if foreign:
                return f"{foreign[0]} exists and was not written by wallcheck; pass --force to overwrite it"
        problem = _writable("--latex", args.latex, target)
        if problem:
            return problem
    if args.figures is not None:
        from .figures import foreign_files
        target = Path(args.figures)
        if target.exists() and not target.is_dir():
            return f"--figures {args.figures}: is a file, not a directory; give a directory for the figures"
        if not args.force:
            foreign = foreign_files(target)
            if foreign:
                return (f"{foreign[0]} exists and was not written by wallcheck (or was changed since); "
                        "pass --force to overwrite it")
        problem = _writable("--figures", args.figures, target)
        if problem:
            return problem
    return None


def _writable(flag: str, given: str, directory, file=None) -> str | None:  # output paths region
    """Create ``directory`` (and its parents) and prove that a file can be written there (and
    that ``file``, if it exists, can be opened for writing, unchanged): the reason if not."""
    import tempfile
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"{flag} {given}: cannot create its directory {directory}: {exc.strerror or exc}"
    try:
        if file is not None and file.exists():
            with open(file, "a", encoding="utf-8"):
                pass
        else:
            with tempfile.TemporaryFile(dir=directory):
                pass
    except OSError as exc:
        return f"{flag} {given}: cannot write in {directory}: {exc.strerror or exc}"
    return None


def _is_path(arg: str, looks_like_path) -> bool:
    """A path when written as one; a bare word only when no id matches it and it exists."""
    import os

    from derivations._manifest import shipped_ids
    if looks_like_path(arg):
        return True
    if any(k == arg or k.startswith(arg.rstrip(".") + ".") for k in shipped_ids()):
        return False
    return os.path.exists(arg)


if __name__ == "__main__":
    sys.exit(main())
