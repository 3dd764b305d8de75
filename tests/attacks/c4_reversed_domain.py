"""Class 4 (premises and domains never checked): a reversed interval ``Real(2, 1)``.

Empty as written (lo > hi). A sound kernel refuses it at construction with a one-line
error (exit != 0, no traceback) instead of sampling an empty set.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(2, 1))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.reversed_domain", title="a vacuous identity", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "the quantity"),),
    steps=(Rewrite(expect=x**3),),
    route=Agreement("the value", lambda: 1, points=({},)),
)]
