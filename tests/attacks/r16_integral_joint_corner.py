"""Class 3 (review 16, SymPy trusted): SymPy's distance travelled by an oscillator is wrong once ωT > 2π, in the joint corner of two parameters that the integral certificate never visits.

The file integrates the speed of x(t) = −cos(ωt), v = ω|sin(ωt)|, from 0 to T with ω, T ∈ (0, 3). SymPy 1.14
returns cos(ωT) − 2 cos(ω min(T, π/ω)) + 1, which accounts for the turning point at t = π/ω only: it is right
for ωT ≤ 2π and wrong beyond, where the oscillator turns again. At ω = T = 3 (ωT = 9) the distance is
∫₀⁹ |sin u| du = 5 − cos(9 − 2π) = 5.9111, SymPy's value is cos 9 + 3 = 2.0889. The wrong region ωT > 2π is
the high corner of the box (5 % of it). The integral certificate needs only three agreeing points, drawn one
parameter at a time (bulk / near the low end / near the high end, never all parameters high together as
the confirmation of identities does), and scans SymPy's answer for where it is not analytic (ωT = π,
where it is right); the answer is analytic across ωT = 2π, where the integrand's next kink enters the
range. A sound kernel must look where the kinks of the integrand (zeros of the argument of |·|) cross the
ends of the range as the parameters move, and put the parameters in their corners together: failed.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

T_ = Param("T", Real(0, 3))
w_ = Param("w", Real(0, 3))
t_ = Param("t", Positive())
T, w, t = T_.symbol, w_.symbol, t_.symbol
v = sp.Symbol("v")

SYMPY = sp.cos(T * w) - 2 * sp.cos(w * sp.Min(T, sp.pi / w)) + 1

DERIVATIONS = [Derivation(
    id="attack.r16.integral_joint_corner", title="distance travelled by an oscillator", source="attack",
    symbols=(T_, w_, t_), parameters=("T", "w"),
    premises=(Premise("speed", sp.Eq(v, w * sp.Abs(sp.sin(w * t))), "the speed of x = -cos(wt)"),),
    steps=(Integrate(t, 0, T, expect=SYMPY),),
    route=Agreement("the speed integrated by quadrature (at points with one turning point)",
                    lambda T, w: mpmath.quad(lambda s: w * abs(mpmath.sin(w * s)), [0, mpmath.pi / w, T]),
                    points=({"T": "2", "w": "2"}, {"T": "2", "w": "5/2"}, {"T": "1", "w": "5/2"})),
)]
