"""Class 4 (premises and domains never checked): a premise with no solution on the domain.

``cosh x = 1/2`` has no real solution (cosh ≥ 1), so every step that rests on it is
vacuous: here it yields the boxed ``f = 1`` for ``f = cosh x + 1/2``. A sound kernel shows the premises
satisfiable on the domain (a witness) or refuses: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(-10, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c4.unsatisfiable_premise", title="a negative square", source="attack",
    symbols=(x_,),
    premises=(Premise("sq", sp.Eq(sp.cosh(x), sp.Rational(1, 2)), "the balance"),
              Premise("def", sp.Eq(f, sp.cosh(x) + sp.Rational(1, 2)), "the quantity")),
    steps=(Substitute(using="sq", on="def", expect=sp.Eq(f, 1)),),
    route=Agreement("the value", lambda: 1, points=({},)),
)]
