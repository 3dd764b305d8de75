"""The claims the papers print: :class:`Claim`, a printed number with how to compute it, and its fair :class:`Reading` s.

:data:`SEVERITIES` grades a recorded slip (erratum, typo, comment); ``verify.claims`` checks them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Mapping

__all__ = [
    "Claim",
    "Reading",
    "SEVERITIES",
]


@dataclass(frozen=True)
class Reading:
    """One fair reading of a printed claim: which exponent, definition or convention, computed.

    ``compute`` returns the value the printed number is compared with under this reading.
    """

    name: str
    compute: Callable[[], Any]
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(f"Reading: name={self.name!r} must say which reading it is (a non-empty string)")
        if not callable(self.compute):
            raise ValueError(f"Reading {self.name!r}: compute={self.compute!r} must be callable")


#: How wrong a recorded slip is (see :mod:`verify.claims`).
SEVERITIES = ("erratum", "typo", "comment")


@dataclass(frozen=True)
class Claim:
    """A number a paper states, as printed, with how to compute it.

    ``relation`` says how it was printed: ``"="`` exact, ``"≈"`` rounded to the digits
    shown, ``"∼"`` order of magnitude (see :mod:`verify.claims` for the rule).
    ``printed`` may also be ``"true"``/``"false"`` for a yes/no statement.

    If the paper is wrong, ``erratum`` gives the one-line reason, ``correct_value`` the
    right value as printed by us (checked against ``compute()`` with ``correct_relation``,
    by default ``relation``, or ``"≈"`` for a ``"∼"`` claim: never within a factor) and
    ``correct`` the same in words; ``severity`` says what kind of slip it is: ``"erratum"``
    (a printed value wrong under every reading), ``"typo"`` (a sign or an equation
    reference) or ``"comment"`` (a remark where the paper prints no number); ``formula``
    states the paper's own formula and inputs. A number the paper quotes from elsewhere
    (``quoted=True``) gets the status ``quoted``: the ledger checks that the package uses it
    as printed, but cannot verify it.

    Referee's rules (issue 17): ``reading`` names what ``compute`` computes and ``readings``
    the other fair readings, each computed (an erratum needs every reading to fail);
    ``inputs`` (name -> numeral as printed) and ``expression`` (a SymPy expression in those
    names) say the printed value is computed from printed numbers, whose digits then stand
    for intervals; ``restored`` says the printed number is ours (W's text lost it), so it can
    never be an erratum; ``unchecked`` says an input was chosen by us so that the claim holds
    (a circular check), with every reading's value reported side by side.
    """

    id: str
    statement: str
    paper: str
    printed: str
    compute: Callable[[], Any]
    relation: str = "="
    erratum: str | None = None
    correct: str | None = None
    note: str = ""
    correct_value: str | None = None
    correct_relation: str | None = None
    quoted: bool = False
    severity: str = "erratum"
    formula: str = ""
    reading: str = ""
    readings: tuple[Reading, ...] = ()
    inputs: Mapping[str, str] = dataclasses.field(default_factory=dict)
    expression: Any = None
    restored: str | None = None
    unchecked: str | None = None

    def __post_init__(self) -> None:
        if self.relation not in ("=", "≈", "∼"):
            raise ValueError(f"claim {self.id!r}: relation={self.relation!r} is not one of '=', '≈', '∼'")
        if self.severity not in SEVERITIES:
            raise ValueError(f"claim {self.id!r}: severity={self.severity!r} is not one of {', '.join(SEVERITIES)}")
        if self.erratum is not None and self.correct_value is None:
            raise ValueError(f"claim {self.id!r}: an erratum must give correct_value, the right value, "
                             f"which the ledger checks")
        if self.correct_relation not in (None, "=", "≈"):
            raise ValueError(f"claim {self.id!r}: correct_relation={self.correct_relation!r}: the correct value "
                             f"is ours, so it is checked exactly ('=') or to its printed digits ('≈')")
        if self.erratum is not None and self.quoted:
            raise ValueError(f"claim {self.id!r}: a quoted number cannot be an erratum")
        for name, why in (("restored", self.restored), ("unchecked", self.unchecked)):
            if why is not None and (not isinstance(why, str) or not why.strip()):
                raise ValueError(f"claim {self.id!r}: {name}={why!r} must state the reason")
            if why is not None and self.erratum is not None:
                raise ValueError(f"claim {self.id!r}: a {name} number cannot be an erratum (it is not the paper's)")
        if not isinstance(self.readings, tuple) or not all(isinstance(r, Reading) for r in self.readings):
            raise ValueError(f"claim {self.id!r}: readings={self.readings!r} must be a tuple of Reading")
        if (self.expression is None) != (not self.inputs):
            raise ValueError(f"claim {self.id!r}: inputs and expression go together (the printed inputs and "
                             f"the formula computing the printed value from them)")
        if self.inputs and not all(isinstance(k, str) and isinstance(v, str) for k, v in self.inputs.items()):
            raise ValueError(f"claim {self.id!r}: inputs={dict(self.inputs)!r} must map names to numerals as printed")
