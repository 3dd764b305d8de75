"""Class 2 (substitution into bound variables): rewriting inside a Derivative's operand.

``g = ∂(xy)/∂x`` is y. The equation ``xy = z`` substituted inside the derivative yields
``∂z/∂x = 0``: the x being differentiated is bound, and the product xy under ∂/∂x is not the
number xy. A sound kernel never substitutes into a binder's operand: refuse, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Substitute

x_, y_, z_ = Param("x", Positive()), Param("y", Positive()), Param("z", Positive())
x, y, z = x_.symbol, y_.symbol, z_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.derivative_bound", title="slope of a product", source="attack",
    symbols=(x_, y_, z_),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(x * y, x)), "the slope"),
              Premise("area", sp.Eq(x * y, z), "the area is z")),
    steps=(Substitute(using="area", on="def", expect=sp.Derivative(z, x)),
           Rewrite(expect=0)),
    route=Agreement("the slope", lambda: 0, points=({},)),
)]
