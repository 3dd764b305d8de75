"""Control (review 3). Must pass. Differentiate where the parts are free, then follow the conditions.

f = x² gives df/dx = 2x (the definition alone rests on no condition); with x = y + z and
y = 2 − z, at the balanced point x = 2 the slope is 4.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
y_ = Param("y", Positive())
z_ = Param("z", Positive())
x, y, z = x_.symbol, y_.symbol, z_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="control.r3.pinned_through_linear_system_ok", title="slope of a square at a balanced point",
    source="review3", symbols=(x_, y_, z_),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),
              Premise("split", sp.Eq(x, y + z), "x is the sum of two parts"),
              Premise("total", sp.Eq(y, 2 - z), "the parts add up to 2")),
    steps=(Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2 * x), name="slope"),
           Substitute(mapping={x: 2}, expect=sp.Eq(sp.Subs(sp.Derivative(f, x), x, 2), 4))),
    route=Agreement("by hand", lambda: 4, points=({},)),
)]
