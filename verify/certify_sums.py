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

from derivations._budget import TACTIC_SECONDS, OutOfTime, within
from derivations._rules_base import _integer_points, _real_points, bounds_differ_by_integer

__all__ = ["certified_closed_form", "direct_summation_refutes", "evaluate_sums", "has_inert_sums", "inert_sums",
           "linear_form"]

from derivations._precision import DIRECT_BUDGET, DIRECT_POINTS, DIRECT_TERMS  # noqa: E402 - limits in one place

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
    if a in (sympy.oo, -sympy.oo) or bounds_differ_by_integer(a, b, domains, integers)[0] is not True:
        return None  # an induction on the upper end needs a first term (a sum over ℤ has none)
    length = sympy.cancel(b - a + 1)
    if length.is_Integer and 0 <= length <= DIRECT_TERMS:
        terms = [node.function.xreplace({k: a + i}) for i in range(int(length))]
        return sympy.Add(*terms) if isinstance(node, sympy.Sum) else sympy.Mul(*terms)
    m = sympy.Dummy("M", integer=True)
    try:
        closed = within(TACTIC_SECONDS, type(node)(node.function, (k, a, m)).doit, deep=False)
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


class _OverBudget(Exception):
    pass


def _direct(expr: Any, budget: list[int]) -> Any:
    """``expr`` (no free symbol left in its ranges) with every Sum/Product added up term by term."""
    if not isinstance(expr, sympy.Basic) or not expr.has(sympy.Sum, sympy.Product):
        return expr
    if isinstance(expr, (sympy.Sum, sympy.Product)):
        value = expr.function
        for k, a, b in expr.limits:  # the first range innermost
            lo, hi = _direct(a, budget), _direct(b, budget)
            if not (lo.is_Integer and hi.is_Integer) or hi < lo - 1:
                raise _OverBudget  # no count of terms here: not a point to refute at
            budget[0] -= int(hi - lo + 1)
            if budget[0] < 0:
                raise _OverBudget
            terms = [value.xreplace({k: v}) for v in range(int(lo), int(hi) + 1)]
            value = sympy.Add(*terms) if isinstance(expr, sympy.Sum) else sympy.Mul(*terms)
        return _direct(value, budget)
    return expr.func(*[_direct(arg, budget) for arg in expr.args])


def _points(symbols: list[Any], domains: Mapping[Any, Any]) -> list[dict[Any, Any]]:
    """The smallest admissible integers of the integer parameters (a few larger ones after), every
    other parameter at exact rationals of its domain."""
    options = {}
    for s in symbols:
        d = domains.get(s)
        if getattr(d, "kind", None) == "integer":
            small = _integer_points(s, domains, 40)
            options[s] = (small[:3] + small[9::10])[:DIRECT_POINTS] or small
        elif getattr(d, "kind", None) == "real":
            options[s] = _real_points(s, domains)
        else:
            return []
    return [{s: opts[i % len(opts)] for s, opts in options.items()} for i in range(DIRECT_POINTS)
            if all(options.values())]


def direct_summation_refutes(a: Any, b: Any, domains: Mapping[Any, Any], dps: int) -> dict[str, str] | None:
    """A point where ``a`` and ``b`` (holding sums or products) differ when every sum is added up
    term by term in exact arithmetic (SymPy's numeric ``doit`` of a long sum uses its own, possibly
    wrong, closed form), an infinite series bounded in balls (:mod:`verify.certify_series`); None
    when they agree there or no point could be evaluated. Agreement proves nothing."""
    a, b = sympy.sympify(a), sympy.sympify(b)
    if a.atoms(sympy.core.function.AppliedUndef) or b.atoms(sympy.core.function.AppliedUndef):
        return None
    if any(lim[2] == sympy.oo for n in (a - b).atoms(sympy.Sum) for lim in n.limits):
        # An infinite series has no last term: bounded in balls with a proven tail instead.
        from .certify_series import series_refutes
        return series_refutes(a, b, domains, dps)
    diff = a - b  # a name on both sides (S − Σ … vs S − …) cancels here
    symbols = sorted(diff.free_symbols, key=sympy.srepr)
    for point in _points(symbols, domains):
        try:
            dv = _direct(diff.xreplace(point), [DIRECT_BUDGET])
            if dv.free_symbols:
                continue
            va, vb = (_direct(e.xreplace(point), [DIRECT_BUDGET]) for e in (a, b))
            if dv.has(sympy.Float):  # a written decimal: equal up to its rounding
                scale = max([1] + [abs(sympy.N(v, 20)) for v in (va, vb) if sympy.N(v, 20).is_number])
                if not abs(sympy.N(dv, 20)) > sympy.Float("1e-12") * scale:
                    continue
            else:
                # Exact values: their difference, evaluated to its own relative precision, is not 0
                # (Σ n!/k! = ⌊e·n!⌋ differs from e·n! by less than 1 in 10^158 at n = 100).
                d1, d2 = sympy.N(dv, 15, maxn=2000), sympy.N(dv, 30, maxn=2000)
                if not (d1.is_Float and d2.is_Float and d1 != 0 and abs(d1 - d2) <= abs(d2) * sympy.Float("1e-10")):
                    continue
        except (_OverBudget, *_ERRORS):
            continue
        out = {str(s): str(v) for s, v in point.items()}
        out.update(derived=str(sympy.N(va, 15)), written=str(sympy.N(vb, 15)),
                   difference=str(sympy.N(dv, 15, maxn=2000)))
        return out
    return None
