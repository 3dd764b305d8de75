"""Class 4 (premises and domains never checked): ``log(uv) = log u + log v`` with undeclared u, v.

``u`` and ``v`` are created with ``positive=True`` in the file and declared nowhere, so the
checker believes the identity; a declared ``Real`` domain would show it false for u, v < 0.
Assumptions may come only from domains. A sound kernel refuses (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(-10, 10))
u, v = sp.symbols("u v", positive=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.undeclared_positive_log", title="log of a product", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.log(u * v)), "the quantity"),),
    steps=(Rewrite(expect=sp.log(u) + sp.log(v)),),
    route=Agreement("the value", lambda: 0, points=({},)),
)]
