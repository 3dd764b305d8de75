"""Control (review 6). Must pass. Control: Q(t) = Q₀e^{−t/τ}; dQ/dt = −Q(t)/τ; at t = τ: dQ/dt = −Q(τ)/τ (the defined name at another argument). Must pass."""
import mpmath, sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Substitute
t_ = Param("t", Positive()); Q0_ = Param("Q0", Positive()); tau_ = Param("tau", Positive())
t, Q0, tau = t_.symbol, Q0_.symbol, tau_.symbol
Q = sp.Function("Q")
DERIVATIONS = [Derivation(id="attack.r6.spec_decay_at_tau_ok", title="decay at one lifetime", source="control",
    symbols=(t_, Q0_, tau_), parameters=("Q0", "tau"),
    premises=(Premise("decay", sp.Eq(Q(t), Q0 * sp.exp(-t / tau)), "exponential decay"),),
    steps=(Differentiate(t, expect=-Q(t) / tau), Substitute(mapping={t: tau}, expect=-Q(tau) / tau)),
    route=Agreement("num", lambda Q0, tau: -mpmath.mpf(Q0) * mpmath.exp(-1) / mpmath.mpf(tau),
                    points=({"Q0": 2, "tau": 3}, {"Q0": 1, "tau": "0.7"}, {"Q0": 5, "tau": 2})))]
