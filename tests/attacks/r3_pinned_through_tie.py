"""Class 1 (review 3, judgments). A variable pinned through a chain of conditions: y = 2 pins y, x = y + 1 ties x to it.

A variable pinned through a chain of conditions: y = 2 pins y, x = y + 1 ties x to it, so x = 3.

f = x² (a definition). Substituting the tie and then the pin gives f = 9, which holds only at
x = 3. Differentiate in x then derives df/dx = 0 (really 2x = 6). The kernel's test
(derivations/_context.py:pinning_condition) looks only at conditions that involve x: the tie
x = y + 1 can be kept true by moving y, which the right-hand side 9 does not contain — but y
is itself pinned by the other premise the form rests on. Variation of c1_tied_parameters /
c1_pinned_differentiate. A sound kernel refuses (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
y_ = Param("y", Positive())
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.pinned_through_tie", title="slope of a square at a tied point", source="review3",
    symbols=(x_, y_),
    premises=(Premise("def", sp.Eq(f, x**2), "the square"),
              Premise("pin", sp.Eq(y, 2), "y is fixed by the apparatus"),
              Premise("tie", sp.Eq(x, y + 1), "x sits one unit above y")),
    steps=(Substitute(mapping={x: Ref("tie")}, expect=sp.Eq(f, (y + 1)**2)),
           Substitute(mapping={y: Ref("pin")}, expect=sp.Eq(f, 9)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 0))),
    route=Agreement("the constant", lambda: 0, points=({},)),
)]
