"""Class 3 (review 3, SymPy trusted). A derivative through acot's jump at 0 (acot(y) = atan(1/y)).

A derivative through acot's jump: SymPy's (and mpmath's) acot is odd, acot(y) = atan(1/y), so it
jumps from −π/2 to π/2 at y = 0, where acot(0) = π/2.

g(y) = acot(y), y ∈ (−1, 1). SymPy differentiates it to −1/(1 + y²) everywhere; at y = 0 it
is not differentiable (not even continuous). acot has no denominator for the kernel to find,
and derivations/_rules_calculus.py:_NON_SMOOTH lists atan2 but not acot (nor acoth, arg,
SingularityFunction). A sound kernel refuses or fails: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

y_ = Param("y", Real(-1, 1))
y = y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.acot_derivative", title="rate of an angle", source="review3",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.acot(y)), "the angle whose cotangent is y"),),
    steps=(Differentiate(y, expect=-1 / (1 + y**2)),),
    route=Agreement("difference quotient away from 0", lambda y: -1 / (1 + mpmath.mpf(y)**2),
                    points=({"y": "0.5"}, {"y": "-0.5"}, {"y": "0.25"})),
)]
