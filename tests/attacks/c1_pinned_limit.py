"""Class 1 (calculus where a form holds at one point only): a limit of a pinned form.

``f = x²`` with ``x = 3`` gives ``f = 9``; taking ``x → ∞`` of that gives ``lim f = 9``, but
x² grows without bound. A sound kernel must refuse the Limit (x is pinned): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_limit", title="large-x behaviour of a pinned form", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),
              Premise("pin", sp.Eq(x, 3), "the operating point")),
    steps=(Substitute(mapping={x: Ref("pin")}, on="def", expect=sp.Eq(f, 9)),
           Limit(x, sp.oo, expect=9)),
    route=Agreement("the limit", lambda: 9, points=({},)),
)]
