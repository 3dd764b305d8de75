"""A limit proved by continuity, on an allow-list (issue 16: SymPy proposes, the kernel certifies).

``lim_{x→x0} f = f(x0)`` holds when ``f`` is continuous at ``x0``. A deny-list of switches
(``Abs``, ``sign``, ...) is not enough: every function with a branch cut (``log``, non-integer
powers, ``Ei``, ``li``, ``Ci``, ``Chi``, ``expint``, ``loggamma``, ``besselk``, ``LambertW``)
is discontinuous across it, and SymPy's one-sided limits there are its value on the cut
(``lim_{x→0} Ei(−1 + ix)·Ei(−1 − ix)`` is ``Ei(−1)² + π²``, not SymPy's ``Ei(−1)²``). So
:func:`continuous_at` accepts only nodes it knows:

* sums, products, integer powers (a negative one with a base proved non-zero at ``x0``),
  and functions continuous wherever they are finite (entire or meromorphic ones, each
  required finite at ``x0``);
* functions with a cut, only where their argument at ``x0`` is proved off it: ``log`` and a
  non-integer power of a base proved positive (the cut is ``(−∞, 0]``), a base that vanishes
  under a positive constant exponent (then the power tends to 0 on every branch), ``atan``
  of a real argument, ``asin``/``acos`` of one in ``(−1, 1)``.

Anything else is not proved continuous: the limit is then certified by probing (from both
sides where asked), which sees the jump across a cut.
"""

from __future__ import annotations

from typing import Any, Mapping

import sympy

from derivations._domains import Domain

from .symbolic import _prove_sign, symbolic_zero

__all__ = ["continuous_at", "by_continuity"]

#: Continuous wherever finite (entire or meromorphic in their argument).
_CONTINUOUS_WHERE_FINITE = (sympy.exp, sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc,
                            sympy.sinh, sympy.cosh, sympy.tanh, sympy.coth, sympy.sech, sympy.csch,
                            sympy.gamma, sympy.erf, sympy.erfc, sympy.erfi, sympy.sinc)


def _finite(value: Any) -> bool:
    value = sympy.sympify(value)
    return not value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo) and value.is_finite is not False


def _positive(value: Any, domains: Mapping[Any, Domain]) -> bool:
    return value.is_positive is True or _prove_sign(value, "positive", domains)


def _node_continuous(node: Any, x: Any, x0: Any, domains: Mapping[Any, Domain]) -> bool:
    """Whether one node of ``f`` (its arguments checked separately) is continuous at ``x0``."""
    if node.is_Atom or node.is_Add or node.is_Mul:
        return True
    at = [sympy.sympify(a).subs(x, x0) for a in node.args]
    if not all(_finite(a) for a in at):
        return False
    if node.is_Pow:
        base, exp = at
        if node.exp.is_Integer:
            return int(node.exp) >= 0 or base.is_zero is False
        if _positive(base, domains):
            return True  # b^e = exp(e log b), off the cut of log
        # a vanishing base under a positive constant exponent: |b^e| = |b|^e → 0 on every branch
        return base.is_zero is True and not node.exp.has(x) and node.exp.is_positive is True
    if isinstance(node, _CONTINUOUS_WHERE_FINITE):
        return _finite(node.subs(x, x0))
    if isinstance(node, sympy.log) and len(node.args) == 1:
        return _positive(at[0], domains)
    if isinstance(node, sympy.atan):
        return at[0].is_extended_real is True
    if isinstance(node, (sympy.asin, sympy.acos)):
        return at[0].is_extended_real is True and _positive(1 - at[0] ** 2, domains)
    return False


def continuous_at(f: Any, x: Any, x0: Any, domains: Mapping[Any, Domain]) -> bool:
    """Whether every node of ``f`` that depends on ``x`` is continuous at ``x0`` (see the module)."""
    f = sympy.sympify(f)
    for node in sympy.preorder_traversal(f):
        if isinstance(node, sympy.Basic) and node.has(x) and not _node_continuous(node, x, x0, domains):
            return False
    return True


def by_continuity(f: Any, x: Any, x0: Any, value: Any, domains: Mapping[Any, Domain]) -> bool:
    """Whether ``lim_{x→x0} f = value`` is proved: ``f`` continuous at ``x0`` with that value there."""
    f = sympy.sympify(f)
    if not continuous_at(f, x, x0, domains):
        return False
    at = f.subs(x, x0)
    if not _finite(at):
        return False
    return symbolic_zero(at - value, domains) is not None
