"""Class 3 (SymPy trusted), built on SymPy issue #27236: the left limit of a step written as a Piecewise.

``f = 1 for x < 0, −1 otherwise``: the left limit at 0 is 1; SymPy answers −1 (reproduced
with the installed SymPy). A sound kernel certifies a one-sided limit (the form must hold
on the stated side, or be checked numerically there): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.s.piecewise_left_limit", title="a switch from the left", source="SymPy issue #27236",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Piecewise((1, x < 0), (-1, True))), "the switch"),),
    steps=(Limit(x, 0, "-", expect=-1),),
    route=Agreement("SymPy's limit", lambda: -1, points=({},)),
)]
