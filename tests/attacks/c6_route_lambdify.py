"""Class 6 (routes, hooks and user code trusted): a route that evaluates the closed form
through SymPy (``lambdify`` of the last step's written form) instead of ``evaluate()``.

The route is the closed form itself and agrees by construction; the wrong result
``d(x³)/dx = 3x³`` (the step is wrong as well) is then only caught by the step check. A
sound kernel refutes the step: exit != 0 — and should not call this route independent.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
RESULT = 3 * x**3

DERIVATIONS = [Derivation(
    id="attack.c6.route_lambdify", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=RESULT),),
    route=Agreement("the slope", sp.lambdify(x, RESULT, "mpmath"), points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
)]
