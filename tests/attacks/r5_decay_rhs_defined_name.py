"""Class 5 (review 5, a result written with a defined name): dQ/dt = −Q(t)/(2τ) under Q(t) = Q₀ e^{−t/τ}.

The written name means its definition: the right-hand side is −Q₀e^{−t/τ}/(2τ), half the derivative. A sound
kernel fails the step: exit != 0."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

t_ = Param("t", Positive())
Q0_ = Param("Q0", Positive())
tau_ = Param("tau", Positive())
t, Q0, tau = t_.symbol, Q0_.symbol, tau_.symbol
Q = sp.Function("Q")

DERIVATIONS = [Derivation(
    id="attack.r5.decay_rhs_defined_name", title="the decay law", source="attack",
    symbols=(t_, Q0_, tau_), parameters=("t", "Q0", "tau"),
    premises=(Premise("decay", sp.Eq(Q(t), Q0 * sp.exp(-t / tau)), "exponential decay"),),
    steps=(Differentiate(t, expect=-Q(t) / (2 * tau)),),
    route=Agreement("numerical derivative",
                    lambda t, Q0, tau: mpmath.diff(lambda s: mpmath.mpf(Q0) * mpmath.exp(-s / mpmath.mpf(tau)), mpmath.mpf(t)),
                    points=({"t": 1, "Q0": 2, "tau": 3}, {"t": "0.5", "Q0": 1, "tau": "0.7"}, {"t": 4, "Q0": 5, "tau": 2})),
)]
