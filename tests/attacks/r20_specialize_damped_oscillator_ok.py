"""Control (review 20). Must pass.

Energy of a lightly damped oscillator, E(t) = E0 e^{−t/τ}: its rate dE/dt = −E0 e^{−t/τ}/τ, specialized at t = τ
(one time constant): −E0/(e τ).

Refused (exit 1, step 2 Substitute FAILED): "the written left-hand side Subs(Derivative(E, t), t, tau) is neither
the rule's Subs(Derivative(E, tau), t, tau) nor a fresh name". The rule's own left side dE/dτ|_{t=τ} is wrong
notation: specializing t → τ went into the derivative's variable. Guess: derivations/_rules_equivalence.py (Substitute,
`out_lhs = lhs.subs(subs)`) lets SymPy's subs rename the bound differentiation variable when the value is a symbol
(with a number, t → 1, SymPy builds Subs and it passes: r20_feynman_trick_ok); it should wrap the unsubstituted
Derivative in Subs.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Substitute

t_ = Param("t", Positive()); tau_ = Param("tau", Positive(), latex=r"\tau"); E0_ = Param("E0", Positive(), latex="E_0")
t, tau, E0 = (q.symbol for q in (t_, tau_, E0_))
E = sp.Symbol("E")

DERIVATIONS = [Derivation(
    id="attack.r20.specialize_damped_oscillator_ok", title="energy loss rate after one time constant", source="control",
    symbols=(t_, tau_, E0_), parameters=("tau", "E0"),
    premises=(Premise("energy", sp.Eq(E, E0 * sp.exp(-t / tau)), "exponential energy decay"),),
    steps=(Differentiate(t, expect=sp.Eq(sp.Derivative(E, t), -E0 * sp.exp(-t / tau) / tau)),
           Substitute(mapping={t: tau}, expect=sp.Eq(sp.Subs(sp.Derivative(E, t), t, tau), -E0 / (sp.E * tau)))),
    route=Agreement("numerical derivative at t = τ",
                    lambda tau, E0: mpmath.diff(lambda u: mpmath.mpf(E0) * mpmath.exp(-u / mpmath.mpf(tau)), mpmath.mpf(tau)),
                    points=({"tau": 1, "E0": 1}, {"tau": "0.3", "E0": 5}, {"tau": 20, "E0": "0.01"})),
)]
