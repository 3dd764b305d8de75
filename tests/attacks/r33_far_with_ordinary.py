"""Class 5 (review 33, sampling called confirmation): no visited point has one unbounded variable far and another at an ordinary value: far_points moves every unbounded variable into the far band together, the corners put them all at their ends, the drawn points stay below 10^8.

A Rewrite of f = G + (|x - a| + x - a)(|y - b| - y + b)(|y - c| + y - c), each |u| written sqrt(u^2 expanded)
(not Abs, so no non-analytic guard), G = xy/(1 + x + y), a = 10^10, b = 10^6, c = 10^-6, into f = G, on
x, y > 0. The correction is 8(x - a)(b - y)(y - c) wherever x > 10^10 and 10^-6 < y < 10^6, and 0 elsewhere:
the rewrite is false on all of x > 10^10 (290 decades) at every ordinary y, e.g. x = 10^20, y = 1:
f - G = 2(10^20 - 10^10) * 2(10^6 - 1) * 2(1 - 10^-6) ~ 8*10^26. Reported `confirmed` (exit 0). The points
verify/confirm_points._visited adds are the corners (x and y both at 10^±8 or 10^±300, in the four sign
patterns) and derivations/_domain_points.far_points (x and y both in the same band, each beyond 10^8 or
below 10^-8); the drawn points have x < 10^8 < a. A large parameter beside an O(1) one (a large N at unit
coupling) is the ordinary regime of a physical formula, and it is never visited. A sound kernel must also
visit each far band of one variable with the others at drawn (ordinary) values.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive()); y_ = Param("y", Positive())
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")
a, b, c = sp.Integer(10) ** 10, sp.Integer(10) ** 6, sp.Rational(1, 10**6)
ax = sp.sqrt(sp.expand((x - a) ** 2))   # |x - a|
by = sp.sqrt(sp.expand((y - b) ** 2))   # |y - b|
cy = sp.sqrt(sp.expand((y - c) ** 2))   # |y - c|
G = x * y / (1 + x + y)
DERIVATIONS = [Derivation(
    id="attack.r33.far_with_ordinary", title="a switched correction", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(f, G + (ax + x - a) * (by - y + b) * (cy + y - c)), "definition"),),
    steps=(Rewrite(expect=G),),
    route=Agreement("value", lambda x, y: x * y / (1 + x + y), points=({"x": 1, "y": 2}, {"x": 2, "y": 3}, {"x": 3, "y": 1})),
)]
