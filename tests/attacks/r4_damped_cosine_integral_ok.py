"""Control (review 4). Must pass. Laplace transform of a damped cosine, ∫_0^∞ e^{-γt} cos(ωt) dt = γ/(γ²+ω²), γ, ω > 0."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise

t_, g_, w_ = Param("t", Positive()), Param("gamma", Positive()), Param("omega", Positive())
t, g, w = t_.symbol, g_.symbol, w_.symbol
F = sp.Symbol("F")

DERIVATIONS = [Derivation(
    id="attack.r4.damped_cosine_integral_ok", title="response of a damped oscillator", source="control",
    symbols=(t_, g_, w_), parameters=("gamma", "omega"),
    premises=(Premise("signal", sp.Eq(F, sp.exp(-g * t) * sp.cos(w * t)), "a damped cosine"),),
    steps=(Integrate(t, 0, sp.oo, expect=g / (g**2 + w**2)),),
    route=Agreement("quadrature", lambda gamma, omega: mpmath.quad(
        lambda s: mpmath.exp(-mpmath.mpf(gamma) * s) * mpmath.cos(mpmath.mpf(omega) * s), [0, mpmath.inf]),
        points=({"gamma": 1, "omega": 2}, {"gamma": 3, "omega": "0.5"}, {"gamma": "0.7", "omega": 1})),
)]
