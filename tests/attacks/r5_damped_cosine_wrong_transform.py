"""Class 3 (review 4, an infinite-range integral). ∫_0^∞ e^{-γt} cos(ωt) dt written as ω/(γ²+ω²) (the sine's transform): the quadrature that no longer refutes on its own must not let it through. Must be refused."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise

t_, g_, w_ = Param("t", Positive()), Param("gamma", Positive()), Param("omega", Positive())
t, g, w = t_.symbol, g_.symbol, w_.symbol
F = sp.Symbol("F")

DERIVATIONS = [Derivation(
    id="attack.r5.damped_cosine_wrong_transform", title="response of a damped oscillator", source="review4",
    symbols=(t_, g_, w_), parameters=("gamma", "omega"),
    premises=(Premise("signal", sp.Eq(F, sp.exp(-g * t) * sp.cos(w * t)), "a damped cosine"),),
    steps=(Integrate(t, 0, sp.oo, expect=w / (g**2 + w**2)),),
    route=Agreement("quadrature", lambda gamma, omega: mpmath.quad(
        lambda s: mpmath.exp(-mpmath.mpf(gamma) * s) * mpmath.cos(mpmath.mpf(omega) * s), [0, mpmath.inf]),
        points=({"gamma": 1, "omega": 2}, {"gamma": 3, "omega": "0.5"}, {"gamma": "0.7", "omega": 1})),
)]
