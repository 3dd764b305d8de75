"""Class A (review 5, a sum's bounds not an integer apart: N/2 with N an integer).

A sum up to N/2 with N an integer: Σ_{k=1}^{N/2} 1 = N/2, N ∈ {1, …, 100}.

For odd N the upper bound is not an integer: the sum counts ⌊N/2⌋ terms (N = 3: one term),
not 3/2. Specialized at N = 3 the chain boxes S = 3/2 terms. A sound kernel: a sum's bounds
must differ by an integer (or the form use floor): refused/failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite, Substitute

N_ = Param("N", Integer(1, 100))
N = N_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_half_bound", title="pairs", source="attack",
    symbols=(N_,), parameters=(),
    premises=(Premise("def", sp.Eq(S, sp.Sum(1, (k, 1, N / 2))), "the number of pairs"),),
    steps=(Rewrite(expect=N / 2),
           Substitute(mapping={N: 3}, expect=sp.Rational(3, 2))),
    route=Agreement("the count", lambda: sp.Rational(3, 2), points=({},)),
)]
