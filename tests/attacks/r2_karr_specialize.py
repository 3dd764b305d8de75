"""Class 3 (review 2, SymPy trusted). Sums with a symbolic bound: the Karr convention through a specialization.

f = Σ_{k=1}^{n} 1 (a count, n ∈ {−5, …, 5}); specializing n = −3 gives the empty sum, 0.
SymPy evaluates Σ_{k=1}^{−3} 1 by the Karr convention as −3. The kernel's guard
(lower ≤ upper + 1, derivations/_rules.py:sum_conditions) is attached only to Rewrite
(derivations/_rules.py:Rewrite.infer); Substitute's output then is compared with the written
`f = −3` and SymPy's doit() agrees. A sound kernel must refuse or fail: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Substitute

n_ = Param("n", Integer(-5, 5))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r2.karr_specialize", title="counting an empty range", source="review2",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, 1, n))), "the count of 1..n"),),
    steps=(Substitute(mapping={n: -3}, expect=sp.Eq(sp.Subs(f, n, -3), -3)),),
    route=Agreement("direct count (the empty sum)", lambda: 0, points=({},)),
)]
