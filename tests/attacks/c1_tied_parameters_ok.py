"""Control for c1_tied_parameters: differentiate before tying. ``∂(x + y)/∂y = 1``. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

x_ = Param("x", Real(0, 10))
y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.tied_parameters_ok", title="partial derivative", source="attack",
    symbols=(x_, y_),
    premises=(Premise("def", sp.Eq(f, x + y), "definition"),),
    steps=(Differentiate(y, expect=sp.Eq(sp.Derivative(f, y), 1)),),
    route=Agreement("numeric difference quotient", lambda: mpmath.diff(lambda t: 2 + t, 3), points=({},)),
)]
