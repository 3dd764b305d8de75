"""Class 8 (presentation and crashes): a Cyrillic ``х`` (U+0445) beside the Latin parameter x.

The step's left-hand side is ``Symbol("х")`` with a Cyrillic letter, a "fresh" name that
prints exactly like the parameter x; the report boxes ``х = 0``. A fresh name that is a
Unicode confusable of an existing symbol must be refused: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.cyrillic_x", title="the origin", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, 0), "the origin"),),
    steps=(Rewrite(expect=sp.Eq(sp.Symbol("\u0445"), 0)),),
    route=Agreement("the origin", lambda: 0, points=({},)),
)]
