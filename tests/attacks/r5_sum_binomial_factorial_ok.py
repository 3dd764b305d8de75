"""Control (review 5). Must pass.

Control: Σ_{k=1}^{n} k² = n(n + 1)(2n + 1)/6, n ≥ 1. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 10**6))
n = n_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_binomial_factorial_ok", title="sum of squares", source="control",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(k**2, (k, 1, n))), "the sum of the first squares"),),
    steps=(Rewrite(expect=n * (n + 1) * (2 * n + 1) / 6),),
    route=Agreement("direct summation", lambda n: sum(j * j for j in range(1, int(n) + 1)),
                    points=({"n": 1}, {"n": 10}, {"n": 37})),
)]
