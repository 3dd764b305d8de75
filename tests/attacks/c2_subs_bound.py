"""Class 2 (substitution into bound variables): rewriting inside ``Subs(xy, x, 1)``.

``g = (xy)|_{x=1}`` is y. Substituting ``xy = z`` inside the Subs operand gives ``z|_{x=1} = z``:
the x of the Subs is bound to 1. A sound kernel refuses: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Substitute

x_, y_, z_ = Param("x", Positive()), Param("y", Positive()), Param("z", Positive())
x, y, z = x_.symbol, y_.symbol, z_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.subs_bound", title="a product at x = 1", source="attack",
    symbols=(x_, y_, z_), parameters=("z",),
    premises=(Premise("def", sp.Eq(g, sp.Subs(x * y, x, 1)), "the product at x = 1"),
              Premise("area", sp.Eq(x * y, z), "the area is z")),
    steps=(Substitute(using="area", on="def", expect=sp.Subs(z, x, 1)),
           Rewrite(expect=z)),
    route=Agreement("the value", lambda z: z, points=({"z": 1}, {"z": 2}, {"z": 3})),
)]
