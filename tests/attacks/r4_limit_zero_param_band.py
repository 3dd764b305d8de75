"""Class 3 (review 4, SymPy trusted; an open hole). One-sided limit at 0 with a parameter, where SymPy's answer is wrong only on a narrow band of the parameter.

f = x^((a - c)^2 - 1 - 10^-8) - 1/x, c = 1.2345, a in (0, 2). SymPy 1.14 says lim_{x->0+} f = -oo
for every a. For |a - c| < 10^-4 the first power is x^(-1-d) with d > 0 and dominates: the limit is +oo.
The side probe is taken at a handful of parameter points, none in the band.
A sound kernel must say inconclusive or failed (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Limit, Param, Positive, Premise, Real

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")
c = sp.Rational(12345, 10000)

DERIVATIONS = [Derivation(
    id="attack.r4.limit_zero_param_band", title="short-distance balance of two singular terms", source="review4",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x**((a - c)**2 - 1 - sp.Rational(1, 10**8)) - 1 / x), "two singular terms"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, 0, direction="+", expect=-sp.oo),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]
