"""Control (review 5). Must pass.

Control for r_sum_real_upper_bound: n an integer ≥ 1, Σ_{k=1}^{n} 1 = n. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 1000))
n = n_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_real_upper_bound_ok", title="counting terms", source="control",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(1, (k, 1, n))), "the number of terms"),),
    steps=(Rewrite(expect=n),),
    route=Agreement("the count", lambda n: n, points=({"n": 2}, {"n": 3}, {"n": 4})),
)]
