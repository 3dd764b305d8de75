"""Control (review 17). Must pass.

The Poisson limit of the binomial law. N trials with success probability p, the mean held at N p = λ
(a condition on N, p, λ), λ ∈ (0, 5). For every integer N ≥ 5 > λ, p = λ/N lies in (0, 1): p follows N all the
way to N → ∞. P(no success) = (1 − p)^N = (1 − λ/N)^N → e^{−λ}, and P(one success) = N p (1 − p)^{N−1} → λ e^{−λ}.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Limit, Param, Premise, Real, Ref, SolveFor, Substitute

N_ = Param("N", Integer(5, None)); p_ = Param("p", Real(0, 1)); lam_ = Param("lam", Real(0, 5), latex=r"\lambda")
N, p, lam = (q.symbol for q in (N_, p_, lam_))
P1 = sp.Symbol("P1")

DERIVATIONS = [Derivation(
    id="attack.r17.poisson_limit_ok", title="binomial to Poisson", source="control",
    symbols=(N_, p_, lam_), parameters=("lam",),
    premises=(Premise("P1def", sp.Eq(P1, N * p * (1 - p)**(N - 1)), "binomial probability of one success"),
              Premise("mean", sp.Eq(N * p, lam), "the mean is held fixed")),
    steps=(SolveFor(p, on="mean", name="prob", expect=sp.Eq(p, lam / N)),
           Substitute(mapping={p: Ref("prob")}, on="P1def", expect=sp.Eq(P1, lam * (1 - lam / N)**(N - 1))),
           Limit(N, sp.oo, expect=sp.Eq(sp.Limit(P1, N, sp.oo), lam * sp.exp(-lam)))),
    route=Agreement("binomial probability of one success extrapolated to N → ∞ (mpmath.limit)",
                    lambda lam: mpmath.limit(lambda n: mpmath.mpf(lam) * (1 - mpmath.mpf(lam) / n)**(n - 1), mpmath.inf),
                    points=({"lam": 1}, {"lam": "0.3"}, {"lam": "4.5"})),
)]
