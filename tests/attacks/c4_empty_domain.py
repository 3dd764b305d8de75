"""Class 4 (premises and domains never checked): an empty domain ``Real(1, 1)``.

The open interval (1, 1) is empty: every statement about x in it is vacuously true. A
sound kernel refuses the domain at construction with a one-line error naming it
(exit != 0, no traceback).
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, 1))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.empty_domain", title="a vacuous identity", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x), "the quantity"),),
    steps=(Rewrite(expect=x + 1),),
    route=Agreement("the value", lambda x: x + 1, points=({"x": 1}, {"x": 1}, {"x": 1})),
)]
