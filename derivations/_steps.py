"""Replaying one step: a rule applied to its input (its output memoised by content) and the :class:`StepOutcome` it leaves.

The memo is the checker's cache, handed to :meth:`derivations.Derivation.replay` as an argument;
an output is stored only if it reads back identically.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, Mapping, MutableMapping

import sympy

from ._budget import OutOfTime, RULE_SECONDS, within
from ._rules import Inference, Obligation, Rule, RuleError

__all__ = [
    "StepOutcome",
    "apply_rule",
]


def _freeze(inference: Inference) -> str:
    return json.dumps({
        "output": sympy.srepr(inference.output),
        "approximate": inference.approximate,
        "obligations": [[o.kind, sympy.srepr(sympy.sympify(o.expr)), o.text,
                         None if o.symbol is None else sympy.srepr(o.symbol)] for o in inference.obligations],
    })


def _thaw(text: str) -> Inference:
    data = json.loads(text)
    return Inference(sympy.sympify(data["output"]),
                     [Obligation(k, sympy.sympify(e), t, None if s is None else sympy.sympify(s))
                      for k, e, t, s in data["obligations"]], data["approximate"])


def apply_rule(rule: Rule, given: Any, env: Mapping[str, Any], domains: Mapping[Any, Any],
               memo: MutableMapping[str, str] | None) -> Inference:
    """Apply ``rule``, or reuse the inference it made from the same content before (in ``memo``)."""
    key = rule.memo_key(given, env, domains) if memo is not None else None
    if key is not None and key in memo:
        return _thaw(memo[key])
    try:
        inference = within(RULE_SECONDS, rule.infer, given, env, domains)
    except OutOfTime as exc:
        raise RuleError(f"SymPy did not finish this step: {exc}") from None
    if key is not None:
        text = _freeze(inference)
        try:  # iso (issue 16): a form sympify cannot read back (hyper's TupleArg) is never memoised
            exact = _freeze(_thaw(text)) == text and _thaw(text).output == inference.output
        except Exception:  # noqa: BLE001 - any failure to read back means "not identical"
            exact = False
        if exact:
            memo[key] = text  # store only what reads back identically
    return inference


@dataclass(frozen=True)
class StepOutcome:
    """One replayed step: its rule, its input, SymPy's output (or the error)."""

    index: int
    rule: Rule
    given: Any
    output: Any
    error: str | None
    obligations: tuple[Obligation, ...] = ()
    approximate: bool = False
    expect: Any = None
    #: The conditions (:class:`derivations._context.Constraint`) the input rests on.
    fixed: frozenset = frozenset()
    #: The premises and named steps the input was derived from.
    rests_on: tuple[str, ...] = ()
    #: Names (plain symbols) defined so far -> the parameters they are defined in terms of.
    depends: Mapping[Any, frozenset] = dataclasses.field(default_factory=dict)
    #: The forms the rule reads besides its input (``Ref`` targets, ``using=``), by name.
    references: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    #: Whether the input form itself is truncated (``approximate`` also counts the forms the rule
    #: reads besides it and the step's own series).
    given_approximate: bool = False
