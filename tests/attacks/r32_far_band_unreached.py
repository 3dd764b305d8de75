"""Class 5 (review 32, sampling called confirmation): the third band of far decades (10^100-10^299) is never drawn.

A Rewrite of f = sqrt(P), P the expanded square ((x - a)(x - b))^2 with a = 10^101, b = 10^299, into
f = (x - a)(x - b) on x > 0. It is false on every x between a and b: at x = 10^200 the left side is
|(10^200 - 10^101)(10^200 - 10^299)| ~ +10^499, the right side ~ -10^499. Reported `confirmed` (exit 0).
verify/confirm.py::_points makes a far draw only at i % 4 == 2, with far = i // 4, and FAR_DECADES[far % 3]:
far = 0 (10^8-10^30) at i = 2, far = 1 (10^30-10^100) at i = 6, far = 2 (10^100-10^299) only at i = 10. The
loop stops as soon as CONFIRM_POINTS = 8 agree (suspects count too), so an identity that holds everywhere
else reaches i = 10 only if points were lost on the way: here the points are 9.0e4, 9.5e-7, 9.3e7, 1e8,
1.2e9 (band 1), 1e-8, 3.5e-3, 1e300, 6.7e88 (band 2), 1e-300, and nothing lands in (10^101, 10^299). The
review-31 fix only works when its bands are all visited. A sound kernel must draw from every far band
(and both signs, and the small side) before it may call an identity confirmed, e.g. draw the far points
first or require one agreeing point per band.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(10) ** 101
b = sp.Integer(10) ** 299
P = sp.expand(((x - a) * (x - b)) ** 2)
DERIVATIONS = [Derivation(
    id="attack.r32.far_band_unreached", title="a square root of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(P)), "definition"),),
    steps=(Rewrite(expect=sp.expand((x - a) * (x - b))),),
    route=Agreement("value", lambda x: (x - 10**101) * (x - 10**299), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
