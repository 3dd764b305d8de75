"""Class 5 (review 25, sampling called confirmation): the slowest-decay climb stops at a local maximum of a many-humped rate, so a narrow divergent band is never summed.

∫₀^∞ e^{−bx} cos x dx = b/(b² + 1) with b(t) = 1 + 10⁻⁴ + cos 40t − 10⁻³ e^{−10⁶(t − 7π/40)²}, t ∈ (−1, 2). b > 0 except
within ~10⁻³ of t* = 7π/40 ≈ 0.5498, where cos 40t* = −1 and b(t*) = −9·10⁻⁴: there e^{−bx} grows and the integral
diverges, while b/(b² + 1) ≈ −9·10⁻⁴ is finite. SymPy's condition fails on the domain, so its value is certified at
sampled points; `verify/certify_decay.slowest_decay_points` reads the rate −b(t) correctly but climbs it by coordinate
ascent from the 3 best drawn points, and −b has ~19 humps (every t with cos 40t = −1) each a local maximum at
−10⁻⁴ < 0; the climb ends on one of those, no point with positive rate joins the quadrature points, and all sampled
points converge and agree: `confirmed`, exit 0. Counterexample: t = 7π/40, where the left side has no value. Sound:
the rate's supremum over the domain must be bounded rigorously (interval/ball enclosure of −b on subintervals, or a
global optimizer with a certificate), not climbed locally; where positive values cannot be excluded, the step must
not be confirmed.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); t_ = Param("t", Real(-1, 2))
x, t = (q.symbol for q in (x_, t_))
g = sp.Symbol("g")
ts = 7 * sp.pi / 40
b = 1 + sp.Rational(1, 10**4) + sp.cos(40 * t) - sp.Rational(1, 1000) * sp.exp(-10**6 * (t - ts)**2)


def _b(t):
    t = mpmath.mpf(t)
    return 1 + mpmath.mpf(1) / 10**4 + mpmath.cos(40 * t) - mpmath.exp(-10**6 * (t - 7 * mpmath.pi / 40)**2) / 1000


DERIVATIONS = [Derivation(
    id="attack.r25.decay_climb_local_max", title="damped cosine", source="attack",
    symbols=(x_, t_), parameters=("t",),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(-b * x) * sp.cos(x)), "e^{-bx} cos x"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), b / (b**2 + 1))),),
    route=Agreement("quadrature, period by period",
                    lambda t: mpmath.quadosc(lambda s: mpmath.exp(-_b(t) * s) * mpmath.cos(s), [0, mpmath.inf], omega=1),
                    points=({"t": "0.5"}, {"t": "1.5"}, {"t": "-0.9"})),
)]
