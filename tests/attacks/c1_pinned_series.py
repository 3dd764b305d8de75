"""Class 1 (calculus where a form holds at one point only): a series of a pinned form.

``f = eˣ`` with ``x = 1`` gives ``f = e``; expanding that about x = 0 gives ``f ≃ e`` to
every order, but eˣ ≃ 1 + x + x²/2 there. A sound kernel must refuse the SeriesExpand
(x is pinned by a premise): exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Ref, SeriesExpand, Substitute

x_ = Param("x", Real(0, 2))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_series", title="small-x expansion of a pinned form", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.exp(x)), "definition"),
              Premise("pin", sp.Eq(x, 1), "the operating point")),
    steps=(Substitute(mapping={x: Ref("pin")}, on="def", expect=sp.Eq(f, sp.E)),
           SeriesExpand(x, 0, 3, expect=sp.E)),
    route=Agreement("the value", lambda: mpmath.e, points=({},)),
)]
