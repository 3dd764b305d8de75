"""Class 1 (calculus where a form holds at one point only): integrate a pinned form.

``f = x²`` with the premise ``x = 3`` becomes ``f = 9``, true at x = 3 only. Integrating it
over ``x ∈ (0, 1)`` gives ``∫f dx = 9`` while ``∫₀¹ x² dx = 1/3``. A sound kernel must refuse
the Integrate step (x is pinned by a premise): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_integrate", title="area under a pinned form", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),
              Premise("pin", sp.Eq(x, 3), "the operating point")),
    steps=(Substitute(mapping={x: Ref("pin")}, on="def", expect=sp.Eq(f, 9)),
           Integrate(x, 0, 1, expect=9)),
    route=Agreement("the area", lambda: 9, points=({},)),
)]
