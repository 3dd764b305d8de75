"""Class 3 (review 2, SymPy trusted). A derivative through atan2's jump (not in the kernel's list of non-smooth functions).

g(y) = atan2(y, −1) jumps by 2π at y = 0 (from −π below to π at and above), so it is not
differentiable there; SymPy differentiates it to −1/(1 + y²) everywhere, and the domain of
y, (−1, 1), contains 0. derivations/_rules.py:_differentiable asks for the switching argument
of Abs, sign, Heaviside, Max/Min to be non-zero, and refuses floor/Piecewise, but atan2 is
in neither list. (c3_abs_derivative_at_zero is the |x| case.) A sound kernel refuses or
fails: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

y_ = Param("y", Real(-1, 1))
y = y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r2.atan2_derivative", title="rate of the polar angle left of the origin", source="review2",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.atan2(y, -1)), "the polar angle of (−1, y)"),),
    steps=(Differentiate(y, expect=-1 / (1 + y**2)),),
    route=Agreement("difference quotient away from 0", lambda y: -1 / (1 + __import__("mpmath").mpf(y)**2),
                    points=({"y": "0.5"}, {"y": "-0.5"}, {"y": "0.25"})),
)]
