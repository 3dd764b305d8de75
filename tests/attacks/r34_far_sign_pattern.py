"""Class 5 (review 34, sampling called confirmation): with two real variables of both signs, the joint far bands take the sign patterns (+,+), (-,-) and (-,+) only; x far positive beside y far negative is visited only at the corners 10^8 and 10^300.

A Rewrite of f = G + (|x - a| + x - a)(|x - a2| - x + a2)(|y + a| - y - a)(|y + a2| + y + a2), each |u| written
sqrt(u^2 expanded), G = x^2 + y^2, a = 10^10, a2 = 10^250, into f = G, x and y real. The correction is
16(x - a)(a2 - x)(-a - y)(y + a2) on the box 10^10 < x < 10^250, -10^250 < y < -10^10 and 0 elsewhere: at
x = 10^20, y = -10^20 it is about 16 * 10^20 * 10^250 * 10^20 * 10^250 = 1.6*10^541, while G = 2*10^40.
derivations/_domain_points.far_points takes the patterns "+", "-", "-+" (x negative, y positive) for the joint
bands; "+-" is missing; the corners' (+, -) patterns sit at |x| = |y| = 10^8 and 10^300, outside the box;
each variable alone far has the other of order one. A sound kernel must visit every sign pattern of the far
bands (or each variable's band in both signs beside the other's), not the first three.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real()); y_ = Param("y", Real())
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")
a, a2 = sp.Integer(10) ** 10, sp.Integer(10) ** 250
A = lambda u: sp.sqrt(sp.expand(u ** 2))   # |u|, not Abs
G = x ** 2 + y ** 2
DERIVATIONS = [Derivation(
    id="attack.r34.far_sign_pattern", title="a switched correction", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(f, G + (A(x - a) + x - a) * (A(x - a2) - x + a2) * (A(y + a) - y - a) * (A(y + a2) + y + a2)),
                      "definition"),),
    steps=(Rewrite(expect=G),),
    route=Agreement("value", lambda x, y: x ** 2 + y ** 2, points=({"x": 1, "y": 2}, {"x": 2, "y": 3}, {"x": 3, "y": 1})),
)]
