"""Class 5 (review 32, sampling called confirmation): on a whole real line the far draws are all positive.

A Rewrite of f = sqrt(((x + a)(x + b))^2 expanded), a = 10^9, b = 10^299, into (x + a)(x + b) on x real. It is
false on (-10^299, -10^9): at x = -10^10 the left side is |(-9*10^9)(10^299 - 10^10)| > 0 and the right side
is its negative. Reported `confirmed` (exit 0). For one variable the sign of a far draw comes from
region = index % 3 with index = i: i = 2 gives region 2 (positive), i = 6 region 0 (positive); the first
negative far draw would be i = 10, after the 8 agreeing points (drawn: 9.0e7, -1.4e-8, 7.9, 1e8, 2.6e9,
-1e8, -6.9e-3, 1e300, 4.0e44, -1e300). The negative side between -10^8 and -10^300 is never sampled. A sound
kernel must draw far points on every unbounded side (both signs) before confirming.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(10) ** 9
b = sp.Integer(10) ** 299
DERIVATIONS = [Derivation(
    id="attack.r32.far_negative_side", title="a square root of a square on the line", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand(((x + a) * (x + b)) ** 2))), "definition"),),
    steps=(Rewrite(expect=sp.expand((x + a) * (x + b))),),
    route=Agreement("value", lambda x: (x + 10**9) * (x + 10**299), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
