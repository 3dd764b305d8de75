"""Names the premises define: their first definitions, and forms with the names written out.

A premise whose left-hand side is a name (a plain symbol that is not a parameter, an undefined
function applied to symbols, a matrix symbol) defines it, the first time; a later premise on
the same name is a condition (:mod:`derivations._context`). The kernel reads a form that uses
a defined name through its definition (``verify.premises``, ``verify.checker``), and a derived
value evaluates through it (:meth:`derivations.Derivation.evaluate`).

>>> import sympy
>>> x, L0 = sympy.symbols("x L0", positive=True)
>>> L = sympy.Function("L")
>>> expand_names(L(2 * x) + 1, {L: (L(x), L0 * x)})
2*L0*x + 1
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from ._rules import is_name

__all__ = ["first_definitions", "expand_names"]


def first_definitions(derivation: Any, context: frozenset | None = None) -> tuple[dict, list]:
    """First definitions of names (plain symbols and undefined functions), keyed by the name (a
    function by its head), and the conditions, among the premises in ``context`` (all of them by
    default)."""
    params = {p.symbol for p in derivation.symbols}
    defs: dict = {}
    conditions = []
    for p in derivation.premises:
        if context is not None and p.name not in context:
            continue
        rel = p.expr
        lhs = getattr(rel, "lhs", None)
        key = lhs.func if isinstance(lhs, sympy.core.function.AppliedUndef) else lhs
        if isinstance(rel, sympy.Eq) and (is_name(lhs, params) or isinstance(lhs, sympy.MatrixSymbol)) \
                and key not in defs:
            defs[key] = (lhs, rel.rhs)
            continue
        conditions.append((p.name, rel))
    return defs, conditions


def expand_names(expr: Any, defs: Mapping) -> Any:
    """``expr`` with defined names replaced by their definitions, to a fixed point."""
    expr = sympy.sympify(expr)
    for _ in range(8):
        sub = {}
        for atom in expr.atoms(sympy.Symbol, sympy.MatrixSymbol):
            if atom in defs and not isinstance(defs[atom][0], sympy.core.function.AppliedUndef):
                sub[atom] = defs[atom][1]
        for call in expr.atoms(sympy.core.function.AppliedUndef):
            if call.func in defs:
                lhs, rhs = defs[call.func]
                if isinstance(lhs, sympy.core.function.AppliedUndef) and all(a.is_Symbol for a in lhs.args):
                    sub[call] = sympy.sympify(rhs).xreplace(dict(zip(lhs.args, call.args)))
        if not sub:
            break
        expr = expr.xreplace(sub)
    dets = {d: d.doit() for d in expr.atoms(sympy.Determinant) if isinstance(d.arg, sympy.MatrixBase)}
    return expr.xreplace(dets) if dets else expr
