"""Control (review 18). Must pass.

Maximum likelihood for the rate of an exponential law: n observations with sum S have log-likelihood
ℓ(λ) = n log λ − λ S, λ > 0. dℓ/dλ = n/λ − S; the maximum is stationary (a condition on λ that SolveFor uses,
no calculus after it), n/λ = S, so λ̂ = n/S (one root, positive). The second derivative −n/λ² < 0 makes it a
maximum.
"""
import mpmath
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Differentiate, Integer, Param, Positive, Premise, SolveFor, Substitute

lam_ = Param("lam", Positive(), latex=r"\lambda"); S_ = Param("S", Positive()); n_ = Param("n", Integer(1, None))
lam, S, n = (q.symbol for q in (lam_, S_, n_))
ell = sp.Symbol("ell")
lam_hat = sp.Symbol("lam_hat")

DERIVATIONS = [Derivation(
    id="attack.r18.exponential_mle_ok", title="MLE of an exponential rate", source="control",
    symbols=(lam_, S_, n_), parameters=("n", "S"),
    premises=(Premise("loglik", sp.Eq(ell, n * sp.log(lam) - lam * S), "log-likelihood of n exponential draws with sum S"),
              Premise("score", sp.Eq(sp.Derivative(ell, lam), 0), "the maximum is stationary")),
    steps=(Differentiate(lam, expect=sp.Eq(sp.Derivative(ell, lam), n / lam - S)),
           Substitute(using="score", expect=sp.Eq(0, n / lam - S)),
           AddBoth(term=S, expect=sp.Eq(S, n / lam)),
           SolveFor(lam, expect=sp.Eq(lam_hat, n / S))),
    route=Agreement("maximise the log-likelihood numerically (root of its numerical derivative in log λ)",
                    lambda n, S: mpmath.exp(mpmath.findroot(
                        lambda u: mpmath.diff(lambda w: int(n) * w - mpmath.exp(w) * mpmath.mpf(S), u), mpmath.mpf(0))),
                    points=({"n": 10, "S": "7.5"}, {"n": 1, "S": 1}, {"n": 250, "S": 300})),
)]
