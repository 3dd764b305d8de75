"""Class 3 (SymPy trusted): a truncated (≃) series evaluated far from its centre.

``e^{−x} ≃ 1 − x + x²/2 − x³/6`` about 0; specialized at ``x = 10`` it says
``e^{−10} ≃ −377/3``. A ``≃`` result may not be specialized outside the neighbourhood the
series holds in. A sound kernel: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.truncated_far", title="decay at x = 10", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.exp(-x)), "the decay"),),
    steps=(SeriesExpand(x, 0, 4, expect=1 - x + x**2 / 2 - x**3 / 6),
           Substitute(mapping={x: 10}, expect=sp.Rational(-377, 3))),
    route=Agreement("the value", lambda: mpmath.mpf(-377) / 3, points=({},)),
)]
