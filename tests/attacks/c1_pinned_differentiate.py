"""Class 1 (calculus where a form holds at one point only): differentiate a pinned variable.

The premise ``x = 3`` pins x; after substituting it, ``f = 9`` holds at one point of x only,
so differentiating in x (``df/dx = 0``) is meaningless (the true slope of ``f = x²`` is 6).
A sound kernel must refuse the Differentiate step (failed or inconclusive, exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_differentiate", title="slope of f at a pinned point", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),
              Premise("pin", sp.Eq(x, 3), "the operating point")),
    steps=(Substitute(mapping={x: Ref("pin")}, on="def", expect=sp.Eq(f, 9)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 0))),
    route=Agreement("the slope at the operating point", lambda: 0, points=({},)),
)]
