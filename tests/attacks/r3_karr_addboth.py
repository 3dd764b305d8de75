"""Class 3 (review 3, SymPy trusted). Karr convention through a non-Rewrite step (AddBoth), then a specialization.

Karr convention through a non-Rewrite step (AddBoth), then a specialization.

f = Σ_{k=1}^{n} 1 (a count, n ∈ {−5, …, 5}). AddBoth(1) derives f + 1 = Σ + 1; the written
form `f + 1 = n + 1` is proved equal by SymPy's doit() (Karr: Σ_{k=1}^{n} 1 = n for every n),
but the guard lower ≤ upper + 1 (sum_conditions) is attached only to Rewrite/Substitute
outputs that still contain the Sum. Specializing n = −3 then "proves" f + 1 = −2, i.e. the
count of 1..−3 is −3. It is 0. A sound kernel must refuse or fail (exit != 0).
"""
import sympy as sp

from derivations import AddBoth, Agreement, Derivation, Integer, Param, Premise, Substitute

n_ = Param("n", Integer(-5, 5))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.karr_addboth", title="counting, shifted by one", source="review3",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, 1, n))), "the count of 1..n"),),
    steps=(AddBoth(term=1, expect=sp.Eq(f + 1, n + 1)),
           Substitute(mapping={n: -3}, expect=sp.Eq(sp.Subs(f + 1, n, -3), -2))),
    route=Agreement("the same by hand", lambda: -2, points=({},)),
)]
