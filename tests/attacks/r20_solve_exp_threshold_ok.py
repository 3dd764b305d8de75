"""Control (review 20). Must pass.

Learning-rate warm-down: a loss decaying as L(t) = L∞ + (L0 − L∞) e^{−t/τ} (L0 > L∞ > 0, τ > 0) reaches a target
L* with L∞ < L* < L0 at t = τ log((L0 − L∞)/(L* − L∞)) > 0.

Refused (exit 1, step 1 SolveFor: RuleError "expected to keep one root for t, SymPy gave [τ log((−L0 + L∞)/(L∞ −
L*)), −τ log(−(L∞ − L*)/(L0 − L∞))]"): the two are one root (see r20_solve_exp_threshold_var_ok), and with the result
named by a fresh name (T = …, as README allows) derivations/_rules_solve.py::_written_root (which only reads `t = …`)
cannot pick it.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

t_ = Param("t", Positive()); tau_ = Param("tau", Positive(), latex=r"\tau")
Li_ = Param("L_inf", Positive(), latex=r"L_\infty"); L0_ = Param("L0", Positive(), latex="L_0"); Ls_ = Param("L_s", Positive(), latex="L^*")
t, tau, Linf, L0, Ls = (q.symbol for q in (t_, tau_, Li_, L0_, Ls_))
T = sp.Symbol("T")

DERIVATIONS = [Derivation(
    id="attack.r20.solve_exp_threshold_ok", title="time to reach a target loss", source="control",
    symbols=(t_, tau_, Li_, L0_, Ls_), parameters=("tau", "L_inf", "L0", "L_s"),
    premises=(Premise("above", Ls > Linf, "the target is above the floor"),
              Premise("below", L0 > Ls, "the target is below the start"),
              Premise("reach", sp.Eq(Linf + (L0 - Linf) * sp.exp(-t / tau), Ls), "the loss curve meets the target")),
    steps=(SolveFor(t, on="reach", expect=sp.Eq(T, tau * sp.log((L0 - Linf) / (Ls - Linf)))),),
    route=Agreement("root of the loss curve minus the target",
                    lambda tau, L_inf, L0, L_s: mpmath.findroot(lambda u: mpmath.log(mpmath.mpf(L0) - mpmath.mpf(L_inf)) - u / mpmath.mpf(tau)
                                                               - mpmath.log(mpmath.mpf(L_s) - mpmath.mpf(L_inf)), 1),
                    points=({"tau": 10, "L_inf": "1.7", "L0": 4, "L_s": 2}, {"tau": "0.5", "L_inf": 1, "L0": 3, "L_s": "2.9"},
                            {"tau": 100, "L_inf": "0.1", "L0": "0.3", "L_s": "0.11"})),
)]
