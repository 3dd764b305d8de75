"""Class 2 (substitution into bound variables): ``lim_{x→∞} x²`` with ``x² = y`` becomes ``y``.

The limit diverges, but substituting the premise ``x² = y`` into the limit's operand (SymPy
even rewrites the limit variable into ``√y``) gives a limit of a constant, ``y``. A sound
kernel never substitutes into a bound variable: refuse, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Substitute

x_, y_ = Param("x", Positive()), Param("y", Positive())
x, y = x_.symbol, y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.limit_square", title="growth of a square", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.Limit(x**2, x, sp.oo)), "the growth"),
              Premise("sq", sp.Eq(x**2, y), "the square is y")),
    steps=(Substitute(using="sq", on="def", expect=sp.Limit(x**2, x, sp.oo).subs(x**2, y)),
           Rewrite(expect=y)),
    route=Agreement("the value", lambda y: y, points=({"y": 1}, {"y": 2}, {"y": 3})),
)]
