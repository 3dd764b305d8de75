"""Class 5 (sampling called confirmation): ``n + ⌊n/10¹²⌋ = n`` for every positive integer n.

The floor term is 0 below 10¹² and positive beyond; n's domain is unbounded. A sound kernel
samples the whole domain (to 10^300) or says inconclusive: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1))
n = n_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.integer_far", title="a count", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, n + sp.floor(n / 10**12)), "the count"),),
    steps=(Rewrite(expect=n),),
    route=Agreement("the count", lambda n: n, points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
