"""Import a user's modules (files or directories) and collect the derivations they define.

``python -m verify my_law.py mine/`` and the pytest plugin use this: each file is
imported *in a child process* (:mod:`verify.isolation`), which sends the derivations back as
data; the kernel rebuilds them and never imports the file. In the child, each file is
imported from its location under a unique module name (nothing is installed, and two
files called ``law.py`` in different directories do not collide); its derivations are
``DERIVATIONS`` when the module defines it, otherwise every :class:`~derivations.Derivation`
bound to a module-level name, in definition order. An id used by two different
derivations — two user modules, or a user module and the shipped catalogue — is an
:class:`IdClashError` naming both places. A module that fails to import is recorded with
the last frame of its traceback, and loading goes on with the others.

>>> looks_like_path("pedestal.p_crit"), looks_like_path("mine/law.py")
(False, True)
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = ["LoadError", "IdClashError", "Loaded", "looks_like_path", "module_files", "import_module",
           "derivations_of", "load_paths", "shipped_place", "check_ids"]

#: Files in a directory that are never imported as derivation modules.
SKIPPED_FILES = {"conftest.py", "setup.py", "__init__.py", "__main__.py"}


class IdClashError(ValueError):
    """Two different derivations use the same id; the message names both places."""


@dataclass
class LoadError:
    """A module that could not be imported: its path and the last frame of the traceback."""

    path: str
    error: str
    frame: str
    #: True when the module imported but the kernel refused a record in it (a subclass, a malformed step).
    refused: bool = False

    def __str__(self) -> str:
        if self.refused:
            return f"{self.path}: refused: {self.error}"
        return f"{self.path}: could not be imported: {self.error}" + (f" (at {self.frame})" if self.frame else "")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "error": self.error, "frame": self.frame}
        if self.refused:
            out["refused"] = True
        return out


@dataclass
class Loaded:
    """What :func:`load_paths` found: derivations (in order), where each came from, and errors."""

    derivations: list[Any] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # id -> "path (name)"
    errors: list[LoadError] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # modules that imported but define no derivation
    #: id -> a hash of the module it came from and the modules beside it (:func:`verify.fingerprints.user_file_digest`):
    #: the runner reuses a whole result of a user's derivation only under the same.
    sources: dict[str, str] = field(default_factory=dict)


def looks_like_path(arg: str) -> bool:
    """Whether a command-line argument is written as a path (``.py``, or with a separator).

    A bare word is an id or prefix first; the CLI treats it as a path only when no id
    matches it and a file or directory of that name exists.
    """
    return arg.endswith((".py", ".tex")) or "/" in arg or "\\" in arg  # .tex: texinput (issue 21)


def module_files(path: str | Path) -> list[Path]:
    """The ``.py`` files ``path`` stands for: itself, or every one under a directory (sorted)."""
    p = Path(path)
    if p.is_dir():
        out = []
        for f in sorted([*p.rglob("*.py"), *p.rglob("*.tex")]):  # .tex: texinput (issue 21)
            rel = f.relative_to(p).parts
            if any(part.startswith(".") or part == "__pycache__" for part in rel[:-1]):
                continue
            if f.name in SKIPPED_FILES or f.name.startswith("."):
                continue
            out.append(f)
        return out
    if p.is_file():
        return [p]
    raise FileNotFoundError(f"{path}: no such file or directory")


def _module_name(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    stem = "".join(c if c.isalnum() or c == "_" else "_" for c in path.stem)
    return f"wallcheck_user_{digest}_{stem}"


def _last_frame(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if isinstance(exc, SyntaxError) and exc.filename:  # issue 18 (cli): the user's line, not importlib's frame
        return f"{exc.filename}, line {exc.lineno}" + (f": {exc.text.strip()}" if exc.text else "")
    if not frames:
        return ""
    # The user's own line rather than the package's, where a record refused what it was given.
    package = (str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "derivations"))
    own = [f for f in frames if not f.filename.startswith(package) and "importlib" not in f.filename
           and not f.filename.startswith("<")]
    f = own[-1] if own else frames[-1]
    where = f"{f.filename}, line {f.lineno}, in {f.name}"
    return where + (f": {f.line.strip()}" if f.line else "")


def import_module(path: str | Path) -> Any:
    """Import the file at ``path`` under a unique module name (its directory is importable meanwhile).

    Importing the same file twice returns the module imported the first time.
    """
    path = Path(path).resolve()
    name = _module_name(path)
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} is not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look the module up while it runs
    directory = str(path.parent)
    added = directory not in sys.path
    if added:
        sys.path.insert(0, directory)  # sibling helper modules import as they would under python FILE
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        if added:
            try:
                sys.path.remove(directory)
            except ValueError:
                pass
    return module


def derivations_of(module: Any) -> list[tuple[str, Any]]:
    """``(name, derivation)`` for every derivation ``module`` defines (``DERIVATIONS`` first)."""
    from derivations import Derivation

    listed = getattr(module, "DERIVATIONS", None)
    if listed is not None:
        if isinstance(listed, Derivation):
            listed = [listed]
        bad = [x for x in listed if not isinstance(x, Derivation)]
        if bad:
            raise TypeError(f"DERIVATIONS holds {type(bad[0]).__name__}, not a Derivation")
        return [(f"DERIVATIONS[{i}]", d) for i, d in enumerate(listed)]
    out, seen = [], set()
    for name, value in vars(module).items():
        if isinstance(value, Derivation) and id(value) not in seen:
            seen.add(id(value))
            out.append((name, value))
    return out


def shipped_place(derivation_id: str) -> str | None:
    """The file of the shipped catalogue that defines ``derivation_id`` (None if none does)."""
    from .manifest import defining_file
    path = defining_file(derivation_id)
    return None if path is None else f"{path} (the shipped catalogue)"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_paths(paths: Iterable[str | Path], *, shipped: Sequence[Any] = ()) -> Loaded:
    """Import every module ``paths`` stand for and collect their derivations.

    ``shipped`` are derivations already selected (by id); an id of a user derivation that
    is also the id of a *different* shipped derivation, selected or not, is a clash.
    Raises :class:`FileNotFoundError` for a path that does not exist and
    :class:`IdClashError` for a clash; import errors are collected in ``errors``.
    """
    from .fingerprints import user_file_digest
    from .isolation import load_file, user_process
    user_process()  # the child starts importing SymPy now, while the kernel's modules load here
    loaded = Loaded()
    by_id: dict[str, Any] = {d.id: d for d in shipped}
    for d in shipped:
        loaded.places[d.id] = shipped_place(d.id) or "the shipped catalogue"
    files: list[Path] = []
    for p in paths:
        for f in module_files(p):
            if f.resolve() not in {g.resolve() for g in files}:
                files.append(f)
    from .manifest import shipped_ids
    registry_ids = shipped_ids()  # read from the sources: importing the registry would build all 50
    for f in files:
        shown = _display(f)
        source = user_file_digest(f) if f.suffix == ".py" else None
        if f.suffix == ".tex":  # texinput (issue 21): marked-up LaTeX is parsed in the kernel, never executed
            from .isolation import FileLoad
            from .texinput import loader_entries
            try:
                result = FileLoad(found=[(name, d, None) for name, d in loader_entries(f, shown, loaded.errors)])
            except Exception as exc:  # noqa: BLE001 - reported with the file's path; the others still load
                loaded.errors.append(LoadError(shown, f"{type(exc).__name__}: {exc}", _last_frame(exc)))
                continue
        else:
            # Imported in the child process; the kernel gets the derivations back as data (verify.isolation).
            result = load_file(f)
        if result.error is not None:  # reported with the module's path; the others still load
            loaded.errors.append(LoadError(shown, result.error, result.frame))
            continue
        if not result.found:
            loaded.empty.append(shown)
        for name, d, refusal in result.found:
            if d is None:
                loaded.errors.append(LoadError(shown, str(refusal), "", refused=True))
                continue
            place = f"{shown} ({name})"
            if d.id in by_id:
                if by_id[d.id] is d:
                    continue  # the same object reached twice (imported by another module): check it once
                raise IdClashError(f"derivation id {d.id!r} is used twice: in {loaded.places[d.id]} and in {place}")
            if d.id in registry_ids:  # a user's derivation comes back from the child as data, never the shipped object
                raise IdClashError(f"derivation id {d.id!r} is used twice: in {shipped_place(d.id)} and in {place}")
            by_id[d.id] = d
            loaded.places[d.id] = place
            loaded.derivations.append(d)
            if source is not None:
                loaded.sources[d.id] = source
    return loaded


def check_ids(selection: Sequence[Any]) -> None:
    """Refuse a selection in which two different derivations share an id."""
    seen: dict[str, Any] = {}
    for d in selection:
        if d.id in seen and seen[d.id] is not d:
            raise IdClashError(f"derivation id {d.id!r} is used by two different derivations: "
                               f"{seen[d.id]!r} and {d!r}")
        seen[d.id] = d
