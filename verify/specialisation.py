"""Which values a step's forms speak at: the parameters its chain specialised, composed along the chain.

Part of the kernel (issue 16, items 1 and 3). A ``Substitute`` that gives declared parameters
values makes every later form of its chain a statement at those values, whichever way the
value comes: a literal (``a → b``, then ``b → 1/4``), an equation ``using=`` a condition premise
(``pin: b = 1/4``), or a mapping to a ``Ref`` (a solved step ``b = 1/4``); the composition lives
in :mod:`derivations._definitions`, which the derived value's evaluation shares. Three
consequences are checked here and elsewhere: the premises the form rests on must still be
satisfiable there (:mod:`verify.premises`); a name the premises define means its value there
when a written form uses it (``p = mv`` read as ``3m`` after ``v → 3``;
:func:`verify.checker.check_step`); and a parameter the chain already fixed, or one that does not
occur, is not given a value (:func:`respecialised`).

>>> import derivations
>>> chain_values(derivations.get("pedestal.N_crit"))[-1]
{x: 1/N, alpha_c: 1/3}
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from derivations._definitions import chain_values, literal_values, specialised_chains, step_values

__all__ = ["chain_values", "respecialised", "specialised_chains", "step_values", "values_key"]


def _occurs(key: Any, form: Any, depends: Mapping) -> bool:
    """Whether the parameter ``key`` occurs in ``form``: as a symbol, or through a name defined
    in terms of it."""
    try:
        free = sympy.sympify(form).free_symbols
    except (sympy.SympifyError, TypeError):
        return True  # cannot tell: not refused on this ground
    # A function name (Q(t) under Q(t) = Q0 e^{-t/τ}) may carry it: not refused on this ground.
    calls = sympy.sympify(form).atoms(sympy.core.function.AppliedUndef)
    return key in free or bool(calls) or any(key in depends.get(s, ()) for s in free)


def respecialised(derivation: Any, index: int) -> str | None:
    """Why step ``index`` may not give its values, or None: a parameter its chain has already
    fixed (``x → 2`` then ``x → 3`` would state one form at two values of x), or one that does
    not occur in its input (the value would say nothing about the form)."""
    outcomes, inputs, _, _ = specialised_chains(derivation)
    if index >= len(outcomes):
        return None
    o = outcomes[index]
    params = {p.symbol for p in derivation.symbols}
    # A literal, or a number an equation states (pin: x = 3); an equation between parameters
    # (a change of variables through a Ref) eliminates one and is not judged here.
    given = {k: v for k, v in step_values(o.rule, params, getattr(o, "references", None)).items()
             if k in literal_values(o.rule, params) or not v.free_symbols}
    before = inputs[index]
    for key in sorted(given, key=str):
        # A reparametrisation (a → a/2) leaves the parameter free: only a value without it fixes it.
        if key in before and key not in before[key].free_symbols:
            return (f"{key} is already fixed along this chain ({key} = {before[key]}): the form no longer varies "
                    f"with it, so it cannot be given the value {given[key]}; substitute into a form that still "
                    f"has {key}")
        if o.given is not None and not _occurs(key, o.given, getattr(o, "depends", {}) or {}):
            return (f"{key} does not occur in the input of this step: giving it the value {given[key]} would "
                    f"state nothing about the form")
    return None


def values_key(derivation: Any) -> str:
    """A process-independent text of every step's values, for the cache keys: a verdict read at
    a chain's values is valid only for the same values (``a → 1/2`` edited to ``a → 5/2``)."""
    chains = chain_values(derivation)
    memo = getattr(derivation, "__dict__", {}).get("_values_key")
    if memo is not None and memo[0] is chains:  # the same replay: asked at every step, written once
        return memo[1]
    text = repr([sorted((sympy.srepr(k), sympy.srepr(v)) for k, v in values.items()) for values in chains])
    if hasattr(derivation, "__dict__"):
        derivation.__dict__["_values_key"] = (chains, text)
    return text
