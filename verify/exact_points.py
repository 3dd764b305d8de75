"""A form at exact parameter values, without exact arithmetic that never ends (review 19).

The certificates put a point's values into a form exactly (``x**(2k − 2)`` at ``k = 3`` is
``x**4``, an entire function, not a power with a branch cut). But a corner of two positive
parameters makes ``θ^k`` at ``θ = k = 10⁸`` an integer of 8·10⁸ digits, and ``x_m^α`` at
``α = 2 + 8·10⁻¹²`` asks SymPy for a 10¹¹-th root: exact evaluation runs for hours in C code no
time budget interrupts; so does ``Γ(k)`` at ``k = 10⁸``. Such a power or function of numbers (free
of the integration variable) is put in as a number of the working precision instead; every
other value stays exact.

    >>> import sympy
    >>> x, k, theta = sympy.symbols("x k theta", positive=True)
    >>> exact_at(x**(2*k - 2), {k: 3}, {x})
    x**4
    >>> big = exact_at(theta**k * x, {k: 10**8, theta: 10**8}, {x})
    >>> big.args[0].is_Float and str(big.args[0])[:8]
    '1.000000'
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import sympy

__all__ = ["exact_at"]

#: Digits of the numbers put in for powers too costly to evaluate exactly.
_DIGITS = 80
#: Above these sizes a power of numbers is not evaluated exactly.
_MAX_ROOT = 10**4          # the denominator of a rational exponent (a q-th root)
_MAX_DIGITS = 1000         # the digits of a power's exact value (printing one of 4300 raises)
_MAX_ARGUMENT = 400        # a function's rational argument (Γ(n) is n! exactly: 869 digits at 400)


def exact_at(expr: Any, values: Mapping[Any, Any], keep: Iterable[Any] = ()) -> Any:
    """``expr`` with ``values`` put in exactly, except powers and functions of numbers too costly to
    evaluate exactly (free of the symbols in ``keep``), which become Floats of :data:`_DIGITS` digits."""
    expr = sympy.sympify(expr)
    exact = {s: sympy.Rational(v) if not isinstance(v, sympy.Basic) else v for s, v in values.items()}
    keep = set(keep)
    costly: dict = {}
    nodes = [n for n in expr.atoms(sympy.Pow, sympy.Function)
             if not isinstance(n, sympy.core.function.AppliedUndef) and not n.free_symbols & keep
             and n.free_symbols & set(exact)]
    # innermost first: a costly node inside another is a number by the time the outer one is judged
    for node in sorted(nodes, key=sympy.count_ops):
        args = [a.xreplace(costly).xreplace(exact) for a in node.args]
        if _costly(node, args):
            costly[node] = _number(node.func(*args, evaluate=False))
    return expr.xreplace(costly).xreplace(exact) if costly else expr.xreplace(exact)


def _costly(node: Any, args: list) -> bool:
    if not all(a.is_number for a in args):
        return False
    if isinstance(node, sympy.Pow):
        base, exp = args
        if exp.is_Rational and not exp.is_Integer:
            # SymPy raises the base to the exponent's numerator before it takes the root
            return exp.q > _MAX_ROOT or _digits(base) * abs(exp.p) > _MAX_DIGITS
        if exp.is_Integer:
            return _digits(base) * abs(exp) > _MAX_DIGITS
        return False
    # Γ(10⁸), a binomial of 10⁸: functions evaluated exactly on large rationals
    return any(a.is_Rational and (abs(a.p) > _MAX_ARGUMENT or a.q > _MAX_ARGUMENT) for a in args)


def _digits(base: Any) -> Any:
    if base.is_Rational:  # from the bit lengths: str() of a 5000-digit integer raises
        return max(abs(base.p).bit_length(), base.q.bit_length()) * 0.30103 + 1
    return 1


def _number(node: Any) -> Any:
    value = node.evalf(_DIGITS)
    return value if value.is_number else node
