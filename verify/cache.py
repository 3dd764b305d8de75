"""A content-keyed cache of step verdicts, kept out of the repository.

Two kinds of entries share one file: step verdicts, and (through
:class:`OutputMemo`) the outputs of rule applications, so that a warm run need not
redo SymPy's solving and integrating. Keys hash the derived and expected expressions (``srepr``, which includes every
symbol's assumptions), the rule, the precision and the sampling domains; the
file itself is named after the SymPy and mpmath versions, so an upgrade starts
afresh. Only ``proved`` and ``confirmed`` verdicts are stored: a failure is
always recomputed. ``python -m verify --no-cache`` bypasses it.

Every key also carries :func:`kernel_fingerprint`, a hash of the kernel's own code (the
checker, the certification of SymPy's answers, ball arithmetic, the rules, domains and
tolerances): an entry written under other kernel code is never read. Only the kernel
process writes the file — a user's file runs in a child that has no cache
(:mod:`verify.isolation`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from collections.abc import MutableMapping
from typing import Any, Iterator

import mpmath
import sympy

from .cache_dir import default_cache_dir
from .fingerprints import KERNEL_MODULES

__all__ = ["VerdictCache", "OutputMemo", "default_cache_dir", "kernel_fingerprint", "KERNEL_FILES"]

FORMAT = 3


#: The kernel's files (relative to the repository root; those absent are skipped): a verdict is
#: reused only under the same bytes of every one of them.
KERNEL_FILES = tuple(f"verify/{name}" for name in KERNEL_MODULES) + ("verify/cache.py",)


def kernel_fingerprint() -> str:
    """A hash of the kernel's code (:data:`KERNEL_FILES` and ``derivations/_*.py``) and libraries."""
    root = Path(__file__).resolve().parents[1]
    paths = [root / f for f in KERNEL_FILES] + sorted((root / "derivations").glob("_*.py"))
    digest = hashlib.sha256(f"sympy {sympy.__version__} mpmath {mpmath.__version__}".encode())
    for path in paths:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(path.name.encode() + b"\0absent")
    return digest.hexdigest()[:16]


class VerdictCache:
    """Step verdicts by content hash; load once, save once."""

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / f"verdicts-f{FORMAT}-sympy{sympy.__version__}-mpmath{mpmath.__version__}.json"
        self.kernel = kernel_fingerprint()
        self._data: dict[str, Any] = {}
        self._new: dict[str, Any] = {}
        try:
            self._data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            self._data = {}
        if not isinstance(self._data, dict):
            self._data = {}

    def _key(self, key: str) -> str:
        return f"{key}#{self.kernel}"

    def get(self, key: str) -> Any:
        full = self._key(key)
        return self._new.get(full) or self._data.get(full)

    def put(self, key: str, value: Any) -> None:
        self._new[self._key(key)] = value

    def drain(self) -> dict[str, Any]:
        """Hand over the entries added since the last drain (workers send them to the parent)."""
        new, self._new = self._new, {}
        self._data.update(new)
        return new

    def merge(self, entries: dict[str, Any]) -> None:
        self._new.update(entries)

    def save(self) -> None:
        """Write atomically; a read-only or missing home only loses the speed-up."""
        if not self._new:
            return
        data = {**self._data, **self._new}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w") as fh:
                json.dump(data, fh, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            return
        self._data, self._new = data, {}


class OutputMemo(MutableMapping):
    """The rule-output view of a cache, the ``memo`` of :meth:`derivations.Derivation.replay`.

    Keys come from :meth:`derivations._rules.Rule.memo_key` (rule source, fields, input);
    values are ``srepr`` text that reads back to the identical expression.
    """

    def __init__(self, cache: VerdictCache):
        self.cache = cache

    def __getitem__(self, key: str) -> str:
        value = self.cache.get("out:" + key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.cache.get("out:" + key) is not None

    def __setitem__(self, key: str, value: str) -> None:
        self.cache.put("out:" + key, value)

    def __delitem__(self, key: str) -> None:
        raise TypeError("memoised outputs are never deleted one by one")

    def __iter__(self) -> Iterator[str]:
        tail = "#" + self.cache.kernel
        return (k[4:-len(tail)] for k in {**self.cache._data, **self.cache._new}
                if k.startswith("out:") and k.endswith(tail))

    def __len__(self) -> int:
        return sum(1 for _ in self)
