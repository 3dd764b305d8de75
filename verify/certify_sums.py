"""Closed forms of finite sums and products, certified by induction before they are used.

SymPy proposes, the kernel certifies: ``Sum.doit`` has known wrong answers (SymPy #15943:
Σ_{k=0}^{n} C(n, k)(n − k)! = e·n!) and extends sums to non-integer lengths (Karr, Γ). A
closed form ``G`` of ``Σ_{k=a}^{b} f(k)`` is used only when

* ``b − a`` is an integer on the whole domain (:func:`derivations._rules_base.bounds_differ_by_integer`), and
* ``G`` is proved by induction on a fresh integer upper end ``M``: ``G(a − 1) = 0`` and
  ``G(M) − G(M − 1) = f(M)`` reduce to 0 exactly (for a product ``G(a − 1) = 1`` and
  ``G(M) = f(M)·G(M − 1)``); then ``G(b)`` is the sum for every ``b ≥ a − 1`` with ``b − a ∈ ℤ``.

Otherwise the node stays unevaluated: the tactics may still match it structurally, or the
step is left to numeric confirmation (direct summation at sampled integers).
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from derivations._budget import OutOfTime
from derivations._rules_base import bounds_differ_by_integer

__all__ = ["certified_closed_form", "evaluate_sums", "has_inert_sums", "inert_sums", "linear_form"]

#: A range with a fixed number of terms up to this many is added up term by term (the definition).
#: (A limit: the lead may move it to derivations/_precision.py, which this helper does not own.)
DIRECT_TERMS = 200

_ERRORS = (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError,
           sympy.PolynomialError, ZeroDivisionError, OutOfTime)


def _is_zero(expr: Any) -> bool:
    """Whether ``expr`` reduces to 0 exactly (cheapest tactics first, each under the budget)."""
    from .symbolic import tactic
    if expr == 0:
        return True
    for fn in (sympy.cancel, sympy.combsimp, sympy.simplify):
        try:
            if tactic(fn, expr) == 0:
                return True
        except _ERRORS:
            continue
    return False


def certified_closed_form(node: Any, domains: Mapping[Any, Any], integers: Any = ()) -> Any | None:
    """The value of a one-range Sum/Product ``node`` as SymPy's closed form, certified by
    induction on its upper end; None when the bounds or the closed form are not certified."""
    (k, a, b), = node.limits
    if bounds_differ_by_integer(a, b, domains, integers)[0] is not True:
        return None
    length = sympy.cancel(b - a + 1)
    if length.is_Integer and 0 <= length <= DIRECT_TERMS:
        terms = [node.function.xreplace({k: a + i}) for i in range(int(length))]
        return sympy.Add(*terms) if isinstance(node, sympy.Sum) else sympy.Mul(*terms)
    m = sympy.Dummy("M", integer=True)
    try:
        closed = type(node)(node.function, (k, a, m)).doit(deep=False)
    except _ERRORS:
        return None
    if any(n.has(m) for n in closed.atoms(sympy.Sum, sympy.Product)):
        return None  # not a closed form (only the summand's own unevaluated nodes may remain)
    term = node.function.xreplace({k: m})
    try:
        previous = closed.xreplace({m: m - 1})
        if isinstance(node, sympy.Product):
            base, step = closed.xreplace({m: a - 1}) - 1, closed - term * previous
        else:
            base, step = closed.xreplace({m: a - 1}), closed - previous - term
    except _ERRORS:
        return None
    if not (_is_zero(base) and _is_zero(step)):
        return None
    return closed.xreplace({m: b})


def evaluate_sums(expr: Any, domains: Mapping[Any, Any], integers: frozenset = frozenset()) -> Any:
    """``expr`` with every Sum/Product whose closed form is certified replaced by it, innermost
    first (an inner range's variables are integers under the enclosing ranges)."""
    if not isinstance(expr, sympy.Basic) or not expr.has(sympy.Sum, sympy.Product):
        return expr
    if isinstance(expr, (sympy.Sum, sympy.Product)):
        names = [lim[0] for lim in expr.limits]
        limits = [(k, evaluate_sums(a, domains, integers | set(names[i + 1:])),
                   evaluate_sums(b, domains, integers | set(names[i + 1:])))
                  for i, (k, a, b) in enumerate(expr.limits)]
        current = evaluate_sums(expr.function, domains, integers | set(names))
        for i, lim in enumerate(limits):
            # SymPy merges Sum(Sum(f, r1), r2) into one node: an uncertified inner range keeps the rest.
            value = None
            if not isinstance(current, type(expr)):
                value = certified_closed_form(type(expr)(current, lim), domains, integers | set(names[i + 1:]))
            if value is None:
                return type(expr)(current, *limits[i:])
            current = value
        return current
    args = [evaluate_sums(arg, domains, integers) for arg in expr.args]
    return expr.func(*args) if args != list(expr.args) else expr


_INERT = {sympy.Sum: sympy.Function("Sum_inert"), sympy.Product: sympy.Function("Product_inert")}


def inert_sums(expr: Any) -> Any:
    """``expr`` with every remaining Sum/Product written as an inert function of its summand and
    range: the tactics may rewrite the summand (as for any expression) but never evaluate the
    node (``simplify`` would: it reduces Σ_{k=1}^{N/2} 1 − N/2 to 0, uncertified)."""
    if not isinstance(expr, sympy.Basic) or not expr.has(sympy.Sum, sympy.Product):
        return expr
    if isinstance(expr, (sympy.Sum, sympy.Product)):
        inner = inert_sums(expr.function)
        for k, a, b in expr.limits:
            inner = _INERT[type(expr)](inner, k, inert_sums(a), inert_sums(b))
        return inner
    return expr.func(*[inert_sums(arg) for arg in expr.args])


def linear_form(expr: Any) -> Any:
    """``expr`` with each inert sum split over the terms of its summand and the factors free of
    its variable taken out (Σ (c·f + g) = c·Σ f + Σ g: exact for a finite sum, as for Karr's);
    the tactics then compare the sums that remain structurally."""
    if not isinstance(expr, sympy.Basic) or not expr.args:
        return expr
    args = [linear_form(arg) for arg in expr.args]
    if expr.func != _INERT[sympy.Sum]:
        return expr.func(*args) if args != list(expr.args) else expr
    body, k, a, b = args
    out = []
    for term in sympy.Add.make_args(body):
        free, bound = [], []
        for factor in sympy.Mul.make_args(term):
            (bound if factor.has(k) else free).append(factor)
        out.append(sympy.Mul(*free) * expr.func(sympy.Mul(*bound), k, a, b))
    return sympy.Add(*out)


def has_inert_sums(expr: Any) -> bool:
    """Whether ``expr`` holds a sum or product made inert by :func:`inert_sums`."""
    return any(a.func in _INERT.values() for a in sympy.sympify(expr).atoms(sympy.core.function.AppliedUndef))
