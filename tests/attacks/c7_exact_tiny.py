"""Class 7 (claims): an exact ("=") claim off by e^{−200}.

``1 + e^{−200} = 1`` is false; "exact to the working precision" (50 digits) cannot see
it. A sound kernel decides "=" at higher precision or says inconclusive: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Claim, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c7.exact_tiny", title="a constant", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, 2 * x), "the double"),),
    steps=(Rewrite(expect=x + x),),
    route=Agreement("the double", lambda x: 2 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
    claims=(Claim("attack.c7.exact_tiny.value", "the constant", "attack", "1", lambda: 1 + mpmath.exp(-200), relation="="),),
)]
