"""Control (review 5). Must pass.

For r5_sum_half_bound: with the floor written, Σ_{k=1}^{⌊N/2⌋} 1 = ⌊N/2⌋, N ∈ {1, …, 100}: the bounds are an
integer apart (the floor is an integer), so the count is the closed form.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

N_ = Param("N", Integer(1, 100))
N = N_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_half_bound_ok", title="pairs", source="control",
    symbols=(N_,), parameters=("N",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(1, (k, 1, sp.floor(N / 2)))), "the number of pairs"),),
    steps=(Rewrite(expect=sp.floor(N / 2)),),
    route=Agreement("the count", lambda N: int(N) // 2, points=({"N": 1}, {"N": 4}, {"N": 7})),
)]
