"""Control (review 3, a physicist's ordinary derivation): ∫_0^T e^{−t/τ} dt = τ (1 − e^{−T/τ}), τ, T > 0. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise

t_ = Param("t", Positive())
tau_ = Param("tau", Positive())
T_ = Param("T", Positive())
t, tau, T = t_.symbol, tau_.symbol, T_.symbol
n = sp.Symbol("n")

DERIVATIONS = [Derivation(
    id="attack.r3c.exp_decay_integral_ok", title="decays counted up to T", source="control",
    symbols=(t_, tau_, T_), parameters=("tau", "T"),
    premises=(Premise("rate", sp.Eq(n, sp.exp(-t / tau)), "the survival fraction"),),
    steps=(Integrate(t, 0, T, expect=tau * (1 - sp.exp(-T / tau))),),
    route=Agreement("quadrature", lambda tau, T: mpmath.quad(lambda s: mpmath.exp(-s / mpmath.mpf(tau)), [0, mpmath.mpf(T)]),
                    points=({"tau": 1, "T": 2}, {"tau": "0.3", "T": 5}, {"tau": 10, "T": "0.1"})),
)]
