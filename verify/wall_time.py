"""How the closing line writes a wall time (shared by the report and the replay of a stored run).

Imports nothing heavy: a warm run (:mod:`verify.warm_run`) writes its own wall time with it
before SymPy is imported.
"""

from __future__ import annotations

__all__ = ["shown_seconds", "cached_part"]


def shown_seconds(seconds: float) -> str:
    """A wall time, never a bare ``0.0 s``: to two digits when it is short.

    >>> shown_seconds(12.34), shown_seconds(0.04), shown_seconds(0.001)
    ('12.3 s', '0.04 s', 'under 0.01 s')
    """
    return f"{seconds:.1f} s" if seconds >= 1 else f"{seconds:.2f} s" if seconds >= 0.01 else "under 0.01 s"


def cached_part(cached: int, total: int) -> str:
    """How many results came from the cache, before the time (empty when none did).

    >>> cached_part(2, 2), cached_part(1, 2), cached_part(0, 2)
    ('all 2 cached, ', '1 of 2 cached, ', '')
    """
    if not cached:
        return ""
    return f"all {cached} cached, " if cached == total else f"{cached} of {total} cached, "
