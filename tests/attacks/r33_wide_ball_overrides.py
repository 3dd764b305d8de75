"""Class 5 (review 33, sampling called confirmation): where SymPy's values show the two sides differ, an arb ball too wide to say anything (sin of x^30 > 10^1500) is read as "balls see no difference" and the counterexample is dropped.

A Rewrite of f = sqrt((x - a)^2 expanded) + 10^10 x sin(x^30)^2, a = 10^50, into
a - x + 10^10 x - 10^10 x cos(x^30)^2 on x > 0. The oscillating parts are equal (sin^2 = 1 - cos^2); the
rewrite is false for every x > 10^50 (250 decades: the upper far bands and the corner), where the sides
differ by 2(x - a): at x = 10^300 by 2*10^300, relative to sides of size ~10^310, so SymPy's values at 50
and 150 digits disagree (relative gap ~10^-10). Reported `confirmed` (exit 0). In verify/confirm.py the
disagreement branch then asks `_difference_ball(f - e)`, and at these points arb cannot reduce x^30
(> 10^1500) modulo 2 pi at 1500 digits: sin and cos are [-1, 1], the ball of the difference has radius
~10^310, holds 0, and is "zero", so the point is skipped as "cancellation at an extreme point: balls see
no difference". It is not a ball that agrees with equality; it is a ball that cannot see anything. The
points with x > 10^50 (the corner 10^300, the draws 5.4e92 and 4.4e254) are all dropped this way; the drawn
points below 10^8 agree. A sound kernel must overrule SymPy's disagreement only with a ball tight enough
to exclude it (radius below |a - b|), and otherwise count the point against the step or as undecided.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(10) ** 50
DERIVATIONS = [Derivation(
    id="attack.r33.wide_ball_overrides", title="a square root of a square beside a fast phase", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2)) + 10**10 * x * sp.sin(x**30) ** 2), "definition"),),
    steps=(Rewrite(expect=a - x + 10**10 * x - 10**10 * x * sp.cos(x**30) ** 2),),
    route=Agreement("value", lambda x: 10**50 - x + 10**10 * x * mpmath.sin(mpmath.mpf(x)**30)**2,
                    points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
