"""Class 8 (presentation and crashes): a property over a value instead of a domain.

``Property(..., over={"x": 3})``: a sound kernel refuses with one line naming the field (no
traceback): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Property, Ref, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.property_over_value", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    route=Agreement("the slope", lambda x: 3 * x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
    properties=(Property("positive", "the slope is positive", lambda x: 3 * x**2 > 0, {"x": 3}),),
)]
