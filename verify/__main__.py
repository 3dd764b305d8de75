"""``python -m verify``: check every derivation, print a table, write JSON and LaTeX.

Exit status: 0 only when every derivation is proved or confirmed and no claim
failed; 1 otherwise (``--allow-inconclusive`` lets inconclusive verdicts pass);
2 for a usage error (an unknown id, a path that does not exist, an id used by two
derivations, a precision out of range, a file it will not overwrite).

Arguments are ids, prefixes, or paths: a module file (``my_law.py``) or a directory of
them is imported without being installed, and every derivation it defines (its
``DERIVATIONS``, or every ``Derivation`` bound to a module-level name) is checked exactly
as the shipped ones. A module that fails to import is reported with its path and the
last frame of its traceback; the others are still checked, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

__all__ = ["main", "build_parser"]

EPILOG = """\
verdicts:
  proved        every step is an inference established exactly by SymPy on the
                declared domain (side conditions included), and the independent
                numeric route agrees with the closed form
  confirmed     some step or side condition could only be confirmed numerically,
                at 8 seeded points drawn from the whole declared domain
  inconclusive  some part could not be decided (a failure unless
                --allow-inconclusive)
  failed        a counterexample, a disagreeing or crashing route, property or
                claim

claims: verified (the printed value holds), quoted (a number taken from
elsewhere, used as printed), erratum (it does not hold, and the recorded
correct value does), failed.

examples:
  python -m verify                      check everything
  python -m verify pedestal --dps 100   one section at 100 digits
  python -m verify my_law.py mine/      your own derivations (files or directories)
  python -m verify --json report.json --latex latex
  python -m verify --show pedestal.p_crit       one derivation, readably
  python -m verify --fits my_fits.toml          published scaling-law fits of your own
  python -m verify --figures --latex latex      the figures, included in the document
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
    p.add_argument("--show", metavar="ID",  # show region
                   help="check one derivation and print it readably: premises, steps with rule and verdict, "
                        "result, route, claims")
    p.add_argument("--allow-inconclusive", action="store_true",
                   help="exit 0 even when some verdict is inconclusive (failures still exit 1)")
    p.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary line")
    p.add_argument("--no-cache", action="store_true",
                   help="recheck everything: ignore the cache of results, rule outputs and step verdicts")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: the available cores, at most 4)")
    p.add_argument("--properties", type=int, default=10, metavar="N",
                   help="hypothesis examples per property (default 10; the test suite runs more; 0 skips them)")
    p.add_argument("--fits", nargs="+", metavar="FILE",
                   help="analyse the published scaling-law fits of these TOML files (see the README); their "
                        "printed numbers join the claims ledger. Without ids, checks the fits.* derivations too. "
                        "A plain run analyses the shipped verify/data/fits.toml")
    p.add_argument("--figures", nargs="?", const="figures", default=None, metavar="DIR",  # figures region
                   help="also draw the papers' figures from the closed forms and the package's measurements "
                        "into DIR (default: figures/): PNG, PDF and DIR/captions.md; needs the plots extra")
    return p


def _list(out, selection=None) -> None:
    import derivations
    for d in (derivations.all() if selection is None else selection):
        params = ", ".join(d.parameters) if d.parameters else "-"
        out.write(f"{d.id:34s} {d.title}  [{params}]\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .cache import VerdictCache
    from .runner import memoised_rules

    cache = None if args.no_cache else VerdictCache()
    # Importing the registry replays some derivations (one entry's premise is another's result):
    # from the first import on, rule outputs come from the content-keyed cache.
    with memoised_rules(cache):
        return _main(parser, args, cache)


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace, cache: Any) -> int:
    out, err = sys.stdout, sys.stderr
    if args.figures is not None:  # figures region: matplotlib is an extra; say so before any work
        from .figures import MissingMatplotlibError, require_matplotlib
        try:
            require_matplotlib()
        except MissingMatplotlibError as exc:
            err.write(f"python -m verify: error: {exc}\n")
            return 2

    import derivations
    from derivations import DomainError, UnknownDerivationError
    from derivations._model import check_dps
    from derivations._precision import MAX_DPS, MIN_DPS

    from .loader import IdClashError, load_paths, looks_like_path

    ids, paths = [], []
    for arg in args.ids:
        (paths if _is_path(arg, looks_like_path) else ids).append(arg)
    load_errors = []
    try:
        if args.dps < MIN_DPS:
            raise DomainError("--dps", args.dps, f"an integer in [{MIN_DPS}, {MAX_DPS}]",
                              "tolerances are derived for 15 digits and more")
        check_dps(args.dps)
        selection = list(derivations.select(ids)) if ids or not paths else []
        if args.fits and not ids and not paths:  # fits region: the entries the fits are analysed with
            selection = list(derivations.select(["fits", "pedestal.effective_exponent"]))
        if paths:
            loaded = load_paths(paths, shipped=selection)
            selection += loaded.derivations
            load_errors = loaded.errors
            for error in loaded.errors:
                err.write(f"python -m verify: error: {error}\n")
            for empty in loaded.empty:
                err.write(f"python -m verify: warning: {empty} defines no Derivation (nothing to check there)\n")
            if not selection and not load_errors:
                raise FileNotFoundError(f"no derivations found in {', '.join(paths)}")
    except (UnknownDerivationError, DomainError, FileNotFoundError, IdClashError) as exc:
        parser.print_usage(err)
        err.write(f"python -m verify: error: {exc}\n")
        return 2
    if args.list:
        _list(out, selection if args.ids else None)
        return 1 if load_errors else 0
    if args.show:  # show region: one derivation, readable
        from .show import show
        try:
            chosen = _find_one(args.show, selection)
        except UnknownDerivationError as exc:
            parser.print_usage(err)
            err.write(f"python -m verify: error: {exc}\n")
            return 2
        entry = show(chosen, out, dps=args.dps, properties=args.properties, cache=cache)
        return 0 if entry["verdict"] in ("proved", "confirmed") else 1
    problem = _check_outputs(args, [d.id for d in selection])  # output paths region: refuse a bad path before any work
    if problem:
        err.write(f"python -m verify: error: {problem}\n")
        return 2
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs={args.jobs} must be a positive integer")
    if args.properties < 0:
        parser.error(f"--properties={args.properties} must be >= 0")

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
    if load_errors:
        report["load_errors"] = [e.as_dict() for e in load_errors]
    from . import fits as fits_mod  # fits region (issue 11): published fits and their claims
    fit_files = fits_mod.files_for(args.fits, ids, paths)
    if fit_files:
        report["fits"] = fits_mod.analyse_files(fit_files, dps=args.dps)
        fits_mod.merge_summary(report)
        for refused in report["fits"]["refused"]:
            err.write(f"python -m verify: error: fit refused: {refused['message']}\n")

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
        return 2

    text_out = err if args.json == "-" else out
    if not args.quiet:
        text_out.write(render_table(report) + "\n\n")
        if report.get("fits", {}).get("fits"):  # fits region
            text_out.write(fits_mod.render_table(report["fits"]) + "\n\n")
    failures = render_failures(report)
    if failures:
        text_out.write(failures + "\n\n")
    text_out.write(render_summary(report) + "\n")
    if "fits" in report:  # fits region
        text_out.write(fits_mod.render_summary(report["fits"]) + "\n")
    if load_errors:
        text_out.write(f"{len(load_errors)} module{'s' if len(load_errors) > 1 else ''} could not be imported: "
                       + "; ".join(str(e) for e in load_errors) + "\n")

    s = report["summary"]
    bad = s["failed"] + s["claims_failed"] + (0 if args.allow_inconclusive else s["inconclusive"])
    bad += s.get("fits_refused", 0)  # fits region: a refused fit fails the run
    return 1 if bad or load_errors else 0


def _find_one(ident: str, selection):  # show region
    """The derivation ``--show`` names: one loaded from a path given too, else a registered id."""
    import derivations
    for d in selection:
        if d.id == ident:
            return d
    return derivations.get(ident)


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

    import derivations
    if looks_like_path(arg):
        return True
    if any(k == arg or k.startswith(arg.rstrip(".") + ".") for k in derivations.ids()):
        return False
    return os.path.exists(arg)


if __name__ == "__main__":
    sys.exit(main())
