"""Class 4 (premises and domains never checked): inconsistent premises prove anything.

``f = x + 1`` and ``f = x + 2`` cannot both hold; substituting one into the other and
subtracting gives the boxed ``0 = 1``. A sound kernel shows the premise set satisfiable
(a witness point) or refuses the derivation: exit != 0.
"""
import sympy as sp

from derivations import AddBoth, Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(-10, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.inconsistent_premises", title="a paradox", source="attack",
    symbols=(x_,),
    premises=(Premise("one", sp.Eq(f, x + 1), "the first model"),
              Premise("two", sp.Eq(f, x + 2), "the second model")),
    steps=(Substitute(using="one", on="two", expect=sp.Eq(x + 1, x + 2, evaluate=False)),
           AddBoth(term=-x - 1, expect=sp.Eq(0, 1, evaluate=False))),
    route=Agreement("the value", lambda: 1, points=({},)),
)]
