"""Class 5 (review 33, sampling called confirmation): any Sum anywhere in the forms (here a constant sum_{k=1}^{3} k^2, unrelated to n) switches off the far values of every integer variable, so a rewrite false for all integers n > 10^7 is confirmed.

A Rewrite of f = sum_{k=1}^{3} k^2 + sqrt((n - a)^2 expanded), a = 10^7, n a positive integer, into
sum_{k=1}^{3} k^2 + a - n. False for every n > 10^7 (all but finitely many points of the domain): at
n = 2*10^7 the sides are 14 + 10^7 and 14 - 10^7. Reported `confirmed` (exit 0). Without the constant sum the
same rewrite is refuted at n = 10^30 (review 32's far integers). verify/confirm.py passes
whole=not (found.has(Sum) or expected.has(Sum)) to `_visited`, and derivations/_domain_points._far_value
returns None for an integer domain when not whole: the README's reason is "not where a sum runs up to one"
(a far upper end makes SymPy's summation crawl), but the test is whether the forms hold any Sum at all, so
n is drawn only up to 10^6 (`whole_domain_point`) and never reaches the false region; direct summation
tries small integers only. A sound kernel must withhold far values only from an integer that a sum's range
depends on (and then say the confirmation stops at 10^6), not from every integer of a form with a sum.
"""
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1))
n = n_.symbol
k = sp.Symbol("k", integer=True, positive=True)
f = sp.Symbol("f")
a = sp.Integer(10) ** 7
S = sp.Sum(k**2, (k, 1, 3))
DERIVATIONS = [Derivation(
    id="attack.r33.sum_blocks_far_integers", title="a square root of a square beside a short sum", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, S + sp.sqrt(sp.expand((n - a) ** 2))), "definition"),),
    steps=(Rewrite(expect=S + a - n),),
    route=Agreement("value", lambda n: 14 + 10**7 - n, points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
