"""Control (review 19). Must pass.

Maximum entropy of a two-state system at fixed mean energy, with the constraint through a multiplier β: maximise
−p log p − (1 − p) log(1 − p) − β ε p over p ∈ (0, 1). Stationarity: log((1 − p)/p) − βε = 0, so
p = 1/(1 + e^{βε}) — the Boltzmann occupation (one root, in (0, 1) for every real βε; β ∈ ℝ, ε > 0).
The checker fails step 3 (SolveFor): "side condition: the root p = 1/(exp(beta*eps) + 1) solves
Eq(0, -beta*eps - log(p) + log(1 - p)) (substituted back): counterexample ... beta = -100000000, eps = 100000000,
derived = 0.0, written = not a finite number". At βε = −10^16, 1 − p = e^{−10^16}/(1 + e^{−10^16}) is positive and
log(1 − p) = −10^16 exactly cancels −βε: the root is exact. Guess: the back-substitution is evaluated numerically at
an extreme corner where 1 − p underflows to 0 at the working (even 1500-digit) precision, so log(1 − p) = −∞; an
unevaluable point is taken as a counterexample instead of being undecided (or simplified symbolically first).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Simplify, SolveFor, Substitute, UnitInterval

p_ = Param("p", UnitInterval()); b_ = Param("beta", Real()); e_ = Param("eps", Positive())
p, beta, eps = (q.symbol for q in (p_, b_, e_))
G = sp.Symbol("G")
p_star = sp.Symbol("p_star")

def _numeric(beta, eps):
    with mpmath.workdps(mpmath.mp.dps + 40):
        be = mpmath.mpf(beta) * mpmath.mpf(eps)
        objective = lambda q: -q * mpmath.log(q) - (1 - q) * mpmath.log(1 - q) - be * q  # noqa: E731
        u = mpmath.findroot(lambda w: mpmath.diff(objective, 1 / (1 + mpmath.exp(-w))), 0, tol=mpmath.mpf(10)**(-mpmath.mp.dps + 30))
        p = 1 / (1 + mpmath.exp(-u))
    return +p


DERIVATIONS = [Derivation(
    id="attack.r19.entropy_two_state_ok", title="Boltzmann occupation by maximum entropy", source="control",
    symbols=(p_, b_, e_), parameters=("beta", "eps"),
    premises=(Premise("objective", sp.Eq(G, -p * sp.log(p) - (1 - p) * sp.log(1 - p) - beta * eps * p), "entropy minus β times the energy"),
              Premise("stationary", sp.Eq(sp.Derivative(G, p), 0), "the maximum is stationary")),
    steps=(Differentiate(p, on="objective", expect=sp.Eq(sp.Derivative(G, p), -sp.log(p) + sp.log(1 - p) - beta * eps)),
           Substitute(using="stationary", expect=sp.Eq(0, -sp.log(p) + sp.log(1 - p) - beta * eps)),
           SolveFor(p, expect=sp.Eq(p_star, 1 / (1 + sp.exp(beta * eps))))),
    route=Agreement("maximise the objective numerically: root of its numerical slope, in the logit u of p",
                    lambda beta, eps: _numeric(beta, eps),
                    points=({"beta": 1, "eps": 1}, {"beta": "-2", "eps": "0.5"}, {"beta": 3, "eps": 2})),
)]
