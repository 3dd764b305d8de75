"""Class 5 (review 34, sampling called confirmation): no visited point has one variable far out large while another is far out small, except the two corners at exactly 10^±8 and 10^±300.

A Rewrite of f = G + (|x - a| + x - a)(|x - a2| - x + a2)(|y - b| - y + b)(|y - c| + y - c), each |u| written
sqrt(u^2 expanded), G = xy/(1 + x + y), a = 10^10, a2 = 10^250, b = 10^-10, c = 10^-250, into f = G on x, y > 0.
The correction is 16(x - a)(a2 - x)(b - y)(y - c) on the box 10^10 < x < 10^250, 10^-250 < y < 10^-10 (240 by
240 decades, a large coupling beside a small one) and 0 elsewhere: at x = 10^20, y = 10^-20 it is about
16 * 10^20 * 10^250 * 10^-10 * 10^-20 = 1.6*10^241, while G = 10^-20. The visited points are: the corners
(both at 10^±8 or both at 10^±300 in four high/low patterns: the mixed ones are (10^8, 10^-8) and (10^300,
10^-300), both outside the box), the joint far bands (both large together or both small together), each
variable alone in a band with the other of order one, and the suspects beside a kink (the other variable at
a drawn, ordinary value). None lies in the box, and the drawn points stay within 10^±8. A sound kernel must
also visit points where one variable is far large and another far small (mixed bands), not only jointly.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive()); y_ = Param("y", Positive())
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")
a, a2 = sp.Integer(10) ** 10, sp.Integer(10) ** 250
b, c = sp.Rational(1, 10**10), sp.Rational(1, 10**250)
A = lambda u: sp.sqrt(sp.expand(u ** 2))   # |u|, not Abs
G = x * y / (1 + x + y)
DERIVATIONS = [Derivation(
    id="attack.r34.far_large_beside_small", title="a switched correction", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(f, G + (A(x - a) + x - a) * (A(x - a2) - x + a2) * (A(y - b) - y + b) * (A(y - c) + y - c)),
                      "definition"),),
    steps=(Rewrite(expect=G),),
    route=Agreement("value", lambda x, y: x * y / (1 + x + y), points=({"x": 1, "y": 2}, {"x": 2, "y": 3}, {"x": 3, "y": 1})),
)]
