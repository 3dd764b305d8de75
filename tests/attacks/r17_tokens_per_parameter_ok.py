"""Control (review 17). Must pass.

The Chinchilla rule of thumb: train on D = 20 N tokens (a condition), at compute C = 6ND (a second condition).
For every C > 0, N = √(C/120) and D = 20√(C/120) are positive: N holds the budget and D holds the ratio while C
moves. The reducible loss A/N^α + B/D^β is then A (C/120)^{−α/2} + B 20^{−β} (C/120)^{−β/2}, and its derivative
in C is −(α/2) A (C/120)^{−α/2}/C − (β/2) B 20^{−β} (C/120)^{−β/2}/C.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Ref, SolveFor, Substitute

alpha_ = Param("alpha", Real(0, 1)); beta_ = Param("beta", Real(0, 1))
A_ = Param("A", Positive()); B_ = Param("B", Positive())
C_ = Param("C", Positive(sample=(1, 10**30), log=True)); N_ = Param("N", Positive()); D_ = Param("D", Positive())
alpha, beta, A, B, C, N, D = (p.symbol for p in (alpha_, beta_, A_, B_, C_, N_, D_))
Lr = sp.Symbol("L_r")
NC = sp.sqrt(C / 120)
RED = A * NC**(-alpha) + B * (20 * NC)**(-beta)
SLOPE = -alpha * A * NC**(-alpha) / (2 * C) - beta * B * (20 * NC)**(-beta) / (2 * C)

DERIVATIONS = [Derivation(
    id="attack.r17.tokens_per_parameter_ok", title="reducible loss along the 20-tokens-per-parameter line", source="control",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_), parameters=("alpha", "beta", "A", "B", "C"),
    premises=(Premise("law", sp.Eq(Lr, A / N**alpha + B / D**beta), "reducible loss"),
              Premise("budget", sp.Eq(C, 6 * N * D), "training compute"),
              Premise("ratio", sp.Eq(D, 20 * N), "twenty tokens per parameter")),
    steps=(Substitute(mapping={D: Ref("ratio")}, on="budget", name="budget_N", expect=sp.Eq(C, 120 * N**2)),
           SolveFor(N, name="size", expect=sp.Eq(N, NC)),
           Substitute(mapping={D: Ref("ratio")}, on="law", name="law_N", expect=sp.Eq(Lr, A / N**alpha + B / (20 * N)**beta)),
           Substitute(mapping={N: Ref("size")}, expect=sp.Eq(Lr, RED)),
           Differentiate(C, expect=sp.Eq(sp.Derivative(Lr, C), SLOPE))),
    route=Agreement("difference quotient of the reducible loss with N = √(C/120), D = 20N",
                    lambda alpha, beta, A, B, C: mpmath.diff(
                        lambda c: mpmath.mpf(A) / mpmath.sqrt(c / 120)**mpmath.mpf(alpha)
                        + mpmath.mpf(B) / (20 * mpmath.sqrt(c / 120))**mpmath.mpf(beta), mpmath.mpf(C)),
                    points=({"alpha": "0.34", "beta": "0.28", "A": "406.4", "B": "410.7", "C": "5.76e23"},
                            {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "C": 120},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"})),
)]
