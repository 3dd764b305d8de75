"""Control, class 9 (determinism): specializing a derivative's variable after differentiating.

``f = x²`` gives ``df/dx = 2x`` and at ``x = 3`` the value 6 (the left-hand side becomes
``Subs(Derivative(f, x), x, 3)``). Today the cached rule output does not survive the round
trip ("The following expressions appear more than once: x") and the verdict differs with
the cache. Must pass, with and without the cache.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c9.subs_derivative_ok", title="the slope at 3", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),),
    steps=(Differentiate(x, expect=2 * x),
           Substitute(mapping={x: 3}, expect=6)),
    route=Agreement("difference quotient", lambda: mpmath.diff(lambda t: t**2, 3), points=({},)),
)]
