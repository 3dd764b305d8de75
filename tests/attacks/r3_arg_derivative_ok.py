"""Control (review 3). Must pass. The phase's derivative on a side of resonance, where arg is smooth.

g(y) = arg(−1 + i y) on y ∈ (0, 1): im(−1 + iy) = y ≠ 0 there, so the point keeps off
arg's cut and g' = −1/(1 + y²).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

y_ = Param("y", Real(0, 1))
y = y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="control.r3.arg_derivative_ok", title="rate of the phase above resonance", source="review3",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.arg(-1 + sp.I * y)), "the phase of −1 + iy"),),
    steps=(Differentiate(y, expect=-1 / (1 + y**2)),),
    route=Agreement("by hand", lambda y: -1 / (1 + mpmath.mpf(y)**2),
                    points=({"y": "0.5"}, {"y": "0.75"}, {"y": "0.25"})),
)]
