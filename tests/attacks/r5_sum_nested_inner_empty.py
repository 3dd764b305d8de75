"""Class A (review 5, the counting convention in nested sums: an inner range reversed for some outer values).

Nested sums where the inner range is reversed for the first outer terms: S = Σ_{i=1}^{n} Σ_{j=1}^{i−2} 1.

As counts, the inner sum is 0 for i = 1, 2 and S = (n − 1)(n − 2)/2 (n = 3: S = 1). SymPy's
Karr convention makes Σ_{j=1}^{−1} 1 = −1, giving (n² − 3n)/2 (n = 3: 0). A sound kernel:
the counting condition 1 ≤ (i − 2) + 1 fails at i = 1 inside the outer range: refused or
failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(3, 1000))
n = n_.symbol
i, j = sp.symbols("i j", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_nested_inner_empty", title="pairs below the diagonal", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.Sum(1, (j, 1, i - 2)), (i, 1, n))), "the count"),),
    steps=(Rewrite(expect=(n**2 - 3 * n) / 2),),
    route=Agreement("Karr's value", lambda n: (n * n - 3 * n) // 2, points=({"n": 3}, {"n": 4}, {"n": 10})),
)]
