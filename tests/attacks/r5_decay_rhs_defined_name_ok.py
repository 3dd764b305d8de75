"""Control (review 5). Must pass.

Exponential decay, Q(t) = Q₀ e^{−t/τ}; differentiated, dQ/dt = −Q(t)/τ (the result written with the
defined name, as every physicist writes it). Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

t_ = Param("t", Positive())
Q0_ = Param("Q0", Positive())
tau_ = Param("tau", Positive())
t, Q0, tau = t_.symbol, Q0_.symbol, tau_.symbol
Q = sp.Function("Q")

DERIVATIONS = [Derivation(
    id="attack.r5.decay_rhs_defined_name_ok", title="the decay law", source="control",
    symbols=(t_, Q0_, tau_), parameters=("t", "Q0", "tau"),
    premises=(Premise("decay", sp.Eq(Q(t), Q0 * sp.exp(-t / tau)), "exponential decay"),),
    steps=(Differentiate(t, expect=-Q(t) / tau),),
    route=Agreement("numerical derivative",
                    lambda t, Q0, tau: mpmath.diff(lambda s: mpmath.mpf(Q0) * mpmath.exp(-s / mpmath.mpf(tau)), mpmath.mpf(t)),
                    points=({"t": 1, "Q0": 2, "tau": 3}, {"t": "0.5", "Q0": 1, "tau": "0.7"}, {"t": 4, "Q0": 5, "tau": 2})),
)]
