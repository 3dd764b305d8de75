"""The command line of ``python -m verify``: its options, and the checks that refuse a command
line before any work (a precision out of range, an id where a place to write is expected, a
file that would be overwritten without ``--force``).

Parsing needs no SymPy: the default precision is read from ``derivations/_precision.py`` as
text (:func:`default_dps`), so that a warm run (:mod:`verify.warm_run`) can decide to replay
a stored output before anything heavy is imported.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, Callable, Sequence

__all__ = ["build_parser", "default_dps", "UsageError", "EXIT_FAILED", "EXIT_USAGE", "EXIT_INTERRUPTED",
           "check_dps", "refuse_traps", "check_outputs", "is_path", "matching"]

#: Exit statuses (the README's table): a check that did not pass; a command line refused before
#: any work; Ctrl-C (128 + SIGINT, as shells report it).
EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130

_PRECISION_SOURCE = Path(__file__).resolve().parents[1] / "derivations" / "_precision.py"


def default_dps() -> int:
    """``derivations.DEFAULT_DPS``, read from its module's text when that is a plain integer
    assignment (importing ``derivations`` imports SymPy), else imported."""
    try:
        found = re.search(r"^DEFAULT_DPS\s*=\s*(\d+)\s*(#.*)?$", _PRECISION_SOURCE.read_text(encoding="utf-8"),
                          re.MULTILINE)
    except OSError:
        found = None
    if found:
        return int(found.group(1))
    from derivations import DEFAULT_DPS
    return DEFAULT_DPS


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
    """The parser of ``python -m verify`` (options, help and the epilog's exit statuses)."""
    dps = default_dps()
    p = argparse.ArgumentParser(
        prog="python -m verify",
        description="Rederive and check the closed forms of the two LLM scaling-wall papers.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    from . import __version__
    p.add_argument("--version", action="version", version=f"wallcheck {__version__}")
    p.add_argument("ids", nargs="*", metavar="ID_OR_PATH",
                   help="derivation ids or prefixes such as 'pedestal', or module files and directories "
                        "of your own derivations such as 'my_law.py' (default: every shipped derivation)")
    p.add_argument("--dps", type=int, default=dps,
                   help=f"working precision in decimal digits (default {dps})")
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


class UsageError(ValueError):
    """A command line that would do something other than what it says: refused before any work."""


def check_dps(dps: int) -> None:
    """One message, one range, for a precision too low or too high."""
    from derivations import DomainError
    from derivations._precision import MAX_DPS, MIN_DPS
    if not MIN_DPS <= dps <= MAX_DPS:
        raise DomainError("--dps", dps, f"an integer in [{MIN_DPS}, {MAX_DPS}]",
                          "the tolerances are derived for this range of working precisions")


def refuse_traps(args: argparse.Namespace) -> None:
    """Refuse a command line whose options would take what the user meant as something else.

    A positional ``.toml`` file is a fits file given without ``--fits``; a fits file that does
    not exist is refused like a missing derivation file (before any work); a ``--json``,
    ``--latex`` or ``--figures`` argument that is a derivation id, or a ``.py`` file, was meant as
    the thing to check, not the place to write.
    """
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
        if names_a_derivation(given) or given.endswith(".py"):
            where = "a directory" if flag != "--json" else "a file name"
            raise UsageError(f"{flag} {given}: looks like a derivation to check, not {where} to write; "
                             f"put the ids before {flag} (python -m verify {given} {flag}"
                             + (")" if flag == "--figures" else f" {'report.json' if flag == '--json' else 'DIR'})"))


def names_a_derivation(arg: str) -> bool:
    from .manifest import shipped_ids
    return any(k == arg or k.startswith(arg.rstrip(".") + ".") for k in shipped_ids())


def check_outputs(args: argparse.Namespace, ids: Sequence[str] = ()) -> str | None:  # output paths region
    """Why an output path cannot be written (checked before the run), or None.

    ``--json`` into a missing directory creates it; ``--json DIR``, ``--latex FILE`` and
    ``--figures FILE`` are refused, as is a place that cannot be written, and a foreign file
    that would be overwritten without ``--force``.
    """
    import json
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


def _writable(flag: str, given: str, directory: Path, file: Path | None = None) -> str | None:  # output paths region
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


def is_path(arg: str, looks_like_path: Callable[[str], bool]) -> bool:
    """A path when written as one; a bare word only when no id matches it and it exists."""
    import os

    from .manifest import shipped_ids
    if looks_like_path(arg):
        return True
    if any(k == arg or k.startswith(arg.rstrip(".") + ".") for k in shipped_ids()):
        return False
    return os.path.exists(arg)


def matching(ident: str, candidates: Sequence[Any]) -> list[Any]:
    """The derivations among ``candidates`` whose id is ``ident`` or starts with ``ident + "."``."""
    return [d for d in candidates if d.id == ident or d.id.startswith(ident.rstrip(".") + ".")]
