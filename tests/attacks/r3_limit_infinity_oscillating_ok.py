"""Control (review 3). Must pass. An oscillating form whose limit at ∞ exists: lim_{x→∞} (2 + sin x)^{1/x} = 1.

The base stays in [1, 3], so the root tends to 1 at every phase of the oscillation (the
frozen forms 2^{1/x}, 3^{1/x}, 1^{1/x} all tend to 1). Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_infinity_oscillating_ok", title="the x-th root of a biased wave", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, (2 + sp.sin(x))**(1 / x)), "the root of the biased amplitude"),),
    steps=(Limit(x, sp.oo, expect=1),),
    route=Agreement("at x = 10^80", lambda: mpmath.power(2 + mpmath.sin(mpmath.mpf(10)**80), mpmath.mpf(10)**-80),
                    points=({},)),
)]
