"""Class 1 (review 3, found while fixing the calc slice). A variable pinned by two equations together, neither alone.

f = x², premises x = y + z and y = 2 − z: together they fix x = 2, though each leaves it free
(the first can be kept true by moving y or z, the second does not involve x, and neither fixes
one variable alone). Substituting
gives f = 4, and Differentiate in x would derive df/dx = 0 (really 2x = 4). A sound kernel
solves the conditions together and refuses (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
y_ = Param("y", Positive())
z_ = Param("z", Positive())
x, y, z = x_.symbol, y_.symbol, z_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.pinned_through_linear_system", title="slope of a square at a balanced point", source="review3",
    symbols=(x_, y_, z_),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),
              Premise("split", sp.Eq(x, y + z), "x is the sum of two parts"),
              Premise("total", sp.Eq(y, 2 - z), "the parts add up to 2")),
    steps=(Substitute(mapping={x: Ref("split")}, expect=sp.Eq(f, (y + z)**2)),
           Substitute(mapping={y: Ref("total")}, expect=sp.Eq(f, 4)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 0))),
    route=Agreement("the constant", lambda: 0, points=({},)),
)]
