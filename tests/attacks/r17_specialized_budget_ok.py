"""Control (review 17). Must pass.

Chinchilla's budget C = 6ND specialized to a concrete run, C = 5.76e23 FLOPs (Gopher's budget), then the loss on
that budget differentiated in N. At C = 5.76e23 the tokens D = 9.6e22/N > 0 still follow N, for every N > 0,
so the slope in N at that budget is −αA N^{−α−1} + βB (N/9.6e22)^β/N.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Ref, SolveFor, Substitute

alpha_ = Param("alpha", Real(0, 1)); beta_ = Param("beta", Real(0, 1))
A_ = Param("A", Positive()); B_ = Param("B", Positive())
C_ = Param("C", Positive(sample=(1, 10**30), log=True)); N_ = Param("N", Positive()); D_ = Param("D", Positive())
alpha, beta, A, B, C, N, D = (p.symbol for p in (alpha_, beta_, A_, B_, C_, N_, D_))
Lc = sp.Symbol("L_C")
C0 = sp.Integer(576) * 10**21
LOSS = A / N**alpha + B * (6 * N / C0)**beta

DERIVATIONS = [Derivation(
    id="attack.r17.specialized_budget_ok", title="loss slope at Gopher's budget", source="control",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_), parameters=("alpha", "beta", "A", "B", "N"),
    premises=(Premise("law", sp.Eq(Lc, A / N**alpha + B / D**beta), "reducible loss"),
              Premise("budget", sp.Eq(C, 6 * N * D), "training compute")),
    steps=(SolveFor(D, on="budget", name="tokens", expect=sp.Eq(D, C / (6 * N))),
           Substitute(mapping={D: Ref("tokens")}, on="law", expect=sp.Eq(Lc, A / N**alpha + B * (6 * N / C)**beta)),
           Substitute(mapping={C: C0}, expect=sp.Eq(sp.Subs(Lc, C, C0), LOSS)),
           Differentiate(N, expect=sp.Eq(sp.Derivative(sp.Subs(Lc, C, C0), N), sp.diff(LOSS, N)))),
    route=Agreement("difference quotient in N of the loss with D = 9.6e22/N",
                    lambda alpha, beta, A, B, N: mpmath.diff(
                        lambda n: mpmath.mpf(A) / n**mpmath.mpf(alpha) + mpmath.mpf(B) / (mpmath.mpf("9.6e22") / n)**mpmath.mpf(beta),
                        mpmath.mpf(N)),
                    points=({"alpha": "0.34", "beta": "0.28", "A": "406.4", "B": "410.7", "N": "6.3e10"},
                            {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "N": "1e11"},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "N": "1e9"})),
)]
