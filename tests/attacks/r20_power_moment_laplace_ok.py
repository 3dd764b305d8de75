"""Control (review 20). Must pass.

Laplace transform of a power: ∫_0^∞ t^ν e^{−st} dt = Γ(ν + 1)/s^{ν+1} for ν > −1 and s > 0.

Refused (exit 1, inconclusive): step 1 "certified by quadrature on an infinite range ... at only 7 of 18 points".
Traced (verify/certify_integrals.py::certify_integral): 11 points have ν within 10⁻⁵…10⁻⁸ of the open end −1
(mass of t^ν e^{−st} near t ≈ e^{−1/(ν+1)}, beyond tanh–sinh: quadrature ≈ 60–97 against 10⁵–10⁸) or ν ≈ 10⁸ with
a far peak; they are undecided, and the sampler (log-spaced towards the open end) draws too many of them for the
wanted count. The Gamma definition ∫ t^{z−1}e^{−t} (one parameter, z > 0) passes.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

t_ = Param("t", Positive()); s_ = Param("s", Positive()); n_ = Param("nu", Real(-1, None), latex=r"\nu")
t, s, nu = (q.symbol for q in (t_, s_, n_))
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r20.power_moment_laplace_ok", title="Laplace transform of t^ν", source="control",
    symbols=(t_, s_, n_), parameters=("s", "nu"),
    premises=(Premise("signal", sp.Eq(f, t**nu * sp.exp(-s * t)), "power times decay"),),
    steps=(Integrate(t, 0, sp.oo, expect=sp.Eq(sp.Integral(f, (t, 0, sp.oo)), sp.gamma(nu + 1) / s**(nu + 1))),),
    route=Agreement("quadrature, in v = log t below t = 1",
                    lambda s, nu: mpmath.quad(lambda v: mpmath.exp((mpmath.mpf(nu) + 1) * v - mpmath.mpf(s) * mpmath.exp(v)), [-mpmath.inf, 0])
                    + mpmath.quad(lambda u: u**mpmath.mpf(nu) * mpmath.exp(-mpmath.mpf(s) * u), [1, mpmath.inf]),
                    points=({"s": 1, "nu": 2}, {"s": "0.5", "nu": "-0.5"}, {"s": 3, "nu": "1.5"})),
)]
