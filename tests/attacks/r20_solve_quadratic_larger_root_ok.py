"""Control (review 20). Must pass.

Equilibrium of a damped oscillator's characteristic equation in the overdamped regime: λ² + 2γλ + ω0² = 0 with
γ > ω0 > 0 has two negative real roots; the slow mode is the one nearer 0, λ = −γ + √(γ² − ω0²). The other root,
−γ − √(γ² − ω0²), is below −γ, and the premise λ > −γ (the slow mode) discards it.

Refused (exit 1, step 1 SolveFor: RuleError "expected to keep one root for lam, SymPy gave [−γ − √(γ² − ω0²),
−γ + √(γ² − ω0²)]"). The written form names the kept root with a fresh name (lam_slow = …), which README allows for a
step's result, but derivations/_rules_solve.py::_written_root reads the choice only from `lam = root`; the premise
λ > −γ would discard the other root. (With `lam = …` it gets further and fails as in
r20_solve_quadratic_slow_mode_ok.)
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SolveFor

l_ = Param("lam", Real(), latex=r"\lambda"); g_ = Param("gamma", Positive(), latex=r"\gamma"); w_ = Param("omega0", Positive(), latex=r"\omega_0")
lam, gamma, omega0 = (q.symbol for q in (l_, g_, w_))
lam_slow = sp.Symbol("lam_slow")

DERIVATIONS = [Derivation(
    id="attack.r20.solve_quadratic_larger_root_ok", title="slow mode of an overdamped oscillator", source="control",
    symbols=(l_, g_, w_), parameters=("gamma", "omega0"),
    premises=(Premise("overdamped", gamma > omega0, "damping exceeds the natural frequency"),
              Premise("slow", lam > -gamma, "the slow mode"),
              Premise("char", sp.Eq(lam**2 + 2 * gamma * lam + omega0**2, 0), "characteristic equation")),
    steps=(SolveFor(lam, on="char", expect=sp.Eq(lam_slow, -gamma + sp.sqrt(gamma**2 - omega0**2))),),
    route=Agreement("the larger root by polyroots",
                    lambda gamma, omega0: max(mpmath.polyroots([1, 2 * mpmath.mpf(gamma), mpmath.mpf(omega0)**2], extraprec=100), key=lambda z: mpmath.re(z)).real,
                    points=({"gamma": 2, "omega0": 1}, {"gamma": "1.5", "omega0": "0.2"}, {"gamma": 10, "omega0": 9})),
)]
