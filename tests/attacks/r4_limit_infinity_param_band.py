"""Class 3 (review 4, SymPy trusted; an open hole). Limit at +oo with a parameter, where SymPy's answer is wrong only on a narrow band of the parameter.

f = x^(1 + 10^-8 - (a - c)^2) - x, c = 1.2345, a in (0, 2). SymPy 1.14 says lim_{x->oo} f = -oo
for every a. It is +oo for |a - c| < 10^-4 (the exponent exceeds 1 there), -oo elsewhere.
The t=1/x ladder certificate is taken at a handful of parameter points, none in the band.
A sound kernel must say inconclusive or failed (exit != 0): the claim -oo is false at a = c.
(Variation of r3_limit_infinity_param_skip: there, half the domain was wrong; here a band.)
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Real, Differentiate

x_ = Param("x", Positive())
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")
c = sp.Rational(12345, 10000)

DERIVATIONS = [Derivation(
    id="attack.r4.limit_infinity_param_band", title="net growth against a linear loss", source="review4",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, x**(1 + sp.Rational(1, 10**8) - (a - c)**2) - x), "growth against the linear loss x"),
              Premise("other", sp.Eq(h, a**2), "an unrelated square, for the route")),
    steps=(Limit(x, sp.oo, expect=-sp.oo),
           Differentiate(a, on="other", expect=2 * a)),
    route=Agreement("by hand", lambda a: 2 * a, points=({"a": "0.5"}, {"a": "1.3"}, {"a": "1.7"})),
)]
