"""Control (review 5). Must pass.

For r5_product_real_upper_bound: with an integer upper end, Π_{k=1}^{n} k = Γ(n + 1) = n!, n ∈ {1, …, 50}.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 50))
n = n_.symbol
k = sp.Symbol("k", integer=True)
P = sp.Symbol("P")

DERIVATIONS = [Derivation(
    id="attack.r5.product_real_upper_bound_ok", title="a factorial", source="control",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(P, sp.Product(k, (k, 1, n))), "the product of the first integers"),),
    steps=(Rewrite(expect=sp.gamma(n + 1)),),
    route=Agreement("factorial", lambda n: sp.factorial(int(n)), points=({"n": 1}, {"n": 5}, {"n": 10})),
)]
