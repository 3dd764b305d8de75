"""Control, class 9 (determinism): an integer parameter in a Sum's upper bound and summand.

``Σ_{k=1}^{n} k = n(n + 1)/2`` for integers n ≥ 1. Must pass quickly, with and without the cache.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1))
n = n_.symbol
k = sp.Symbol("k", integer=True, positive=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c9.integer_sum_power_ok", title="a triangular number", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, sp.Sum(k, (k, 1, n))), "the total"),),
    steps=(Rewrite(expect=n * (n + 1) / 2),),
    route=Agreement("direct sum", lambda n: sum(range(1, n + 1)), points=({"n": 1}, {"n": 7}, {"n": 100})),
)]
