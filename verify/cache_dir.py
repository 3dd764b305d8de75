"""Where wallcheck keeps its caches (verdicts, rule outputs, stored runs), outside the repository.

Imports nothing heavy: the warm run (:mod:`verify.warm_run`) finds its stored outputs here
before SymPy is imported.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_cache_dir"]


def default_cache_dir() -> Path:
    """``$WALLCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/wallcheck``, else ``~/.cache/wallcheck``."""
    env = os.environ.get("WALLCHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "wallcheck"
