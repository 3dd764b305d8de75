"""The errors a derivation record raises: a broken derivation, a value that cannot be evaluated, a malformed record."""

from __future__ import annotations

from typing import Any, Mapping

__all__ = [
    "DerivationError",
    "EvaluationError",
    "RecordError",
]


class DerivationError(RuntimeError):
    """The derivation itself is broken (a step could not be applied)."""


class EvaluationError(DerivationError, ValueError):
    """``evaluate()`` cannot return a correct value at these parameters: the value underflows,
    overflows, is not real, or cannot be certified to the requested digits within the budget.

    A ``ValueError`` (like :class:`~derivations.DomainError`): the parameters are bad for this
    entry, although each lies in its own domain. ``id``, ``params`` and ``reason`` say which.
    """

    def __init__(self, id: str, params: Mapping[str, Any], reason: str):  # noqa: A002
        self.id, self.params, self.reason = id, dict(params), reason
        shown = ", ".join(f"{k}={v!r}" for k, v in params.items()) or "no parameters"
        super().__init__(f"{id}: cannot evaluate at {shown}: {reason}")


class RecordError(ValueError):
    """A derivation record of the wrong shape: the message names the field and what it holds."""
