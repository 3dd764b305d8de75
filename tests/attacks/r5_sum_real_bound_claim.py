"""Class A (review 5, a sum's bounds not an integer apart: real bound, then specialized).

A sum with a real upper bound, then specialized: Σ_{k=1}^{a} k = a(a+1)/2 at a = 5/2 gives 35/8.

Σ_{k=1}^{5/2} k is 1 + 2 = 3 (the terms k ≤ 5/2), not 35/8. A sound kernel refuses the
non-integer bound; here the chain ends in S = 35/8, exit must be != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

a_ = Param("a", Real(1, 5))
a = a_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_real_bound_claim", title="a triangular number", source="attack",
    symbols=(a_,), parameters=(),
    premises=(Premise("def", sp.Eq(S, sp.Sum(k, (k, 1, a))), "the sum of the first terms"),),
    steps=(Rewrite(expect=a * (a + 1) / 2),
           Substitute(mapping={a: sp.Rational(5, 2)}, expect=sp.Rational(35, 8))),
    route=Agreement("direct sum", lambda: sp.Rational(35, 8), points=({},)),
)]
