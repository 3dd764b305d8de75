"""Class A (review 5, a product's bounds not an integer apart: Γ extension).

A product up to a real, non-integer parameter: Π_{k=1}^{a} k = Γ(a + 1), a ∈ (1, 4), then a = 5/2.

Π_{k=1}^{5/2} k multiplies the factors k = 1, 2 (k ≤ 5/2): it is 2, not Γ(7/2) = 15√π/8 ≈ 3.32.
A sound kernel: a product's bounds must differ by an integer: refused/failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

a_ = Param("a", Real(1, 4))
a = a_.symbol
k = sp.Symbol("k", integer=True)
P = sp.Symbol("P")

DERIVATIONS = [Derivation(
    id="attack.r5.product_real_upper_bound", title="a factorial", source="attack",
    symbols=(a_,), parameters=(),
    premises=(Premise("def", sp.Eq(P, sp.Product(k, (k, 1, a))), "the product of the first integers"),),
    steps=(Rewrite(expect=sp.gamma(a + 1)),
           Substitute(mapping={a: sp.Rational(5, 2)}, expect=15 * sp.sqrt(sp.pi) / 8)),
    route=Agreement("Gamma", lambda: 15 * sp.sqrt(sp.pi) / 8, points=({},)),
)]
