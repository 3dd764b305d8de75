"""Class 8 (presentation and crashes): two derivations with the same id in one file.

The first is right, the second wrong (``d(x³)/dx = 2x``); a report keyed by id may show only
one. A sound kernel refuses the clash with one line (no traceback): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")


def _slope(result):
    return Derivation(
        id="attack.c8.duplicate_ids", title="slope of a cube", source="attack",
        symbols=(x_,), parameters=("x",),
        premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
        steps=(Differentiate(x, expect=result),),
        route=Agreement("the slope", lambda x: 3 * x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
    )


DERIVATIONS = [_slope(3 * x**2), _slope(2 * x)]
