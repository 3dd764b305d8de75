"""Class 6 (routes, hooks and user code trusted): a ``value=`` hook returning something
the steps never derived.

The steps derive ``f' = 3x²``; ``value=lambda result: 42`` makes ``evaluate()`` return 42,
the route agrees with 42, and a claim "the slope is 42" is verified against it. A sound
kernel checks ``value=`` against the derived result at points: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Claim, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

slope = Derivation(
    id="attack.c6.value_hook", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=3 * x**2),),
    value=lambda result: sp.Integer(42),
    route=Agreement("the slope", lambda x: 42, points=({"x": 1}, {"x": "2.5"}, {"x": 7})),
    claims=(Claim("attack.c6.value_hook.at1", "the slope at x = 1 is 42", "attack", "42",
                  lambda: slope.evaluate(dps=30, x=1)),),
)
DERIVATIONS = [slope]
