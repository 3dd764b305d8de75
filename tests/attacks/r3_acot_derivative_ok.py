"""Control (review 3). Must pass. acot's derivative on y ∈ (0, 1), away from its jump at 0.

g(y) = acot(y) = atan(1/y) is smooth for y ≠ 0: g' = −1/(1 + y²) on (0, 1).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

y_ = Param("y", Real(0, 1))
y = y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="control.r3.acot_derivative_ok", title="rate of an angle", source="review3",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.acot(y)), "the angle whose cotangent is y"),),
    steps=(Differentiate(y, expect=-1 / (1 + y**2)),),
    route=Agreement("by hand", lambda y: -1 / (1 + mpmath.mpf(y)**2),
                    points=({"y": "0.5"}, {"y": "0.75"}, {"y": "0.25"})),
)]
