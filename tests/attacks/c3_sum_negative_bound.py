"""Class 3 (SymPy trusted): ``Σ_{k=1}^{n} 1 = n`` used at ``n = −3``.

Under the counting convention an empty sum (upper < lower) is 0; SymPy's Karr convention
gives ``Σ_{k=1}^{−3} 1 = −3``. n's domain is the integers in [−5, 5], so the rewrite
``Σ 1 = n`` needs ``n ≥ 0`` as a side condition. A sound kernel: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite, Substitute

n_ = Param("n", Integer(-5, 5))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.sum_negative_bound", title="counting terms", source="attack",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, 1, n))), "the count"),),
    steps=(Rewrite(expect=n),
           Substitute(mapping={n: -3}, expect=-3)),
    route=Agreement("the count", lambda: -3, points=({},)),
)]
