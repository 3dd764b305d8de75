"""Class 5 (sampling called confirmation): ``x(1 + e^{−300}) = x``.

The two sides differ by ``x e^{−300}``, far below 50 digits at every sampled point, yet
they are different functions. Before sampling, the kernel must try to prove the difference
non-zero (here it is plainly ``x e^{−300} ≠ 0``). A sound kernel: failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.tiny_relative_term", title="a negligible correction", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x * (1 + sp.exp(-300))), "the corrected size"),),
    steps=(Rewrite(expect=x),),
    route=Agreement("the size", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
