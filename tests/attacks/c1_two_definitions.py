"""Class 1 (calculus where a form holds at one point only): two "definitions" of one name.

``f = x²`` and ``f = 4`` are both premises whose left-hand side is the name f, so both
count as definitions and nothing is pinned; together they hold only at ``x = ±2``.
Differentiating ``f = 4`` in x then gives ``df/dx = 0`` although ``df/dx = 2x``. A sound
kernel must treat the second premise as an equation (x is pinned) and refuse: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.two_definitions", title="slope of a level set", source="attack",
    symbols=(x_,),
    premises=(Premise("level", sp.Eq(f, 4), "the level we work at"),
              Premise("shape", sp.Eq(f, x**2), "the shape of f")),
    steps=(Differentiate(x, on="level", expect=sp.Eq(sp.Derivative(f, x), 0)),),
    route=Agreement("the slope of a constant", lambda: 0, points=({},)),
)]
