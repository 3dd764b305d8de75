"""Control (review 3). Must pass. A count shifted by one (AddBoth) on a range that is never reversed, then specialized.

f = Σ_{k=1}^{n} 1 with n ∈ {0, …, 5}: the range 1…n is never reversed (1 ≤ n + 1), so the
count is n and f + 1 = n + 1; at n = 3, 4.
"""
import sympy as sp

from derivations import AddBoth, Agreement, Derivation, Integer, Param, Premise, Substitute

n_ = Param("n", Integer(0, 5))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="control.r3.karr_addboth_ok", title="counting, shifted by one", source="review3",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, 1, n))), "the count of 1..n"),),
    steps=(AddBoth(term=1, expect=sp.Eq(f + 1, n + 1)),
           Substitute(mapping={n: 3}, expect=sp.Eq(sp.Subs(f + 1, n, 3), 4))),
    route=Agreement("the same by hand", lambda: 4, points=({},)),
)]
