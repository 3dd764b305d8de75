"""Files a user's code reads outside its directory tree, so that a cached verdict notices them (issue 16, item 5).

A user's module and everything in its directory and below are fingerprinted before a run
(:mod:`verify.fingerprints`). A module may also read a file elsewhere (``../data/slope.json``,
an absolute path); a verdict cached on the module's tree alone would then be replayed after that
file changed. The child that runs the user's code records every file it opens for reading
(an audit hook, :func:`install_recorder`), leaving out the Python installation, the libraries
and wallcheck's own code. After a run the kernel asks it for the list and writes, per user
module, a manifest of the files read outside that module's tree (:func:`record_reads`); the
next run's fingerprints hash those files' bytes too (:func:`digest_recorded_reads`). A file
read for the first time makes the next run a full one; a changed or vanished file, likewise.

Besides files, the manifest names the environment variables the code read (``env:NAME``: their
values are fingerprinted), a compiled module read for its source (the ``.py`` is hashed, not the
``.pyc`` beside it), and ``volatile:`` when the code started a process or read a device, ``/proc`` or
``/sys`` (what a child process reads is not seen; the others change by themselves): such a module is rechecked on every run.

The manifests live in the cache directory (``reads/``), written by the kernel only.
A read made in C code without Python's ``open`` (a library's own file I/O) is not seen, nor a
package installed into the environment (``--no-cache`` after reinstalling one).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

__all__ = ["install_recorder", "reading_for", "recorded", "manifest_path", "recorded_reads",
           "digest_recorded_reads", "record_reads", "record_after_run"]

#: In the child: the paths read, by the user's file whose code read them ("" when none is known:
#: such a read is counted against every file of the run).
_READS: dict[str, set[str]] = {}
_CURRENT = [""]


@contextlib.contextmanager
def reading_for(user_file: str) -> Iterator[None]:
    """In the child: count the reads in the body against ``user_file`` (its import, or its code called)."""
    previous, _CURRENT[0] = _CURRENT[0], os.path.realpath(user_file) if user_file else ""
    try:
        yield
    finally:
        _CURRENT[0] = previous


def _ignored_roots() -> tuple[str, ...]:
    """Directories whose files are never the user's data: Python, the libraries, wallcheck's code."""
    import site
    package_root = Path(__file__).resolve().parents[1]
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             str(package_root / "derivations"), str(package_root / "verify")}
    try:
        roots.update(site.getsitepackages())
        roots.add(site.getusersitepackages())
    except AttributeError:  # a virtual environment's old site module
        pass
    return tuple(sorted(os.path.realpath(r) + os.sep for r in roots if r))


#: Audit events of a process started (its reads are not seen), recorded as :data:`VOLATILE`.
_PROCESS_EVENTS = frozenset({"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                             "os.forkpty", "pty.spawn"})
#: Devices that are no data (reading them changes nothing a verdict rests on, or nothing stable).
_QUIET_DEVICES = frozenset({"/dev/null", "/dev/zero", "/dev/tty", "/dev/stdin", "/dev/stdout", "/dev/stderr"})
#: A manifest entry that makes the module's fingerprint differ on every run.
VOLATILE = "volatile:"
ENV = "env:"


def _note(entry: str) -> None:
    _READS.setdefault(_CURRENT[0], set()).add(entry)


def _record_environment() -> None:
    """Record the environment variables read through ``os.environ`` (and ``os.getenv``)."""
    cls = type(os.environ)
    getitem, iterate = cls.__getitem__, cls.__iter__

    def __getitem__(self: Any, key: Any) -> Any:
        if self is os.environ and isinstance(key, str):
            _note(ENV + key)
        return getitem(self, key)

    def __iter__(self: Any) -> Any:
        if self is os.environ:
            _note(ENV + "*")
        return iterate(self)

    cls.__getitem__, cls.__iter__ = __getitem__, __iter__


def _source_of(path: str) -> str:
    """A compiled module's source where it has one (its bytes are what the user edits)."""
    if path.endswith(".pyc") and os.path.basename(os.path.dirname(path)) == "__pycache__":
        import importlib.util
        try:
            source = importlib.util.source_from_cache(path)
        except ValueError:
            return path
        return source if os.path.exists(source) else path
    return path


def install_recorder() -> None:
    """In the child: record every path opened for reading from now on (the hook cannot be removed),
    the environment variables read, and whether a process was started."""
    ignored = _ignored_roots()
    _record_environment()

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in _PROCESS_EVENTS:
            _note(VOLATILE + "process")
            return
        if event != "open":
            return
        path, mode, flags = (tuple(args) + (None, None, None))[:3]
        if isinstance(path, int) or path is None:
            return  # a descriptor already open
        if isinstance(mode, str) and "r" not in mode and "+" not in mode:
            return  # written only
        if mode is None and isinstance(flags, int) and flags & os.O_ACCMODE == os.O_WRONLY:
            return
        try:
            full = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        if full.startswith(("/dev/", "/proc/", "/sys/")) and not full.startswith("/dev/shm/"):
            if full not in _QUIET_DEVICES:
                _note(VOLATILE + "device")
            return
        if not full.startswith(ignored):
            _note(_source_of(full))

    sys.addaudithook(hook)


def recorded() -> dict[str, list[str]]:
    """In the child: the paths recorded so far, by the file whose code read them, sorted."""
    return {k: sorted(v) for k, v in sorted(_READS.items())}


def manifest_path(user_file: str | Path, directory: Path | None = None) -> Path:
    """Where the list of files ``user_file``'s code read outside its tree is kept."""
    from .cache_dir import default_cache_dir
    key = hashlib.sha256(os.path.realpath(user_file).encode()).hexdigest()[:32]
    return (directory or default_cache_dir()) / "reads" / f"{key}.json"


def recorded_reads(user_file: str | Path) -> list[str]:
    """The paths ``user_file``'s code read outside its tree in the last run that recorded them."""
    try:
        data = json.loads(manifest_path(user_file).read_text())
    except (OSError, ValueError):
        return []
    return [str(p) for p in data.get("reads", [])] if isinstance(data, dict) else []


def digest_recorded_reads(digest: Any, user_file: str | Path) -> None:
    """Add the bytes (or the absence) of every file ``user_file``'s code read outside its tree, the
    values of the environment variables it read, and a fresh token where its reads are volatile."""
    for path in recorded_reads(user_file):
        digest.update(b"\0outside: " + path.encode())
        if path.startswith(VOLATILE):
            digest.update(os.urandom(16))  # never the same: the module is checked again on every run
            continue
        if path.startswith(ENV):
            name = path[len(ENV):]
            shown = sorted(os.environ.items()) if name == "*" else os.environ.get(name)
            digest.update(json.dumps(shown).encode())
            continue
        try:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            digest.update(b"\0unreadable")


def _inside(path: str, tree: str) -> bool:
    return path.startswith(tree.rstrip(os.sep) + os.sep)


def record_reads(user_files: Iterable[Path], reads: Mapping[str, Iterable[str]]) -> bool:
    """Write each user module's manifest: what its code read (``reads``, by module path, with "" for
    reads of no known module, counted against every one) outside its directory tree, which is
    fingerprinted whole. True when some manifest changed: a run that found new reads is not one
    its fingerprint described, and is not stored for a replay."""
    changed = False
    anyone = set(reads.get("", ()))
    for f in user_files:
        tree = os.path.realpath(Path(f).parent)
        mine = anyone | set(reads.get(os.path.realpath(f), ()))
        outside = sorted(p for p in mine if p.startswith((VOLATILE, ENV)) or not _inside(p, tree))
        if outside == recorded_reads(f):
            continue
        changed = True
        path = manifest_path(f)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"module": os.path.realpath(f), "reads": outside}, indent=1) + "\n")
            os.replace(tmp, path)
        except OSError:
            pass  # unwritable: reported as changed, so that this run is not stored for a replay
    return changed


def record_after_run(paths: Iterable[str | Path]) -> bool:
    """After a run on the user's ``paths``: ask the child what its code read and write the
    manifests (:func:`record_reads`). True when they changed (or could not be asked)."""
    from .loader import module_files
    from .user_process import ChildGone, user_process
    modules = sorted({f for p in paths for f in module_files(p) if f.suffix == ".py"})
    if not modules:
        return False
    try:
        reply = user_process().request({"op": "reads"})
    except ChildGone:
        return True
    reads = reply.get("reads")
    if not reply.get("ok") or not isinstance(reads, dict):
        return True
    return record_reads(modules, {str(k): [str(p) for p in v] for k, v in reads.items() if isinstance(v, list)})
