"""Class 5 (review 33, sampling called confirmation): a chirp sin(e^x) on a bounded domain x in (0, 10^4) makes arb's ball wide wherever e^x > 10^1500, and SymPy's counterexamples on the whole upper half of the domain are dropped.

A Rewrite of f = sqrt((x - 5000)^2 expanded) + 10^10 x sin(e^x)^2 into 5000 - x + 10^10 x - 10^10 x cos(e^x)^2
on x in (0, 10^4). False for every x in (5000, 10^4), half the domain: at x = 7500 the sides differ by
2(x - 5000) = 5000, relative ~10^-10 of sides of size ~7.5*10^13 sin^2(e^7500), which SymPy's 50- and
150-digit values show. Reported `confirmed` (exit 0). Same mechanism as r33_wide_ball_overrides.py: for
x > ~3454 arb cannot reduce e^x modulo 2 pi at 1500 digits, the difference's ball is [-10^14, 10^14]-wide
and "zero", and verify/confirm.py's disagreement branch skips the point ("balls see no difference"); the
bulk and near-upper-end draws and even the suspects beside x = 5000 (x = 5003.3, 5081.5, 5166.0) are all
dropped, and the points below 3454 agree. A sound kernel must not let a ball whose radius exceeds the
disagreement SymPy found overrule it.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite, Real

x_ = Param("x", Real(0, 10**4))
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(5000)
DERIVATIONS = [Derivation(
    id="attack.r33.wide_ball_chirp", title="a square root of a square beside a chirp", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2)) + 10**10 * x * sp.sin(sp.exp(x)) ** 2), "definition"),),
    steps=(Rewrite(expect=a - x + 10**10 * x - 10**10 * x * sp.cos(sp.exp(x)) ** 2),),
    route=Agreement("value", lambda x: 5000 - x + 10**10 * x * mpmath.sin(mpmath.exp(x))**2,
                    points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
