"""Control for c1_pinned_differentiate: differentiate first, then evaluate at the point.

``f = x²`` gives ``df/dx = 2x``, and at ``x = 3`` the slope is 6. Must pass (exit 0).
"""
import sympy as sp

import mpmath

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_differentiate_ok", title="slope of f at a point", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),),
    steps=(Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2 * x)),
           Substitute(mapping={x: 3}, expect=6)),
    route=Agreement("numeric difference quotient", lambda: mpmath.diff(lambda t: t**2, 3), points=({},)),
)]
