"""Control for c5_tiny_relative_term: ``x(1 + e^{−300}) = x + x e^{−300}`` exactly. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.tiny_difference_ok", title="a negligible correction", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x * (1 + sp.exp(-300))), "the corrected size"),),
    steps=(Rewrite(expect=x + x * sp.exp(-300)),),
    route=Agreement("the size", lambda x: x * (1 + mpmath.exp(-300)), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
