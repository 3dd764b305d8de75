"""Class 8 (presentation and crashes): a string in ``steps``.

``steps=("Differentiate(x)",)``: a user slip. A sound kernel refuses it with one line naming
the step (no traceback): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Property, Ref, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.string_step", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=("Differentiate(x)",),
    route=Agreement("the slope", lambda x: 3 * x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
