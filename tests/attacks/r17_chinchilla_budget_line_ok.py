"""Control (review 17). Must pass.

Chinchilla on the budget line with the budget written as it is in the paper, C = 6ND (a condition
tying three parameters), not solved for D in advance. Solving it for D gives D = C/(6N) > 0 for every
N > 0, C > 0, so D follows N at every fixed C: the loss along the budget line may be differentiated in N.
Stationarity gives αA N^{-α-1} = βB (6/C)^β N^{β-1}, i.e. N_opt = (αA/(βB))^{1/(α+β)} (C/6)^{β/(α+β)}.
"""
import mpmath
import sympy as sp
from derivations import (AddBoth, Agreement, Derivation, Differentiate, MultiplyBoth, Param, Positive, Premise,
                         Real, Ref, SolveFor, Substitute)

alpha_ = Param("alpha", Real(0, 1)); beta_ = Param("beta", Real(0, 1))
A_ = Param("A", Positive()); B_ = Param("B", Positive())
C_ = Param("C", Positive(sample=(1, 10**30), log=True)); N_ = Param("N", Positive()); D_ = Param("D", Positive())
alpha, beta, A, B, C, N, D = (p.symbol for p in (alpha_, beta_, A_, B_, C_, N_, D_))
E = sp.Symbol("E", positive=True)
N_opt = sp.Symbol("N_opt", positive=True)
L = sp.Function("L")
ON = L(N, C / (6 * N))
SLOPE = -alpha * A * N**(-alpha - 1) + beta * B * (6 / C)**beta * N**(beta - 1)
CLOSED = (alpha * A / (beta * B))**(1 / (alpha + beta)) * (C / 6)**(beta / (alpha + beta))


def numeric(alpha, beta, A, B, C):
    alpha, beta, A, B, C = (mpmath.mpf(v) for v in (alpha, beta, A, B, C))
    slope = lambda t: -alpha * A * mpmath.exp(-alpha * t) + beta * B * (6 / C)**beta * mpmath.exp(beta * t)  # noqa: E731
    curve = lambda t: alpha**2 * A * mpmath.exp(-alpha * t) + beta**2 * B * (6 / C)**beta * mpmath.exp(beta * t)  # noqa: E731
    t = mpmath.log(C) / 2
    for _ in range(200):                      # Newton on the slope in log N (the loss is convex in log N)
        t -= slope(t) / curve(t)
    return mpmath.exp(t)


DERIVATIONS = [Derivation(
    id="attack.r17.chinchilla_budget_line_ok", title="compute-optimal N with C = 6ND as a condition", source="control",
    symbols=(alpha_, beta_, A_, B_, C_, N_, D_), names=(E, N_opt), parameters=("alpha", "beta", "A", "B", "C"),
    premises=(Premise("law", sp.Eq(L(N, D), E + A / N**alpha + B / D**beta), "fitted loss law"),
              Premise("budget", sp.Eq(C, 6 * N * D), "training compute"),
              Premise("optimum", sp.Eq(sp.Derivative(ON, N), 0), "stationary on the budget line")),
    steps=(SolveFor(D, on="budget", name="tokens", expect=sp.Eq(D, C / (6 * N))),
           Substitute(mapping={D: Ref("tokens")}, on="law", expect=sp.Eq(ON, E + A / N**alpha + B * (6 * N / C)**beta)),
           Differentiate(N, expect=SLOPE),
           Substitute(using="optimum", expect=sp.Eq(0, SLOPE)),
           AddBoth(term=alpha * A * N**(-alpha - 1),
                   expect=sp.Eq(alpha * A * N**(-alpha - 1), beta * B * (6 / C)**beta * N**(beta - 1))),
           MultiplyBoth(factor=N**(alpha + 1), expect=sp.Eq(alpha * A, beta * B * (6 / C)**beta * N**(alpha + beta))),
           SolveFor(N, expect=sp.Eq(N_opt, CLOSED))),
    route=Agreement("minimize the loss on the budget line numerically", numeric,
                    points=({"alpha": "0.34", "beta": "0.28", "A": "406.4", "B": "410.7", "C": "5.76e23"},
                            {"alpha": "0.5", "beta": "0.5", "A": 1, "B": 1, "C": 6},
                            {"alpha": "0.1", "beta": "0.9", "A": 3, "B": "0.5", "C": "1e10"})),
)]
