"""Control for c3_sum_negative_bound: ``Σ_{k=1}^{n} 1 = n`` for ``n ≥ 0``; at n = 3 it is 3. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite, Substitute

n_ = Param("n", Integer(0, 5))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.sum_count_ok", title="counting terms", source="attack",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, 1, n))), "the count"),),
    steps=(Rewrite(expect=n),
           Substitute(mapping={n: 3}, expect=3)),
    route=Agreement("direct count", lambda: sum(1 for _ in range(1, 4)), points=({},)),
)]
