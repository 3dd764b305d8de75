"""Control (review 3). Must pass. Follow the tie, differentiate in the variable it leaves free, then specialize.

f = x² and x = y + 1 give f = (y + 1)², which holds for every y (x moves with it): df/dy =
2(y + 1), and at y = 2 (the apparatus' value), 6.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
y_ = Param("y", Positive())
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="control.r3.pinned_through_tie_ok", title="slope of a square along a tie", source="review3",
    symbols=(x_, y_),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),
              Premise("pin", sp.Eq(y, 2), "y is fixed by the apparatus"),
              Premise("tie", sp.Eq(x, y + 1), "x sits one unit above y")),
    steps=(Substitute(mapping={x: Ref("tie")}, expect=sp.Eq(f, (y + 1)**2)),
           Differentiate(y, expect=sp.Eq(sp.Derivative(f, y), 2 * (y + 1))),
           Substitute(mapping={y: 2}, expect=sp.Eq(sp.Subs(sp.Derivative(f, y), y, 2), 6))),
    route=Agreement("by hand", lambda: 6, points=({},)),
)]
