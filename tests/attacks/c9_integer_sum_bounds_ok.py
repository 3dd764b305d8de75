"""Control, class 9 (determinism): integer parameters in a Sum's bounds.

``Σ_{k=m}^{m+n−1} 1 = n`` for integers m ≥ 1, n ≥ 1. The issue saw integer parameters put
floats into a Sum's bounds and one run take over 15 minutes; a sound kernel decides this
quickly and the same way with and without the cache. Must pass.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

m_ = Param("m", Integer(1, 10**6))
n_ = Param("n", Integer(1, 10**6))
m, n = m_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c9.integer_sum_bounds_ok", title="counting a window", source="attack",
    symbols=(m_, n_), parameters=("m", "n"),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1, (k, m, m + n - 1))), "the window"),),
    steps=(Rewrite(expect=n),),
    route=Agreement("direct count", lambda m, n: len(range(m, m + n)),
                    points=({"m": 1, "n": 1}, {"m": 3, "n": 7}, {"m": 10, "n": 100})),
)]
