"""Control (review 3). Must pass. An oscillating form whose limit at 0⁺ exists: lim_{x→0⁺} (2 + sin(1/x))^x = 1.

The base stays in [1, 3], so the power tends to 1 at every phase. Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.limit_zero_oscillating_ok", title="a vanishing power of a biased fast oscillation",
    source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, (2 + sp.sin(1 / x))**x), "the power of the biased amplitude"),),
    steps=(Limit(x, 0, "+", expect=1),),
    route=Agreement("at x = 10^-80", lambda: mpmath.power(2 + mpmath.sin(mpmath.mpf(10)**80), mpmath.mpf(10)**-80),
                    points=({},)),
)]
