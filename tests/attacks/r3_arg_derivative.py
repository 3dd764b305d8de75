"""Class 3 (review 3, SymPy trusted). A derivative through arg's jump (atan2 was on the kernel's non-smooth list; arg was not).

A derivative through arg's jump (atan2 was added to the kernel's non-smooth list; arg was not).

g(y) = arg(−1 + i y), the phase of a response just past resonance, jumps by 2π at y = 0
(π − atan y for y ≥ 0, −π − atan y for y < 0), so it is not differentiable there; SymPy
differentiates it to −1/(1 + y²) everywhere, and the domain of y, (−1, 1), contains 0.
derivations/_rules_calculus.py:_NON_SMOOTH lists atan2 but not arg (nor im(log(·))), so no
side condition is emitted. Same attack as r2_atan2_derivative with arg. A sound kernel
refuses or fails: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

y_ = Param("y", Real(-1, 1))
y = y_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.arg_derivative", title="rate of the phase across resonance", source="review3",
    symbols=(y_,), parameters=("y",),
    premises=(Premise("def", sp.Eq(g, sp.arg(-1 + sp.I * y)), "the phase of −1 + iy"),),
    steps=(Differentiate(y, expect=-1 / (1 + y**2)),),
    route=Agreement("difference quotient away from 0", lambda y: -1 / (1 + mpmath.mpf(y)**2),
                    points=({"y": "0.5"}, {"y": "-0.5"}, {"y": "0.25"})),
)]
