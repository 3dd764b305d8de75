"""Class 2 (substitution into bound variables): rewriting inside a Limit's operand.

``g = lim_{x→∞} xy/(x + 1)`` is y. The equation ``xy = z`` substituted inside the limit
gives ``lim z/(x + 1) = 0``: the limit variable is bound. A sound kernel refuses to
substitute into a binder (or the step fails): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Substitute

x_, y_, z_ = Param("x", Positive()), Param("y", Positive()), Param("z", Positive())
x, y, z = x_.symbol, y_.symbol, z_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.limit_bound", title="large-x limit", source="attack",
    symbols=(x_, y_, z_),
    premises=(Premise("def", sp.Eq(g, sp.Limit(x * y / (x + 1), x, sp.oo)), "the saturation value"),
              Premise("area", sp.Eq(x * y, z), "the area is z")),
    steps=(Substitute(using="area", on="def", expect=sp.Limit(z / (x + 1), x, sp.oo)),
           Rewrite(expect=0)),
    route=Agreement("the limit", lambda: 0, points=({},)),
)]
