"""Where a formula is smooth: the allow-list behind derivatives, Jacobians and limits at symbolic points.

SymPy differentiates ``|x|`` to ``sign(x)``, ``arg(−1 + iy)`` to ``−1/(1 + y²)`` and
``acot(y)`` likewise, also at the jump; it takes a limit at a symbolic point by substitution.
Those answers hold only where the formula is smooth in the variable. A deny-list of
non-smooth functions always misses one (arg, acot, SingularityFunction, ...), so this is an
allow-list: every function of the variable must be one known analytic where it is finite
(polynomials and rational functions, exp, the trigonometric and hyperbolic functions, erf,
gamma, ...), or one smooth under a stated condition on its argument (log or a fractional
power off their cut, asin inside (−1, 1), |u| where u ≠ 0, ...), which becomes an obligation.
Anything else is refused, naming the function.
"""

from __future__ import annotations

from typing import Any

import sympy

from ._rules_base import Obligation, RuleError

__all__ = ["algebraic_in", "smoothness_conditions"]

#: Analytic wherever they are finite (entire, or meromorphic: a pole is not finite), for any argument.
_ANALYTIC = (sympy.exp, sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc,
             sympy.sinh, sympy.cosh, sympy.tanh, sympy.coth, sympy.sech, sympy.csch,
             sympy.erf, sympy.erfc, sympy.erfi, sympy.gamma, sympy.sinc, sympy.fresnels, sympy.fresnelc,
             sympy.Si, sympy.Shi, sympy.re, sympy.im, sympy.conjugate)
#: Analytic on a neighbourhood of the real line: smooth where the argument is real.
_REAL_ANALYTIC = (sympy.atan, sympy.asinh)
#: Smooth where a real argument keeps off a branch point or jump: the condition, as a function of it.
_REAL_WHERE = {
    sympy.acot: lambda u: ("nonzero", u, f"acot jumps at 0: {u} ≠ 0"),
    sympy.asin: lambda u: ("positive", 1 - u**2, f"asin is smooth inside (−1, 1): 1 − ({u})² > 0"),
    sympy.acos: lambda u: ("positive", 1 - u**2, f"acos is smooth inside (−1, 1): 1 − ({u})² > 0"),
    sympy.atanh: lambda u: ("positive", 1 - u**2, f"atanh is smooth inside (−1, 1): 1 − ({u})² > 0"),
    sympy.acosh: lambda u: ("positive", u - 1, f"acosh is smooth above 1: {u} − 1 > 0"),
    sympy.LambertW: lambda u: ("positive", u + sympy.exp(-1), f"W is smooth above −1/e: {u} + 1/e > 0"),
}
#: Smooth where their argument is non-zero (a kink or a jump at 0).
_OFF_ZERO = (sympy.Abs, sympy.sign, sympy.Heaviside)
#: Opaque names and operators on them: a name is what its definition makes it, checked there.
_NAMES = (sympy.core.function.AppliedUndef, sympy.Derivative, sympy.Subs)


def _real(u: Any) -> bool:
    """Whether ``u`` is real wherever it is finite (``(1 + y)/(1 − y)`` for real y: SymPy's
    assumptions say only "maybe", for the pole)."""
    u = sympy.sympify(u)
    if u.is_extended_real is True:
        return True
    if isinstance(u, _NAMES):
        return True  # a name is a real quantity, as the kernel samples it (a definition with I is checked there)
    if isinstance(u, (sympy.Add, sympy.Mul)):
        return all(_real(a) for a in u.args)
    if isinstance(u, sympy.Pow):
        return bool(u.exp.is_integer) and _real(u.base)
    return False


def algebraic_in(expr: Any, var: Any) -> bool:
    """Whether ``expr`` is built from ``var`` by +, ×, and constant rational powers (and terms free of it).

    Two such functions that agree at infinitely many points agree everywhere (their
    difference is algebraic with finitely many zeros unless it is 0), so on an unbounded
    set of integers the form fixes its extension to real ``var``.
    """
    expr = sympy.sympify(expr)
    if not expr.has(var) or expr == var:
        return True
    if isinstance(expr, (sympy.Add, sympy.Mul)):
        return all(algebraic_in(a, var) for a in expr.args)
    if isinstance(expr, sympy.Pow):
        return expr.exp.is_Rational is True and algebraic_in(expr.base, var)
    return False


def _off_cut(u: Any, what: str) -> list[Obligation]:
    """``u`` keeps off the principal branch cut (−∞, 0] (of log, fractional powers and arg).

    Asked as one sign condition the kernel can prove or refute: none where ``re u`` is
    provably positive; else ``u ≠ 0`` for a real ``u`` (arg jumps at 0) or ``im u ≠ 0`` (the
    cut is crossed only where ``im u`` vanishes; asking it everywhere may refuse more than
    needed, never less).
    """
    if sympy.re(u).is_positive:
        return []
    if _real(u):
        return [Obligation("nonzero", u, f"{what} is smooth off its cut: {u} ≠ 0")]
    return [Obligation("nonzero", sympy.im(u), f"{what} is smooth off its branch cut (−∞, 0]: "
                                               f"im({u}) ≠ 0")]


def smoothness_conditions(expr: Any, var: Any) -> list[Obligation]:
    """The conditions for ``expr`` to be smooth in ``var`` where it is finite; RuleError if unknown.

    Each obligation is a condition on the domain (a caller taking a limit at a point
    substitutes the point into it).
    """
    out: list[Obligation] = []
    _walk(sympy.sympify(expr), var, out)
    seen, unique = set(), []
    for o in out:
        if (o.kind, o.expr) not in seen:
            seen.add((o.kind, o.expr))
            unique.append(o)
    return unique


def _refuse(node: Any, var: Any, why: str = "") -> RuleError:
    return RuleError(f"{node} is not known to be smooth in {var}{why}: the kernel allows only functions "
                     f"analytic where finite (or smooth under a stated condition); split the domain, write "
                     f"the form on each piece, or rewrite it with such functions")


def _walk(node: Any, var: Any, out: list[Obligation]) -> None:
    if not node.has(var) or node.is_Atom:
        return
    if isinstance(node, _NAMES):
        return
    if isinstance(node, (sympy.Add, sympy.Mul, sympy.Tuple)) or isinstance(node, sympy.MatrixBase):
        for a in (node if isinstance(node, sympy.MatrixBase) else node.args):
            _walk(sympy.sympify(a), var, out)
        return
    if isinstance(node, sympy.Pow):
        base, exponent = node.args
        _walk(base, var, out)
        _walk(exponent, var, out)
        if exponent.is_integer and not exponent.has(var) or base.is_positive:
            return  # a polynomial, a pole, or a positive base: analytic where finite
        if _real(base):
            # A real base's power is continuous along the real line; with the exponent varying,
            # |base|^e is smooth only where the base is not 0.
            if exponent.has(var):
                out.append(Obligation("nonzero", base, f"{node} is smooth in {var}: {base} ≠ 0"))
            return
        out += _off_cut(base, f"{node}")
        return
    if isinstance(node, sympy.log):
        _walk(node.args[0], var, out)
        if len(node.args) == 1 and not _real(node.args[0]):
            out += _off_cut(node.args[0], f"{node}")
        elif len(node.args) != 1:
            raise _refuse(node, var)
        return
    if isinstance(node, sympy.arg):
        u = node.args[0]
        _walk(u, var, out)
        # arg jumps where u crosses (−∞, 0] (for real u: at 0, from π to 0).
        out += _off_cut(u, f"{node}")
        return
    if isinstance(node, _ANALYTIC):
        for a in node.args:
            _walk(a, var, out)
        return
    if isinstance(node, _REAL_ANALYTIC) or type(node) in _REAL_WHERE:
        if len(node.args) != 1 or not _real(node.args[0]):
            raise _refuse(node, var, f" (its argument {node.args[0]} is not known to be real)")
        _walk(node.args[0], var, out)
        if type(node) in _REAL_WHERE:
            kind, e, text = _REAL_WHERE[type(node)](node.args[0])
            out.append(Obligation(kind, e, text))
        return
    if isinstance(node, _OFF_ZERO):
        u = node.args[0]
        _walk(u, var, out)
        out.append(Obligation("nonzero", u, f"{node} is differentiable: {u} ≠ 0 on the domain (no kink or jump)"))
        return
    if isinstance(node, (sympy.Max, sympy.Min)) and len(node.args) == 2:
        for a in node.args:
            _walk(a, var, out)
        u = node.args[0] - node.args[1]
        out.append(Obligation("nonzero", u, f"{node} is differentiable: {u} ≠ 0 on the domain (no kink)"))
        return
    if isinstance(node, sympy.atan2):
        for a in node.args:
            _walk(a, var, out)
        # jumps by 2π across y = 0 where x < 0; asked of y alone, to be safe
        u = node.args[0]
        out.append(Obligation("nonzero", u, f"{node} is differentiable: {u} ≠ 0 on the domain (no jump)"))
        return
    if isinstance(node, (sympy.Integral, sympy.Sum, sympy.Product)):
        for limit in node.limits:
            if isinstance(node, (sympy.Sum, sympy.Product)) and any(b.has(var) for b in limit[1:]):
                raise _refuse(node, var, " (a bound of a sum or product is an integer, not a smooth function)")
            for b in limit[1:]:
                _walk(sympy.sympify(b), var, out)
        _walk(node.function, var, out)
        return
    raise _refuse(node, var)
