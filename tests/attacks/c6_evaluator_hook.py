"""Class 6 (routes, hooks and user code trusted): an ``evaluator=`` hook ignoring the derived expression.

The steps derive ``f' = 3x²``; the evaluator returns ``x²`` whatever it is given, the
route agrees with it. A sound kernel checks the evaluator against the derived result at
points (or runs it in the child and compares): exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.evaluator_hook", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    evaluator=lambda expr, params: (mpmath.mpf(params["x"].numerator) / params["x"].denominator)**2,
    route=Agreement("the slope", lambda x: x**2, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)]
