"""Control (review 3). Must pass. The slope of a count's algebraic form on an unbounded set of integers.

f = Σ_{k=1}^{n} k = n(n+1)/2 for every integer n ≥ 1. An algebraic form on infinitely many
integers fixes its extension to real n (two algebraic functions agreeing there are equal),
so df/dn = n + 1/2 is the derivative of that extension.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, sample=(1, 100)))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="control.r3.integer_rewrite_then_differentiate_ok", title="slope of a triangular number", source="review3",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, sp.Sum(k, (k, 1, n))), "the triangular number"),),
    steps=(Rewrite(expect=n * (n + 1) / 2),
           Differentiate(n, expect=sp.Eq(sp.Derivative(f, n), n + sp.Rational(1, 2)))),
    route=Agreement("by hand", lambda n: mpmath.mpf(int(n)) + mpmath.mpf(1) / 2,
                    points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
