"""Which values a step's forms speak at: the parameters its chain specialised, composed along the chain.

Part of the kernel (issue 16, items 1 and 3). A ``Substitute`` that gives declared parameters
values (``a → b``, then ``b → 1/4``) makes every later form of its chain a statement at those
values; two consequences are checked elsewhere: the premises the form rests on must still be
satisfiable there (:mod:`verify.premises`), and a name the premises define means its value
there when a written form uses it (``p = mv`` read as ``3m`` after ``v → 3``;
:func:`verify.checker.check_step`).

>>> import derivations
>>> chain_values(derivations.get("pedestal.N_crit"))[-1]
{alpha_c: 1/3}
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

__all__ = ["chain_values", "step_values"]


def step_values(rule: Any, params: set) -> dict:
    """The values a rule gives declared parameters (a ``Substitute``'s mapping; none otherwise)."""
    mapping = getattr(rule, "mapping", None)
    if not isinstance(mapping, Mapping):
        return {}
    out = {}
    for key, value in mapping.items():
        if key not in params:
            continue
        try:
            value = sympy.sympify(value)
        except (sympy.SympifyError, TypeError):
            continue
        if isinstance(value, sympy.Expr):
            out[key] = value
    return out


def chain_values(derivation: Any) -> list[dict]:
    """For each step, in order, the values its OUTPUT speaks at: the composition of the
    parameter values given along its chain (the input named by ``on=``, else the step before).
    Empty for a broken chain (the steps report it)."""
    params = {p.symbol for p in derivation.symbols}
    try:
        outcomes = list(derivation.replay())
    except Exception:  # noqa: BLE001 - a broken chain is reported by the steps
        return []
    named: dict[str, int] = {}
    out: list[dict] = []
    for i, o in enumerate(outcomes):
        on = getattr(o.rule, "on", None)
        source = named.get(on) if on else (i - 1 if i > 0 else None)
        before = out[source] if source is not None else {}
        given = step_values(o.rule, params)
        after = {k: v.xreplace(given) for k, v in before.items()}
        after.update({k: v for k, v in given.items() if k not in after})
        out.append(after)
        name = getattr(o.rule, "name", None)
        if name:
            named[name] = i
    return out
