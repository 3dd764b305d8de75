"""Class 4 (premises and domains never checked): premises that exclude the whole domain.

The premise says ``cosh x < 1/2``, which no real x satisfies (cosh ≥ 1); multiplying by
−1 gives the boxed ``−cosh x > −1/2``. Every step rests on an impossible premise. A sound kernel
refuses (no witness point): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, MultiplyBoth, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.c4.unsatisfiable_inequalities", title="a negative size", source="attack",
    symbols=(x_,),
    premises=(Premise("neg", sp.Lt(sp.cosh(x), sp.Rational(1, 2)), "the deficit regime"),),
    steps=(MultiplyBoth(factor=-1, expect=sp.Gt(-sp.cosh(x), -sp.Rational(1, 2))),),
    route=Agreement("the threshold", lambda: 0.5, points=({},)),
)]
