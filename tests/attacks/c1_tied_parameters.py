"""Class 1 (calculus where a form holds at one point only): a tie among parameters.

With ``f = x + y`` and the constraint ``y = x``, substituting gives ``f = 2x``, a form that
holds only on the line y = x. Differentiating in y then gives ``∂f/∂y = 0`` while the
partial derivative of ``f = x + y`` is 1. A sound kernel must refuse (y is tied): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(0, 10))
y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.tied_parameters", title="partial derivative along a tie", source="attack",
    symbols=(x_, y_),
    premises=(Premise("def", sp.Eq(f, x + y), "definition"),
              Premise("tie", sp.Eq(y, x), "the symmetric case")),
    steps=(Substitute(mapping={y: Ref("tie")}, on="def", expect=sp.Eq(f, 2 * x)),
           Differentiate(y, expect=sp.Eq(sp.Derivative(f, y), 0))),
    route=Agreement("the partial derivative", lambda: 0, points=({},)),
)]
