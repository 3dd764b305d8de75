"""The warm run: a command line whose inputs are all unchanged replays its stored output.

Before anything imports SymPy, ``python -m verify`` fingerprints everything its output depends
on (:func:`run_fingerprint`): the bytes of every file under ``derivations/`` and ``verify/``
(the checker's code, the papers' derivations, ``verify/data/*``), the user's files named on the
command line (with every regular file in their directory and below, code they may import and
data they may read, ``__pycache__`` aside), the
``--fits`` files, the options that change the output, the working directory (paths are shown
relative to it), and the versions of Python and of every library that can change a verdict,
read from the installed metadata (which imports none of them). If a run with that
fingerprint was stored, its output is printed and its exit status returned.

What a replay prints is what a run that finds every result in the verdict cache prints: the
stored run's text, every entry marked ``cached``, and the closing line's wall time this run's
own (``all 50 cached, 0.09 s``); the JSON report (``--json``) likewise, its ``summary.seconds``
this run's. Only a run whose derivations all passed (proved or confirmed), whose modules all
imported and whose fits were all analysed is stored, as a failure is always recomputed. A run
that writes other files (``--latex``, ``--figures``, a ``.tex`` input's ``.wcaux``), ``--list``,
``--show`` and ``--no-cache`` are never replayed, and neither is a call of
:func:`verify.__main__.main` with an argument list (a caller in the same process may have changed
what no fingerprint sees). A ``--json FILE`` that would need ``--force`` is left to the full run,
which refuses it as ever.

A file a user's module reads outside its directory tree is fingerprinted from the second run
on (:mod:`verify.outside_reads`: the run that first reads it is not stored), and so are a
directory it lists, a path it stats and an environment variable it reads; the clock, the
network or a process started make its every run a full one. Limits: a tree beyond ``USER_TREE_MAX_FILES`` files or
``USER_TREE_MAX_BYTES`` bytes (:mod:`verify.fingerprints`; a module in one's home directory) gives
no fingerprint, and the run is never replayed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .cache_dir import default_cache_dir
from .fingerprints import TooManyFiles, digest_files, library_versions, source_digest, user_files
from .outside_reads import digest_recorded_reads
from .wall_time import cached_part, shown_seconds

__all__ = ["StoredRun", "WarmRun", "warm_run_for", "run_fingerprint", "SECONDS_SLOT"]

FORMAT = 1
#: Options that do not change what is printed or written: left out of the fingerprint.
NEUTRAL_OPTIONS = ("force", "jobs", "no_cache", "json")
#: Stored runs kept in the cache directory (the oldest are removed).
KEEP = 32
#: The stored JSON's ``summary.seconds``, replaced by the replaying run's wall time.
SECONDS_SLOT = "\x00wall-time\x00"


def _writes_files(args: argparse.Namespace) -> bool:
    """Whether the run writes files a replay would not: LaTeX, figures, a ``.tex`` input's aux."""
    return bool(args.latex) or args.figures is not None


def _replayable(args: argparse.Namespace) -> bool:
    if args.no_cache or args.list or args.show or _writes_files(args):
        return False
    return args.json in (None, "-") or args.json.endswith(".json")


def run_fingerprint(args: argparse.Namespace) -> str | None:
    """The hash of everything the output of this command line depends on; None when it is not
    replayed (see the module docstring)."""
    if not _replayable(args):
        return None
    options = {k: v for k, v in sorted(vars(args).items()) if k not in NEUTRAL_OPTIONS}
    options["json"] = "none" if args.json is None else "stdout" if args.json == "-" else "file"
    digest = hashlib.sha256(json.dumps({"format": FORMAT, "options": options, "cwd": os.getcwd(),
                                        "libraries": library_versions(), "sources": source_digest()},
                                       sort_keys=True).encode())
    for given in list(args.ids) + list(args.fits or []):
        if given.endswith(".tex"):
            return None  # a LaTeX input writes its .wcaux beside it: the full run does
        try:
            files = user_files(given)
        except TooManyFiles:
            return None  # too much beside the module to fingerprint: never replayed
        if files is None:
            digest.update(b"\0not a path: " + given.encode())
            continue
        if Path(given).is_dir() and any(p.suffix == ".tex" for p in files):
            return None  # LaTeX inputs among the directory's files: their .wcaux too
        digest.update(b"\0path: " + given.encode())
        digest_files(digest, files, Path(given) if Path(given).is_dir() else Path(given).parent)
        for f in files:
            if f.suffix == ".py":  # what a module's code read outside its tree in the last run
                digest_recorded_reads(digest, f)
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredRun:
    """What a replay prints and returns: the text split at the closing line's wall time."""

    status: int
    text_before: str
    text_after: str
    text_to_stderr: bool
    #: The JSON report with :data:`SECONDS_SLOT` for its ``summary.seconds``, or None without ``--json``.
    json_text: str | None
    entries: int

    def text(self, seconds: float) -> str:
        """The stored text with this run's wall time in its closing line."""
        return self.text_before + cached_part(self.entries, self.entries) + shown_seconds(seconds) + self.text_after

    def json_report(self, seconds: float) -> str | None:
        """The stored JSON report with this run's wall time as ``summary.seconds``."""
        if self.json_text is None:
            return None
        return self.json_text.replace(json.dumps(SECONDS_SLOT), json.dumps(round(seconds, 2)), 1)


@dataclass(frozen=True)
class WarmRun:
    """The stored run of one fingerprint in the cache directory."""

    key: str
    directory: Path

    @property
    def path(self) -> Path:
        return self.directory / "runs" / f"run-f{FORMAT}-{self.key}.json"

    def load(self) -> StoredRun | None:
        """The stored run, or None (never stored, unreadable, or of another shape)."""
        try:
            return StoredRun(**json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def replay(self, args: argparse.Namespace, started: float, out: TextIO, err: TextIO) -> int | None:
        """Print the stored output and return its exit status; None (nothing printed) when there is
        no stored run or its ``--json`` file is better left to the full run."""
        stored = self.load()
        if stored is None or (args.json is None) != (stored.json_text is None):
            return None
        seconds = time.perf_counter() - started
        if args.json not in (None, "-") and not _write_report_file(args.json, stored.json_report(seconds), args.force):
            return None
        if args.json == "-":
            out.write(stored.json_report(seconds))
        (err if stored.text_to_stderr else out).write(stored.text(seconds))
        return stored.status

    def store(self, stored: StoredRun) -> None:
        """Keep ``stored`` for this fingerprint (atomically; an unwritable cache only loses speed),
        and remove the oldest stored runs beyond :data:`KEEP`."""
        runs = self.path.parent
        try:
            runs.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=runs, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(stored.__dict__, fh, sort_keys=True)
            os.replace(tmp, self.path)
            kept = sorted(runs.glob("run-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in kept[KEEP:]:
                old.unlink(missing_ok=True)
        except OSError:
            return


def _write_report_file(path: str, content: str | None, force: bool) -> bool:
    """Write the replayed JSON report where a full run would; False (nothing written) when the
    place is not a wallcheck report's without ``--force``, or cannot be written: the full run
    then says why."""
    if content is None:
        return False
    target = Path(path)
    try:
        if target.is_dir():
            return False
        if target.exists() and not force:
            try:
                if json.loads(target.read_text(encoding="utf-8")).get("generator") != "wallcheck":
                    return False
            except (ValueError, AttributeError):
                return False
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    except OSError:
        return False
    return True


def warm_run_for(args: argparse.Namespace) -> WarmRun | None:
    """The stored run this command line would replay or store, or None when it is never replayed."""
    try:
        key = run_fingerprint(args)
    except OSError:
        return None  # a file that cannot be read: the full run reports it
    return None if key is None else WarmRun(key, default_cache_dir())

