"""Class 1 (review 3, judgments). Calculus in an integer parameter after a rewrite that holds only on the integers.

Calculus in an integer parameter after a rewrite that holds only on the integers.

n ∈ {0, …, 10}, f = n. Rewrite f = n + sin(πn(n+1)/2): true at every integer (n(n+1)/2 is an integer; SymPy does
not know it, so it does not fold the sine away). The new form
"extends smoothly to real n" (derivations/_rules_calculus.py:_continuous_in looks only at the
formula), so Differentiate in n is allowed and derives df/dn = 1 + π(2n+1)/2·cos(πn(n+1)/2) — for f = n,
whose slope is 1 (at n = 1: 1 − 3π/2). The rewritten form holds on the integers only, not
on an open set of n, which is what an operation in n needs (the judgment rule of issue 16,
class 1). A sound kernel refuses (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(0, 10))
n = n_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.integer_rewrite_then_differentiate", title="slope of a count", source="review3",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, n), "the count"),),
    steps=(Rewrite(expect=n + sp.sin(sp.pi * n * (n + 1) / 2)),
           Differentiate(n, expect=sp.Eq(sp.Derivative(f, n), 1 + sp.pi * (2 * n + 1) / 2 * sp.cos(sp.pi * n * (n + 1) / 2)))),
    route=Agreement("by hand", lambda n: 1 + mpmath.pi * (2 * int(n) + 1) / 2 * mpmath.cos(mpmath.pi * int(n) * (int(n) + 1) / 2),
                    points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
