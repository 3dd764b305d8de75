"""Control (review 20). Must pass.

Learning-rate warm-down: a loss decaying as L(t) = L∞ + (L0 − L∞) e^{−t/τ} (L0 > L∞ > 0, τ > 0) reaches a target
L* with L∞ < L* < L0 at t = τ log((L0 − L∞)/(L* − L∞)) > 0.

Refused (exit 1, step 1 SolveFor FAILED): "the discarded root t = −τ log(−(L∞ − L*)/(L0 − L∞)) lies outside
the domain of t: false at a point (ball arithmetic)", at L0 = 2.5e299 < L* = 5e299 < L∞ = 7.5e299 — violating both
premises L* > L∞ and L0 > L*. The "discarded" root is the kept one written differently (solve gives τ log((L∞ − L0)/
(L∞ − L*)), solveset −τ log((L* − L∞)/(L0 − L∞)); equal wherever the premises hold). Guess: derivations/_rules_solve.py
::_same_root compares the two forms at points across the parameters' domains ignoring the inequality premises (where
the logs' arguments are negative and the branches differ by 2πi), so it keeps both; then the discarded-root
obligation is decided at a point where the premises fail (only premises in the variable t are read).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

t_ = Param("t", Positive()); tau_ = Param("tau", Positive(), latex=r"\tau")
Li_ = Param("L_inf", Positive(), latex=r"L_\infty"); L0_ = Param("L0", Positive(), latex="L_0"); Ls_ = Param("L_s", Positive(), latex="L^*")
t, tau, Linf, L0, Ls = (q.symbol for q in (t_, tau_, Li_, L0_, Ls_))
T = sp.Symbol("T")

DERIVATIONS = [Derivation(
    id="attack.r20.solve_exp_threshold_var_ok", title="time to reach a target loss", source="control",
    symbols=(t_, tau_, Li_, L0_, Ls_), parameters=("tau", "L_inf", "L0", "L_s"),
    premises=(Premise("above", Ls > Linf, "the target is above the floor"),
              Premise("below", L0 > Ls, "the target is below the start"),
              Premise("reach", sp.Eq(Linf + (L0 - Linf) * sp.exp(-t / tau), Ls), "the loss curve meets the target")),
    steps=(SolveFor(t, on="reach", expect=sp.Eq(t, tau * sp.log((L0 - Linf) / (Ls - Linf)))),),
    route=Agreement("root of the loss curve minus the target",
                    lambda tau, L_inf, L0, L_s: mpmath.findroot(lambda u: mpmath.log(mpmath.mpf(L0) - mpmath.mpf(L_inf)) - u / mpmath.mpf(tau)
                                                               - mpmath.log(mpmath.mpf(L_s) - mpmath.mpf(L_inf)), 1),
                    points=({"tau": 10, "L_inf": "1.7", "L0": 4, "L_s": 2}, {"tau": "0.5", "L_inf": 1, "L0": 3, "L_s": "2.9"},
                            {"tau": 100, "L_inf": "0.1", "L0": "0.3", "L_s": "0.11"})),
)]
