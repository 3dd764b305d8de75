"""Control (review 5). Must pass.

Control: nested sums with a symbolic inner bound, Σ_{i=1}^{n} Σ_{j=1}^{i} 1 = n(n + 1)/2 (the triangle count); every
inner range 1…i is non-empty for i ≥ 1. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 1000))
n = n_.symbol
i, j = sp.symbols("i j", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_nested_inner_empty_ok", title="the triangle count", source="control",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.Sum(1, (j, 1, i)), (i, 1, n))), "pairs j ≤ i ≤ n"),),
    steps=(Rewrite(expect=n * (n + 1) / 2),),
    route=Agreement("direct count", lambda n: sum(range(1, int(n) + 1)), points=({"n": 1}, {"n": 4}, {"n": 10})),
)]
