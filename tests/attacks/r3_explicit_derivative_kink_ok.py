"""Control (review 3). Must pass. An explicit derivative of |x| on (0, 1), where |x| is smooth.

g = d|x|/dx = sign(x) for x ≠ 0; at x = 1/2, 1.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="control.r3.explicit_derivative_kink_ok", title="slope of a fold, on one side", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(sp.Abs(x), x)), "the slope of |x|"),),
    steps=(Rewrite(expect=sp.sign(x)),
           Substitute(mapping={x: sp.Rational(1, 2)}, expect=sp.Eq(sp.Subs(g, x, sp.Rational(1, 2)), 1))),
    route=Agreement("by hand", lambda: 1, points=({},)),
)]
