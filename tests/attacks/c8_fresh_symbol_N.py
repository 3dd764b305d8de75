"""Class 8 (presentation and crashes): a fresh ``Symbol("N")`` beside the positive parameter N.

The declared parameter N is positive; the file's own ``Symbol("N")`` has no assumptions, so
SymPy treats it as a different symbol that prints the same. The step "defines" it as 2 and
the report boxes ``N = 2``, which reads as a statement about the parameter. A fresh name
that prints like an existing symbol must be refused: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

N_ = Param("N", Positive())
N = N_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c8.fresh_symbol_N", title="the size", source="attack",
    symbols=(N_,),
    premises=(Premise("def", sp.Eq(f, 2), "the size"),),
    steps=(Rewrite(expect=sp.Eq(sp.Symbol("N"), 2)),),
    route=Agreement("the size", lambda: 2, points=({},)),
)]
