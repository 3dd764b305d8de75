"""Class 4 (premises and domains never checked): an empty integer domain ``Integer(3, 2)``.

No integer n satisfies 3 ≤ n ≤ 2; the wrong rewrite ``n² = n³`` would be "proved" on it.
A sound kernel refuses the domain at construction: exit != 0, no traceback.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(3, 2))
n = n_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.empty_integer_domain", title="a vacuous identity", source="attack",
    symbols=(n_,),
    premises=(Premise("def", sp.Eq(f, n**2), "the quantity"),),
    steps=(Rewrite(expect=n**3),),
    route=Agreement("the value", lambda: 1, points=({},)),
)]
