"""Control (review 3, a physicist's ordinary derivation): a finite geometric series, Σ_{k=0}^{n−1} r^k = (1 − r^n)/(1 − r), r ∈ (0, 1), n ≥ 1. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

r_ = Param("r", Real(0, 1))
n_ = Param("n", Integer(1, 1000))
r, n = r_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r3c.geometric_sum_ok", title="finite geometric series", source="control",
    symbols=(r_, n_), parameters=("r", "n"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(r**k, (k, 0, n - 1))), "the partial sum"),),
    steps=(Rewrite(expect=(1 - r**n) / (1 - r)),),
    route=Agreement("direct summation", lambda r, n: mpmath.fsum(mpmath.mpf(r)**j for j in range(int(n))),
                    points=({"r": "0.5", "n": 3}, {"r": "0.9", "n": 10}, {"r": "0.1", "n": 7})),
)]
