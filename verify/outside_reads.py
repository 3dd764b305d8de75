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
Review 10 (warm runs replaying a stale ``proved``) added: a directory listed (``os.listdir``,
``os.scandir``, so ``glob`` and ``os.walk``: ``dir:PATH``, its sorted names fingerprinted); a path
stat'ed (``os.stat``/``os.lstat``, wrapped in the child, so ``os.path.exists``, ``isfile``,
``getmtime`` and ``pathlib``: ``stat:PATH``/``lstat:PATH``, by existence, size, mtime and mode);
``os.environb`` read like ``os.environ``; the clock read by user code, and since review 14 unseeded
randomness (``volatile:clock``, ``volatile:random``: :mod:`verify.outside_values`); a network
connection or name lookup (``volatile:network``); and every outside read of a run counted against
every user module of that run (a module imported by two files is opened once, by the first).

The manifests live in the cache directory (``reads/``), written by the kernel only.
A read made in C code without Python's ``open`` (a library's own file I/O) is not seen, nor a
package installed into the environment (``--no-cache`` after reinstalling one), nor a stat
made by ``os.access`` or by a listed ``DirEntry`` (its names are fingerprinted, not their sizes).
A stat relative to a ``dir_fd`` is recorded by the path the descriptor names (review 14). A file
opened through a symbolic link is recorded with the link (``lstat:``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import threading
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .outside_values import record_volatile_values

__all__ = ["install_recorder", "reading_for", "recorded", "manifest_path", "recorded_reads",
           "digest_recorded_reads", "record_reads", "record_after_run"]

#: In the child: the paths read, by the user's file whose code read them ("" when none is known:
#: such a read is counted against every file of the run).
_READS: dict[str, set[str]] = {}
_CURRENT = [""]


@contextlib.contextmanager
def reading_for(user_file: str) -> Iterator[None]:
    """In the child: count the reads in the body against ``user_file`` (its import, or its code called)."""
    with _busy():
        previous, _CURRENT[0] = _CURRENT[0], _REALPATH(user_file) if user_file else ""
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
#: Audit events of the network (what comes back is no file), recorded as :data:`VOLATILE`.
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
                             "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"})
#: Audit events listing a directory: the names it holds are data (``len(os.listdir(d))``).
_LISTING_EVENTS = frozenset({"os.listdir", "os.scandir"})
#: Devices that are no data (reading them changes nothing a verdict rests on, or nothing stable).
_QUIET_DEVICES = frozenset({"/dev/null", "/dev/zero", "/dev/tty", "/dev/stdin", "/dev/stdout", "/dev/stderr"})
#: A manifest entry that makes the module's fingerprint differ on every run.
VOLATILE = "volatile:"
ENV = "env:"
#: A directory listed (its names are fingerprinted), a path stat'ed, following links or not.
DIR = "dir:"
STAT = "stat:"
LSTAT = "lstat:"
LINK = "link:"
_PATH_KINDS = (DIR, STAT, LSTAT, LINK)
#: ``os.path.realpath`` and ``os.readlink`` as Python has them (the child wraps them, :func:`_record_stats`).
_REALPATH, _READLINK = os.path.realpath, os.readlink
#: In the child: set while the recorder itself runs (its own ``realpath`` stats are no user's).
_BUSY = threading.local()


def _note(entry: str) -> None:
    own = _CURRENT[0]
    if own and entry in (own, STAT + own, LSTAT + own):
        return  # wallcheck loading the user's file: inside its own tree, and no other module's read
    _READS.setdefault(own, set()).add(entry)


def _record_environment() -> None:
    """Record the environment variables read through ``os.environ`` (and ``os.getenv``) or ``os.environb``."""
    cls = type(os.environ)
    getitem, iterate = cls.__getitem__, cls.__iter__

    def __getitem__(self: Any, key: Any) -> Any:
        if self is os.environ and isinstance(key, str):
            _note(ENV + key)
        elif self is getattr(os, "environb", None) and isinstance(key, bytes):
            _note(ENV + os.fsdecode(key))  # os.environ decodes its keys the same way
        return getitem(self, key)

    def __iter__(self: Any) -> Any:
        if self is os.environ or self is getattr(os, "environb", None):
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


def _device(full: str) -> bool:
    """A path under ``/dev``, ``/proc`` or ``/sys`` (they change by themselves), ``/dev/shm`` aside."""
    return (full + "/").startswith(("/dev/", "/proc/", "/sys/")) and not full.startswith("/dev/shm/")


def _real(path: Any, follow: bool = True) -> str | None:
    """The absolute path of a path argument (the last link kept unless ``follow``), None for a descriptor."""
    if isinstance(path, int) or path is None:
        return None
    with _busy():
        try:
            text = os.fsdecode(path)
            if follow:
                return _REALPATH(text)
            head, tail = os.path.split(os.path.abspath(text))
            return os.path.join(_REALPATH(head), tail)
        except (TypeError, ValueError):
            return None


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """The recorder's own stats (``realpath``, ``exists``) are recorded as nobody's."""
    previous, _BUSY.on = getattr(_BUSY, "on", False), True
    try:
        yield
    finally:
        _BUSY.on = previous


def _record_listing(path: Any, ignored: tuple[str, ...]) -> None:
    """A directory listed (``os.listdir``/``os.scandir``; None is the working directory)."""
    if isinstance(path, int):  # a directory descriptor: where it points
        try:
            path = os.readlink(f"/proc/self/fd/{path}")
        except OSError:
            _note(VOLATILE + "listing")
            return
    full = _real("." if path is None else path)
    if full is not None and not (full + os.sep).startswith(ignored):
        _note(VOLATILE + "device" if _device(full) else DIR + full)


def _at(path: Any, dir_fd: Any) -> Any:
    """The path a call relative to a directory descriptor names (review 14), through ``/proc/self/fd``;
    None where that directory cannot be named (the call is then not recorded)."""
    if dir_fd is None or isinstance(path, int):
        return path
    try:
        text = os.fsdecode(path)
        if os.path.isabs(text):
            return text
        with _busy():
            return os.path.join(_READLINK(f"/proc/self/fd/{int(dir_fd)}"), text)
    except (OSError, TypeError, ValueError):
        return None


def _record_stats(ignored: tuple[str, ...]) -> None:
    """Wrap ``os.stat`` and ``os.lstat`` (what ``os.path.exists``, ``isfile``, ``getmtime`` and
    ``pathlib`` call; the import system calls ``posix.stat``, which stays as it was), and
    ``os.path.realpath``, whose path found is recorded, not the ancestors it looked at."""
    os_stat, os_lstat = os.stat, os.lstat

    def note(path: Any, follow: bool) -> None:
        if getattr(_BUSY, "on", False) or path is None or isinstance(path, int):
            return
        try:
            if (os.path.abspath(os.fsdecode(path)) + os.sep).startswith(ignored):
                return  # the cheap test first: most stats are the libraries' own
        except (TypeError, ValueError):
            return
        full = _real(path, follow)
        if full is not None and not (full + os.sep).startswith(ignored):
            _note((STAT if follow else LSTAT) + full)  # a device's: by its type only (_path_state)

    def wrapped_stat(path: Any, *args: Any, dir_fd: Any = None, follow_symlinks: bool = True) -> Any:
        note(_at(path, dir_fd), follow_symlinks)
        return os_stat(path, *args, dir_fd=dir_fd, follow_symlinks=follow_symlinks)

    def wrapped_lstat(path: Any, *args: Any, dir_fd: Any = None) -> Any:
        note(_at(path, dir_fd), False)
        return os_lstat(path, *args, dir_fd=dir_fd)

    realpath = os.path.realpath

    def wrapped_realpath(path: Any, *args: Any, **kwargs: Any) -> Any:
        with _busy():  # not every ancestor's lstat (/tmp's mtime moves all the time): the path found
            found = realpath(path, *args, **kwargs)
        if not getattr(_BUSY, "on", False) and isinstance(found, str) and not (found + os.sep).startswith(ignored):
            _note(STAT + found)
        return found

    for original, wrapper in ((os_stat, wrapped_stat), (os_lstat, wrapped_lstat)):
        for supports in (os.supports_dir_fd, os.supports_fd, os.supports_follow_symlinks):
            if original in supports:  # shutil asks "os.stat in os.supports_follow_symlinks"
                supports.add(wrapper)
    os_readlink = os.readlink

    def wrapped_readlink(path: Any, *args: Any, dir_fd: Any = None) -> Any:
        at = _at(path, dir_fd)
        if not getattr(_BUSY, "on", False) and at is not None and not isinstance(at, int):
            try:
                full = os.path.abspath(os.fsdecode(at))
            except (TypeError, ValueError):
                full = None
            if full is not None and not (full + os.sep).startswith(ignored):
                _note(LINK + full)  # the link's target is the data (no open, no stat, no audit event)
        return os_readlink(path, *args, dir_fd=dir_fd)

    os.stat, os.lstat, os.path.realpath, os.readlink = wrapped_stat, wrapped_lstat, wrapped_realpath, wrapped_readlink


def install_recorder() -> None:
    """In the child: record every path opened for reading from now on (the hook cannot be removed),
    directories listed, paths stat'ed, the environment variables read, the clock and random draws of user code,
    and whether a process was started or the network used."""
    ignored = _ignored_roots()
    # first: it loads numpy.random to wrap it, and numpy's own reads at load are no user's
    record_volatile_values(ignored, lambda kind: _note(VOLATILE + kind), _real)
    _record_environment()
    _record_stats(ignored)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in _PROCESS_EVENTS:
            _note(VOLATILE + "process")
            return
        if event in _NETWORK_EVENTS:
            _note(VOLATILE + "network")
            return
        if event in _LISTING_EVENTS:
            _record_listing(args[0] if args else None, ignored)
            return
        if event == "sqlite3.connect":  # a database file opened in C
            database = args[0] if args else None
            event, args = "open", (None if database in (":memory:", "", b":memory:", b"") else database, "r", None)
        if event != "open":
            return
        with _busy():
            _record_open(args, ignored)

    sys.addaudithook(hook)


def _record_open(args: tuple[Any, ...], ignored: tuple[str, ...]) -> None:
    """A file opened: recorded unless written only, a quiet device, or in the ignored roots."""
    path, mode, flags = (tuple(args) + (None, None, None))[:3]
    if isinstance(path, int) or path is None:
        return  # a descriptor already open
    if isinstance(mode, str) and "r" not in mode and "+" not in mode:
        return  # written only
    if mode is None and isinstance(flags, int) and flags & os.O_ACCMODE == os.O_WRONLY:
        return
    full = _real(path)
    if full is None:
        return
    if _device(full):
        if full not in _QUIET_DEVICES:
            _note(VOLATILE + "device")
        return
    if not full.startswith(ignored):
        _note(_source_of(full))
        given = os.path.abspath(os.fsdecode(path))
        if given != full and full != _CURRENT[0] and not (given + os.sep).startswith(ignored):
            _note(LSTAT + given)  # reached through a link: the link retargeted is a change too


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
        if path.startswith(_PATH_KINDS):
            digest.update(json.dumps(_path_state(path)).encode())
            continue
        try:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            digest.update(b"\0unreadable")


def _path_state(entry: str) -> Any:
    """What a ``dir:``, ``stat:`` or ``lstat:`` entry's fingerprint holds: the sorted names of the
    directory, or the path's size, modification time and mode (the errno when absent); a device's,
    ``/proc``'s or ``/sys``'s by its type only (their times move by themselves)."""
    kind, path = next((k, entry[len(k):]) for k in _PATH_KINDS if entry.startswith(k))
    try:
        if kind == DIR:
            return sorted(os.listdir(path))
        if kind == LINK:
            return os.readlink(path)
        st = os.stat(path) if kind == STAT else os.lstat(path)
    except OSError as exc:
        return f"absent: {exc.errno}"
    return [stat.S_IFMT(st.st_mode)] if _device(path) else [st.st_size, st.st_mtime_ns, st.st_mode]


def _inside(entry: str, tree: str) -> bool:
    """Whether a read is left to ``tree``'s own fingerprint: a file under it, or a listing or stat
    of the tree itself or a path under it (its files, names and all, are fingerprinted)."""
    tree = tree.rstrip(os.sep)
    kind = next((k for k in _PATH_KINDS if entry.startswith(k)), "")
    path = entry[len(kind):]
    return path.startswith(tree + os.sep) or (bool(kind) and path == tree)


def record_reads(user_files: Iterable[Path], reads: Mapping[str, Iterable[str]]) -> bool:
    """Write each user module's manifest: what the run's user code read (``reads``, by module path,
    with "" for reads of no known module) outside the module's directory tree, which is
    fingerprinted whole. Every read of the run counts against every module of the run: a helper
    two files import is opened by the first only (the second finds it in ``sys.modules``), and a
    module checked alone later gets its own exact list again. True when some manifest changed: a
    run that found new reads is not one its fingerprint described, and is not stored for a replay."""
    changed = False
    everyone = {p for paths in reads.values() for p in paths}
    for f in user_files:
        tree = os.path.realpath(Path(f).parent)
        outside = sorted(p for p in everyone if p.startswith((VOLATILE, ENV)) or not _inside(p, tree))
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
