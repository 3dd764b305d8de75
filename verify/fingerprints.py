"""Fingerprints of what a result depends on, read without importing it: the bytes of every file of
``derivations/`` and ``verify/`` (code and data, subpackages included), and the versions of Python
and of the libraries from their installed metadata (:mod:`importlib.metadata` imports none of them);
and of a user's module, every regular file in its directory tree (code it imports, data it reads),
up to :data:`USER_TREE_MAX_FILES` files and :data:`USER_TREE_MAX_BYTES` bytes (beyond: no fingerprint).
"""

from __future__ import annotations

import hashlib
import os
import platform
from pathlib import Path
from typing import Any, Iterable

__all__ = ["source_digest", "library_versions", "files_under", "digest_files", "user_files", "user_file_digest",
           "ROOT", "SOURCE_PACKAGES", "LIBRARIES", "USER_SUFFIXES", "KERNEL_MODULES", "TooManyFiles",
           "USER_TREE_MAX_FILES", "USER_TREE_MAX_BYTES"]

#: The checkout (or installed tree) that holds both packages.
ROOT = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("derivations", "verify")
#: The distributions whose code can change a verdict or the report.
LIBRARIES = ("wallcheck", "sympy", "mpmath", "python-flint", "numpy", "hypothesis")
#: The modules of ``verify/`` that decide a step's verdict: a cached verdict is reused only under
#: the same bytes of every one of them (and of ``derivations/_*.py``).
KERNEL_MODULES = ("checker.py", "verdicts.py", "judgments.py", "symbolic.py", "confirm.py", "equality.py",
                  "obligations.py", "routes.py", "premises.py", "declarations.py", "certify_ops.py", "certify_limits.py",
                  "certify_scan.py", "certify_bands.py", "certify_continuity.py", "certify_oscillation.py",
                  "rigorous.py", "balls.py", "claims.py", "numeric.py", "premise_regions.py", "certify_quadrature.py",
                  "certify_exclusion.py", "certify_exponents.py", "certify_sums.py", "certify_integrals.py",
                  "certify_oscillatory.py", "specialisation.py", "certify_series.py", "certify_frequencies.py",
                  "truncated.py", "truncated_chain.py", "along_range.py", "premise_inequalities.py", "exact_points.py", "certify_peaks.py", "obligation_balls.py",
                  "printed_rounding.py", "series_values.py")
#: Files beside a user's file that it may import or input.
USER_SUFFIXES = (".py", ".tex")


def files_under(directory: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    """Regular files under ``directory``, sorted; no ``__pycache__``, bytecode or hidden entries."""
    out = []
    for path in directory.rglob("*"):
        parts = path.relative_to(directory).parts
        if any(p == "__pycache__" or p.startswith(".") for p in parts) or path.suffix == ".pyc":
            continue
        if path.is_file() and (suffixes is None or path.suffix in suffixes):
            out.append(path)
    return sorted(out)


def digest_files(digest: Any, paths: Iterable[Path], base: Path) -> None:
    for path in paths:
        try:
            name = str(path.relative_to(base))
        except ValueError:
            name = str(path)
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")


def source_digest() -> str:
    """A hash of every file of ``derivations/`` and ``verify/`` (code and data), by name and bytes."""
    digest = hashlib.sha256()
    for package in SOURCE_PACKAGES:
        digest_files(digest, files_under(ROOT / package), ROOT)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Python's version and each library's, from the installed metadata (nothing is imported)."""
    from importlib.metadata import PackageNotFoundError, version
    out = {"python": f"{platform.python_implementation()} {platform.python_version()}"}
    for dist in LIBRARIES:
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    return out


#: At most this many files, and this many bytes in all, under a user's module's directory are
#: fingerprinted; beyond either (a module in one's home directory), no fingerprint: no replay.
USER_TREE_MAX_FILES = 2000
USER_TREE_MAX_BYTES = 64 * 2**20


class TooManyFiles(Exception):
    """The user's directory tree is beyond :data:`USER_TREE_MAX_FILES` or :data:`USER_TREE_MAX_BYTES`."""


def _tree(directory: Path) -> list[Path]:
    """Every regular file under ``directory`` a module there may read (data as well as code, hidden
    files too), sorted; not ``__pycache__``, bytecode or wallcheck's cache directory, which Python
    and wallcheck write themselves. Raises :class:`TooManyFiles` at the limits."""
    from .cache_dir import default_cache_dir
    own = default_cache_dir().resolve()  # what wallcheck itself writes, should it lie in the tree
    out: list[Path] = []
    total = 0
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and (Path(root) / d).resolve() != own)
        for name in sorted(names):
            path = Path(root) / name
            if path.suffix == ".pyc" or not path.is_file():
                continue
            out.append(path)
            total += path.stat().st_size
            if len(out) > USER_TREE_MAX_FILES or total > USER_TREE_MAX_BYTES:
                raise TooManyFiles(f"more than {USER_TREE_MAX_FILES} files or {USER_TREE_MAX_BYTES} bytes "
                                   f"under {directory}")
    return sorted(out)


def user_files(given: str | Path) -> list[Path] | None:
    """The files a user's argument brings in: a file and every regular file in its directory and
    below (code it may import, data it may read: a ``slope.json`` beside it), or a directory's;
    None when it names nothing on disk. Raises :class:`TooManyFiles` past the limits: the caller
    then has no fingerprint and replays nothing."""
    path = Path(given)
    if path.is_dir():
        return _tree(path)
    if path.is_file():
        return sorted({path, *_tree(path.parent)})
    return None


def user_file_digest(path: str | Path) -> str | None:
    """A hash of a user's file, of the files it may read (:func:`user_files`) and of the files its
    code read outside that tree last time (:mod:`verify.outside_reads`); None when there are
    too many to hash (its derivations' results are then never reused, only their steps')."""
    digest = hashlib.sha256(Path(path).name.encode())  # which file of the tree (review 27: two files, one id)
    try:
        files = user_files(path) or []
    except TooManyFiles:
        return None
    digest_files(digest, files, Path(path).parent)
    from .outside_reads import digest_recorded_reads
    digest_recorded_reads(digest, path)  # what its code read elsewhere in the last run
    return digest.hexdigest()
