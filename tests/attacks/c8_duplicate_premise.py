"""Class 8 (presentation and crashes): two premises with the same name.

Two premises are called "def" (``f = x³`` and ``f = 0``); which one a step uses is an
accident. A sound kernel refuses duplicate names with one line: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Property, Ref, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.duplicate_premise", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"), Premise("def", sp.Eq(f, 0), "at rest")),
    steps=(Substitute(using="def", on="def", expect=0),),
    route=Agreement("the slope", lambda x: 3 * x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
