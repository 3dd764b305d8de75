"""Control (review 20). Must pass.

Scaling-law inversion: with L = A N^{−α} + E (A > 0, α > 0, irreducible loss E > 0), the model size that reaches
a target loss L above E is N = (A/(L − E))^{1/α}.

Refused (exit 1, step 1 SolveFor FAILED): "the root N = (−A/(E − L))^{1/α} solves L = A/N^α + E (substituted
back): counterexample", at E = 3.70, L = 9.4·10⁻⁶, i.e. L < E, against the premise L > E (there the base is negative
and the real power is complex). Same mechanism as r20_solve_quadratic_slow_mode_ok: verify/certify_ops.py::discharge
("vanishes") samples the back-substitution without the derivation's inequality premises.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

N_ = Param("N", Positive()); A_ = Param("A", Positive()); al_ = Param("alpha", Positive(), latex=r"\alpha")
E_ = Param("E", Positive()); L_ = Param("L", Positive())
N, A, alpha, E, L = (q.symbol for q in (N_, A_, al_, E_, L_))
N_target = sp.Symbol("N_target")

DERIVATIONS = [Derivation(
    id="attack.r20.scaling_law_inverse_ok", title="model size for a target loss", source="control",
    symbols=(N_, A_, al_, E_, L_), parameters=("A", "alpha", "E", "L"),
    premises=(Premise("above", L > E, "the target is above the irreducible loss"),
              Premise("law", sp.Eq(L, A * N**(-alpha) + E), "the fitted scaling law")),
    steps=(SolveFor(N, on="law", expect=sp.Eq(N_target, (A / (L - E))**(1 / alpha))),),
    route=Agreement("root in log N",
                    lambda A, alpha, E, L: mpmath.exp(mpmath.findroot(
                        lambda u: mpmath.log(mpmath.mpf(A)) - mpmath.mpf(alpha) * u - mpmath.log(mpmath.mpf(L) - mpmath.mpf(E)), 1)),
                    points=({"A": "406.4", "alpha": "0.34", "E": "1.69", "L": "2.0"}, {"A": 1, "alpha": "0.5", "E": 1, "L": 2},
                            {"A": 10, "alpha": "0.076", "E": "0.5", "L": 3})),
)]
