"""Class 3 (review 16, SymPy trusted): SymPy's integral of |sin cos| (SymPy issue #29072) is wrong once ωT > π, in the joint corner the integral certificate never visits.

A variant of r16_integral_joint_corner with another integrand: the file integrates p = ω|sin(ωt) cos(ωt)|
(the magnitude of the power ½ d/dt sin²(ωt) of an oscillator) from 0 to T, with ω, T ∈ (0, 2). SymPy 1.14
returns sin²(ω min(T, π/2ω)) − sin²(ωT)/2, which accounts for the sign change at t = π/2ω only: it is right
for ωT ≤ π and wrong beyond. At ω = T = 1.9 (ωT = 3.61) the integral is ∫₀^{3.61} |sin u cos u| du =
1 + sin²(3.61 − π)/2 = 1.1021, SymPy's value 1 − sin²(3.61)/2 = 0.8979. The wrong region is the high corner
of the box (2.5 % of it); the certificate draws three points one parameter at a time and scans only SymPy's
answer (non-analytic at ωT = π/2, where it is right). A sound kernel must fail the step.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

T_ = Param("T", Real(0, 2))
w_ = Param("w", Real(0, 2))
t_ = Param("t", Positive())
T, w, t = T_.symbol, w_.symbol, t_.symbol
p = sp.Symbol("p")

SYMPY = sp.sin(w * sp.Min(T, sp.pi / (2 * w)))**2 - sp.sin(T * w)**2 / 2

DERIVATIONS = [Derivation(
    id="attack.r16.integral_corner_rectified", title="rectified power of an oscillator", source="attack",
    symbols=(T_, w_, t_), parameters=("T", "w"),
    premises=(Premise("power", sp.Eq(p, w * sp.Abs(sp.sin(w * t) * sp.cos(w * t))), "the rectified power"),),
    steps=(Integrate(t, 0, T, expect=SYMPY),),
    route=Agreement("the power integrated by quadrature (at points with one sign change)",
                    lambda T, w: mpmath.quad(lambda s: w * abs(mpmath.sin(w * s) * mpmath.cos(w * s)),
                                             [0, mpmath.pi / (2 * w), T]),
                    points=({"T": "1", "w": "1"}, {"T": "3/2", "w": "3/2"}, {"T": "1", "w": "19/10"})),
)]
