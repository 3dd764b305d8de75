"""The kernel's verdicts: the four words a check can end in, and how several combine.

Four verdicts, as in DESIGN.md: ``proved``, ``confirmed``, ``inconclusive``, ``failed``; a
derivation gets the worst verdict of its parts. Also the stable seed every sampled check
draws its points from, so that a verdict does not depend on the process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

__all__ = ["PROVED", "CONFIRMED", "INCONCLUSIVE", "FAILED", "VERDICTS", "StepVerdict", "combine", "stable_seed"]

PROVED, CONFIRMED, INCONCLUSIVE, FAILED = "proved", "confirmed", "inconclusive", "failed"
#: Verdicts from best to worst; a derivation gets the worst verdict of its parts.
VERDICTS = (PROVED, CONFIRMED, INCONCLUSIVE, FAILED)


@dataclass
class StepVerdict:
    """The outcome of comparing a derived expression with the expected one."""

    verdict: str
    method: str
    counterexample: dict[str, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {"verdict": self.verdict, "method": self.method}
        if self.counterexample is not None:
            out["counterexample"] = self.counterexample
        return out


def combine(verdicts: list[str]) -> str:
    """The worst of several verdicts (``proved`` for none)."""
    return max(verdicts, key=VERDICTS.index, default=PROVED)


def stable_seed(key: str) -> int:
    """A seed that depends only on ``key`` (Python's ``hash`` is salted per process)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
