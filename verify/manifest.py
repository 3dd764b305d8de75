"""Which ids the shipped catalogue (``derivations/``) defines, and where, read from its sources
without importing them.

Importing the registry builds every derivation's SymPy relations (seconds); a run on a user's
own file only needs to know which ids are taken, and the command line only whether an
argument names one — and a warm run must not import SymPy at all. Every
``Derivation(id="...")`` in the package's sources is found by parsing them (``ast``; nothing is
executed, not even ``derivations/__init__``). A test holds this equal to the registry.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = ["shipped_ids", "defining_file"]


def _package() -> Path:
    spec = importlib.util.find_spec("derivations")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the derivations package is not installed")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _ids_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Derivation":
            for kw in node.keywords:
                if kw.arg == "id" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    found.append(kw.value.value)
    return found


@lru_cache(maxsize=1)
def _table() -> dict[str, Path]:
    table: dict[str, Path] = {}
    for path in sorted(_package().rglob("*.py")):
        for ident in _ids_in(path):
            table.setdefault(ident, path)
    return table


def shipped_ids() -> frozenset[str]:
    """Every id the shipped catalogue defines.

    >>> "pedestal.p_crit" in shipped_ids()
    True
    """
    return frozenset(_table())


def defining_file(derivation_id: str) -> Path | None:
    """The source file that defines ``derivation_id`` (None if no shipped derivation has it)."""
    return _table().get(derivation_id)
