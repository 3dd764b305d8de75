"""Class 5 (sampling called confirmation): ``x² + e^{−10¹²/x} = x²``.

The extra term is below ``e^{−10⁴}`` for every x ≤ 10⁸ but tends to 1 as x → ∞ (the domain
is all of (0, ∞)); the difference is positive everywhere. A sound kernel proves the
difference non-zero or samples far enough: failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.far_tail", title="a tail correction", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**2 + sp.exp(-10**12 / x)), "the energy"),),
    steps=(Rewrite(expect=x**2),),
    route=Agreement("the energy", lambda x: x**2, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
