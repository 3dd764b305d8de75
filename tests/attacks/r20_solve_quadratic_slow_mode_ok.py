"""Control (review 20). Must pass.

Equilibrium of a damped oscillator's characteristic equation in the overdamped regime: λ² + 2γλ + ω0² = 0 with
γ > ω0 > 0 has two negative real roots; the slow mode is the one nearer 0, λ = −γ + √(γ² − ω0²). The other root,
−γ − √(γ² − ω0²), is below −γ, and the premise λ > −γ (the slow mode) discards it.

Refused (exit 1, step 1 SolveFor FAILED): "the root ... solves the equation (substituted back):
counterexample", γ = 109375/4096 ≈ 26.7, ω0 = 26147/500 ≈ 52.3, derived ≈ 3.6e-169 − 1.9e-168 i. That point violates
the premise γ > ω0 (the root is complex there, and the residue is 0 to rounding anyway). Guess:
verify/certify_ops.py::discharge, kind "vanishes", calls prove_equal(lhs, rhs, domains, ...) with no premise region
(verify/premise_inequalities.py's `admit`), so the back-substitution is sampled where the inequality premises fail;
the discarded-root condition on the same step does read the premise λ > −γ and is proved.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SolveFor

l_ = Param("lam", Real(), latex=r"\lambda"); g_ = Param("gamma", Positive(), latex=r"\gamma"); w_ = Param("omega0", Positive(), latex=r"\omega_0")
lam, gamma, omega0 = (q.symbol for q in (l_, g_, w_))
lam_slow = sp.Symbol("lam_slow")

DERIVATIONS = [Derivation(
    id="attack.r20.solve_quadratic_slow_mode_ok", title="slow mode of an overdamped oscillator", source="control",
    symbols=(l_, g_, w_), parameters=("gamma", "omega0"),
    premises=(Premise("overdamped", gamma > omega0, "damping exceeds the natural frequency"),
              Premise("slow", lam > -gamma, "the slow mode"),
              Premise("char", sp.Eq(lam**2 + 2 * gamma * lam + omega0**2, 0), "characteristic equation")),
    steps=(SolveFor(lam, on="char", expect=sp.Eq(lam, -gamma + sp.sqrt(gamma**2 - omega0**2))),),
    route=Agreement("the larger root by polyroots",
                    lambda gamma, omega0: max(mpmath.polyroots([1, 2 * mpmath.mpf(gamma), mpmath.mpf(omega0)**2], extraprec=100), key=lambda z: mpmath.re(z)).real,
                    points=({"gamma": 2, "omega0": 1}, {"gamma": "1.5", "omega0": "0.2"}, {"gamma": 10, "omega0": 9})),
)]
