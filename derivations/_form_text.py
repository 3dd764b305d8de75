"""Forms as text: ``srepr`` with an undefined function's assumptions, the arguments in their own order
(issue 16, item 6; review 17). The text forms cross processes in (:mod:`verify.wire`) and the key every
cache stores a verdict or a rule's output under (review 27: ``sympy.srepr`` drops ``Function('y',
positive=True)``'s assumption, so a verdict for a positive ``y`` was read back for a real one).

>>> import sympy
>>> form_text(sympy.Function("y", positive=True)(sympy.Symbol("t")))
"Function('y', positive=True)(Symbol('t'))"
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy.printing.repr import ReprPrinter

__all__ = ["form_text"]


#: Assumptions of an undefined function, in the order they are written (the fewest that imply the rest).
_FUNCTION_FACTS = ("positive", "negative", "nonnegative", "nonpositive", "zero", "nonzero", "integer", "rational",
                   "irrational", "real", "extended_real", "complex", "finite", "infinite", "imaginary", "even",
                   "odd", "prime", "composite", "commutative", "hermitian", "antihermitian", "algebraic",
                   "transcendental", "extended_positive", "extended_negative", "extended_nonnegative",
                   "extended_nonpositive", "extended_nonzero", "noninteger")


def _function_facts(func: Any) -> dict:
    """The fewest assumptions, in :data:`_FUNCTION_FACTS` order, that give ``func`` all of its own."""
    full = dict(getattr(func, "_explicit_class_assumptions", {}) or {})
    chosen: dict = {}
    for key in _FUNCTION_FACTS:
        if key in full and sympy.Function("_f", **chosen)._explicit_class_assumptions.get(key) != full[key]:
            chosen[key] = full[key]
    return chosen


class _FormPrinter(ReprPrinter):
    """``srepr``, with an undefined function's assumptions (``Function('y', positive=True)``), which
    SymPy's leaves out (review 17: a positive unknown function arrived as any real)."""

    def _print_UndefinedFunction(self, expr: Any) -> str:
        facts = "".join(f", {k}={v!r}" for k, v in _function_facts(expr).items())
        return f"Function({expr.__name__!r}{facts})"


def form_text(form: Any) -> str:
    """A SymPy object (an expression, a function class, a matrix) as ``srepr`` text, with an undefined
    function's assumptions. The arguments as they are: SymPy's ordered terms take ``complex()`` of every
    numeric factor, and an integral's is a quadrature (a third of the slowest corpus files' time went to
    printing forms)."""
    return _FormPrinter({"order": "none"}).doprint(form)
