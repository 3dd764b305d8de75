"""Class 5 (review 21, sampling called confirmation): an integral divergent on a wide band of its parameter, where SymPy's condition fails everywhere, is confirmed from points that all lie outside the band.

∫₀^∞ e^{−b x} cos x dx = b/(b² + 1) with b = t² + t + 3/16 = (t + ½)² − 1/16, t ∈ (−1, 2). The value holds only
where b > 0; for t ∈ (−¾, −¼) (a sixth of the domain) b < 0, the envelope e^{−bx} grows and the integral
diverges (t = −½: ∫₀^∞ e^{x/16} cos x dx has no value), yet b/(b² + 1) is finite there (−16/257 at t = −½). SymPy's
condition |2 arg(−b) + 2π| < π is false for every real t, so certify_condition certifies the value at the 9
sampled points of the "failing" part, which is the whole domain; with this id they are t ≈ 1.905, −0.981, 2,
0.285, −0.984, 2, 0.053, 0.680, 0.212, none in (−¾, −¼), and all converge and agree: `confirmed`, exit 0.
Review 20's `every=True` only requires that the sampled points converge. A sound kernel must establish
convergence where SymPy's condition says nothing: e.g. bound the integrand by its envelope (e^{−bx}: needs
b > 0, a sign that ball arithmetic refutes at t = −½) or find the divergent part from the integrand's growth.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); t_ = Param("t", Real(-1, 2))
x, t = (q.symbol for q in (x_, t_))
g = sp.Symbol("g")
b = t**2 + t + sp.Rational(3, 16)
DERIVATIONS = [Derivation(
    id="attack.r21.integral_divergent_band_between_points", title="damped cosine", source="attack",
    symbols=(x_, t_), parameters=("t",),
    premises=(Premise("integrand", sp.Eq(g, sp.exp(-b * x) * sp.cos(x)), "e^{-bx} cos x"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(g, (x, 0, sp.oo)), b / (b**2 + 1))),),
    route=Agreement("quadrature, period by period",
                    lambda t: mpmath.quadosc(lambda s: mpmath.exp(-(mpmath.mpf(t)**2 + mpmath.mpf(t) + mpmath.mpf(3) / 16) * s) * mpmath.cos(s), [0, mpmath.inf], omega=1),
                    points=({"t": "0.5"}, {"t": "1.5"}, {"t": "-0.9"})),
)]
