"""Class 3 (SymPy trusted): a series at an interior point expanded from one side.

``|x| ≃ x`` about 0 holds only for x > 0; x's domain (−1, 1) lies on both sides of 0. The
series must be taken from a stated side and its ``≃`` result must not be used on the
other. A sound kernel refuses (or the specialization to x = −1/2 fails): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(-1, 1))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.series_one_side", title="small-x magnitude", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(x)), "the magnitude"),),
    steps=(SeriesExpand(x, 0, 3, expect=x),
           Substitute(mapping={x: sp.Rational(-1, 2)}, expect=sp.Rational(-1, 2))),
    route=Agreement("the value", lambda: -0.5, points=({},)),
)]
