"""Inequalities to be proved by ball arithmetic over a box, declared as data.

A derivation module declares such a property (S §3's running exponent lies in ``(0, α)``)
with :func:`ball_proof`; the record holds the target, the relations and the box, and the
checker (``verify.balls``, registered with :func:`register_prover`) proves it. The record
knows nothing of ``verify``: layers point down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from ._domains import Real
from ._model import Derivation, Property

__all__ = ["Budget", "BallCheck", "ball_proof", "register_prover"]

_PROVER: Callable[..., Any] | None = None


def register_prover(prove: Callable[..., Any]) -> None:
    """Install the function that proves ``target REL rhs`` on a box (``verify.balls.prove``)."""
    global _PROVER
    _PROVER = prove


def _prover() -> Callable[..., Any]:
    if _PROVER is None:
        raise RuntimeError("ball proofs are checked by the package's checker: import verify (or verify.balls) "
                           "before proving a ball_proof property")
    return _PROVER


@dataclass(frozen=True)
class Budget:
    """How much work a ball proof may do before it reports *inconclusive*."""

    max_boxes: int = 20000
    max_depth: int = 60
    dps: int = 30

    def describe(self) -> str:
        return f"at most {self.max_boxes} boxes, {self.max_depth} halvings deep, {self.dps}-digit balls"


@dataclass(frozen=True)
class BallCheck:
    """The ``holds`` of a :func:`ball_proof` property: the checker runs :meth:`prove` instead
    of hypothesis; called with values, it checks that one point exactly (a point box)."""

    target: Any
    relations: tuple[tuple[str, Any], ...]
    box: tuple[tuple[str, tuple[Any, Any]], ...]
    budget: Budget

    def prove(self) -> list[Any]:
        prove = _prover()
        return [prove(self.target, rel, dict(self.box), rhs=rhs, budget=self.budget) for rel, rhs in self.relations]

    def __call__(self, **kw: Any) -> bool:
        prove = _prover()
        point = {k: (v, v) for k, v in kw.items()}
        return all(prove(self.target, rel, point, rhs=rhs, budget=self.budget).proved for rel, rhs in self.relations)


def ball_proof(target: Any, relations: Sequence[tuple[str, Any]] | tuple[str, Any],
               box: Mapping[str, Sequence[Any]], *, budget: Budget | None = None, id: str | None = None,
               text: str | None = None) -> Property:
    """An inequality *proved* over a box by ball arithmetic.

    ``target`` is a SymPy expression, a Derivation (its derived result) or a function of no
    arguments returning one; ``relations`` one ``(relation, rhs)`` or several, all to hold on
    ``box`` (``{"x": (lo, hi), ...}``, closed intervals). The checker reports it as passed
    (``method``: "ball arithmetic"), ``failed`` with a point where it is false, or
    ``inconclusive`` when the ``budget`` ran out.
    """
    if relations and isinstance(relations[0], str):
        relations = (tuple(relations),)
    rels = tuple((str(r), rhs) for r, rhs in relations)
    over = {k: Real(v[0], v[1], lo_open=False, hi_open=False) for k, v in box.items()}
    check = BallCheck(target, rels, tuple((k, (v[0], v[1])) for k, v in box.items()), budget or Budget())
    name = target.id if isinstance(target, Derivation) else "expr"
    if id is None and not isinstance(target, Derivation):
        raise ValueError("ball_proof() of an expression needs id=")
    shown = " and ".join(f"{r} {rhs}" for r, rhs in rels)
    return Property(id or f"{name}.ball_proof", text or f"{name} {shown} on the box (ball arithmetic)", check, over)
