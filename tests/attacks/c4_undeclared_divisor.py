"""Class 4 (premises and domains never checked): a division by an undeclared symbol.

``s`` is never declared; dividing ``f (s − 1) = 0`` by ``s − 1`` gives ``f = 0``, but at
s = 1 f is unconstrained. An undeclared symbol is sampled on ℝ and the root s = 1 is never
hit. Every free symbol must be declared: a sound kernel refuses (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, DivideBoth, Param, Positive, Premise

x_ = Param("x", Positive())
s = sp.Symbol("s")
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.undeclared_divisor", title="a cancelled factor", source="attack",
    symbols=(x_,),
    premises=(Premise("law", sp.Eq(f * (s - 1), 0), "the balance"),),
    steps=(DivideBoth(divisor=s - 1, expect=sp.Eq(f, 0)),),
    route=Agreement("the value", lambda: 0, points=({},)),
)]
