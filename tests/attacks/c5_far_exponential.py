"""Class 5 (sampling called confirmation): ``x + e^{x − 10⁹} = x``.

The extra term is invisible below x ≈ 10⁹ − 115 but dominates beyond; x's domain is all of
(0, ∞). Sampling up to 10⁸ "confirms" it. A sound kernel samples up to 10^±300 or proves
the difference non-zero (``e^{…} > 0``): failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.far_exponential", title="a far correction", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x + sp.exp(x - 10**9)), "the size"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("the size", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
