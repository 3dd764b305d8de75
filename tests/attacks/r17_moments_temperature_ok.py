"""Control (review 17). Must pass.

Moments of a thermal velocity component v ~ N(0, s²): μ_p = E|v|^p = s^p 2^{p/2} Γ((p+1)/2)/√π for p > 0. The
kinetic temperature is defined by the second moment, m μ_2 = T (k_B = 1): a condition that, with μ_2 = s² (the
general formula at p = 2), reads m s² = T, so the width s = √(T/m) > 0 follows T for every T > 0. In terms of T,
μ_p = (T/m)^{p/2} 2^{p/2} Γ((p+1)/2)/√π, and dμ_p/dT = (p/(2T)) μ_p (μ_p ∝ T^{p/2}).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Ref, SolveFor, Substitute

p_ = Param("p", Real(sp.Rational(1, 2), 10)); s_ = Param("s", Positive()); m_ = Param("m", Positive()); T_ = Param("T", Positive())
p, s, m, T = (q.symbol for q in (p_, s_, m_, T_))
mu = sp.Function("mu")
CP = 2**(p / 2) * sp.gamma((p + 1) / 2) / sp.sqrt(sp.pi)
MU_T = (T / m)**(p / 2) * CP


def numeric(p, m, T):
    """d/dT of E|v|^p, the moment by quadrature against the Gaussian density of variance T/m, differentiated numerically."""
    p, m, T = (mpmath.mpf(v) for v in (p, m, T))

    def moment(t):
        var = t / m
        return 2 * mpmath.quad(lambda v: v**p * mpmath.exp(-v**2 / (2 * var)), [0, mpmath.sqrt(var), mpmath.inf]) \
            / mpmath.sqrt(2 * mpmath.pi * var)
    return mpmath.diff(moment, T)


DERIVATIONS = [Derivation(
    id="attack.r17.moments_temperature_ok", title="temperature dependence of the velocity moments", source="control",
    symbols=(p_, s_, m_, T_), parameters=("p", "m", "T"),
    premises=(Premise("mu_p", sp.Eq(mu(p), s**p * CP), "absolute moments of N(0, s²)"),
              Premise("temp", sp.Eq(m * mu(2), T), "kinetic temperature")),
    steps=(Substitute({p: 2}, on="mu_p", name="mu_2", expect=sp.Eq(mu(2), s**2)),
           Substitute({mu(2): Ref("mu_2")}, on="temp", name="equip", expect=sp.Eq(m * s**2, T)),
           SolveFor(s, name="width", expect=sp.Eq(s, sp.sqrt(T / m))),
           Substitute({s: Ref("width")}, on="mu_p", expect=sp.Eq(mu(p), MU_T)),
           Differentiate(T, expect=sp.Eq(sp.Derivative(mu(p), T), p / (2 * T) * MU_T))),
    route=Agreement("the moment by Gaussian quadrature, differentiated numerically in T", numeric,
                    points=({"p": 3, "m": 1, "T": 2}, {"p": "0.7", "m": "2.5", "T": "0.3"}, {"p": "6.5", "m": 4, "T": 9})),
)]
