"""Class 5 (review 32, sampling called confirmation): the small far decades next to 0 (10^-8 ... 10^-299) are never drawn.

A Rewrite of f = sqrt(P), P = ((x - a)(x - b))^2 expanded, a = 10^-250, b = 10^-10, into f = (x - a)(x - b)
on x > 0. It is false on (10^-250, 10^-10): at x = 10^-100 the left side is |(10^-100 - 10^-250)(10^-100 -
10^-10)| ~ +10^-110 and the right side ~ -10^-110 (50 working digits see both, x is a 70-digit Float).
Reported `confirmed` (exit 0). whole_domain_point draws a *small* far magnitude only when
(far // 3) % 2 == 1, i.e. far >= 3, i.e. at i = 14 of _points; 8 agreeing points are reached long before
(points 2.0e-2, 0.46, 2.9, 982, 3.3e7, 1e8, 1.6e25, 1e-8, 7.0e-6, 1e300), so below 10^-8 only the corner
10^-300 could be tried, and it is not reached either. The README promises the whole domain out to 10^±300.
A sound kernel must visit the small decades as well as the large ones before confirming.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Rational(1, 10**250)
b = sp.Rational(1, 10**10)
P = sp.expand(((x - a) * (x - b)) ** 2)
DERIVATIONS = [Derivation(
    id="attack.r32.far_small_unreached", title="a square root of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(P)), "definition"),),
    steps=(Rewrite(expect=sp.expand((x - a) * (x - b))),),
    route=Agreement("value", lambda x: (x - __import__("mpmath").mpf(10)**-250) * (x - __import__("mpmath").mpf(10)**-10), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
