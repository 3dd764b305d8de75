"""Fingerprints of what a result depends on, read without importing it: the bytes of every file of
``derivations/`` and ``verify/`` (code and data, subpackages included), and the versions of Python
and of the libraries from their installed metadata (:mod:`importlib.metadata` imports none of them).
"""

from __future__ import annotations

import hashlib
import platform
from pathlib import Path
from typing import Any, Iterable

__all__ = ["source_digest", "library_versions", "files_under", "digest_files", "user_files", "user_file_digest",
           "ROOT", "SOURCE_PACKAGES", "LIBRARIES", "USER_SUFFIXES", "KERNEL_MODULES"]

#: The checkout (or installed tree) that holds both packages.
ROOT = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("derivations", "verify")
#: The distributions whose code can change a verdict or the report.
LIBRARIES = ("wallcheck", "sympy", "mpmath", "python-flint", "numpy", "hypothesis")
#: The modules of ``verify/`` that decide a step's verdict: a cached verdict is reused only under
#: the same bytes of every one of them (and of ``derivations/_*.py``).
KERNEL_MODULES = ("checker.py", "verdicts.py", "judgments.py", "symbolic.py", "confirm.py", "equality.py",
                  "obligations.py", "routes.py", "premises.py", "declarations.py", "certify_ops.py", "certify_limits.py",
                  "certify_scan.py", "certify_bands.py", "certify_continuity.py", "certify_oscillation.py", "rigorous.py", "balls.py", "claims.py", "numeric.py")
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


def user_files(given: str | Path) -> list[Path] | None:
    """The files a user's argument brings in: a file and the ``.py``/``.tex`` files beside it (which
    it may import or input), or a directory's, recursively; None when it names nothing on disk."""
    path = Path(given)
    if path.is_dir():
        return files_under(path, USER_SUFFIXES)
    if path.is_file():
        return sorted({path, *(p for p in path.parent.iterdir() if p.is_file() and p.suffix in USER_SUFFIXES)})
    return None


def user_file_digest(path: str | Path) -> str:
    """A hash of a user's file and of the files beside it that it may import (:func:`user_files`)."""
    digest = hashlib.sha256()
    files = user_files(path) or []
    digest_files(digest, files, Path(path).parent)
    return digest.hexdigest()
