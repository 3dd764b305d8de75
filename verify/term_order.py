"""The order in which a sum's terms print, found without evaluating a closed integral (issue 20).

SymPy orders a sum's terms (:meth:`sympy.Expr.as_ordered_terms`) by their numeric coefficients, and
takes ``complex()`` of every numeric factor to find them: a closed integral, sum or product is then
evaluated by quadrature, at every print of every sum it is in (a nested integral took ten seconds a
print: four fifths of one corpus file's time went to showing its premises). Here such an operator is
masked by a symbol while the terms are ordered: the same order for every other sum, a structural
one (its masking symbol's name) where a closed operator is a factor.

>>> import sympy
>>> t = sympy.Symbol("t")
>>> closed = sympy.Integral(sympy.exp(-t**2), (t, 0, 1))
>>> x = sympy.Symbol("x")
>>> form_str(x + 2 * closed + 1)
'2*Integral(exp(-t**2), (t, 0, 1)) + x + 1'
>>> form_str(x**2 - 3 * x + 1) == str(x**2 - 3 * x + 1)
True
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy.printing.str import StrPrinter

__all__ = ["CheapTermOrder", "form_str", "ordered_terms"]

_CLOSED = (sympy.Integral, sympy.Sum, sympy.Product)


def ordered_terms(expr: Any, order: Any = None) -> list:
    """``expr.as_ordered_terms(order)``, with every closed integral, sum or product masked while ordering."""
    closed = [a for a in expr.atoms(*_CLOSED) if not a.free_symbols] if isinstance(expr, sympy.Basic) else []
    if not closed:
        return list(expr.as_ordered_terms(order=order))
    # Dummies: a name of the user's own (a symbol _closed0) is never taken for a mask (review 27)
    masks = {a: sympy.Dummy(f"closed{i}") for i, a in enumerate(sorted(closed, key=sympy.default_sort_key))}
    terms = sympy.Add.make_args(expr)
    by_mask = {t.xreplace(masks): t for t in terms}
    if len(by_mask) != len(terms):
        return list(expr.as_ordered_terms(order=order))
    masked = sympy.Add(*by_mask, evaluate=False)
    return [by_mask[t] for t in masked.as_ordered_terms(order=order)]


class CheapTermOrder:
    """A printer mixin: SymPy's term order, without a quadrature (:func:`ordered_terms`)."""

    def _as_ordered_terms(self, expr: Any, order: Any = None) -> list:
        order = order or self.order  # type: ignore[attr-defined]
        if order in ("old", "none"):
            return super()._as_ordered_terms(expr, order=order)  # type: ignore[misc]
        return ordered_terms(expr, order)


class _FormStr(CheapTermOrder, StrPrinter):
    pass


def form_str(expr: Any) -> str:
    """``str(expr)``, its sums' terms ordered without evaluating a closed operator."""
    return _FormStr().doprint(expr)
