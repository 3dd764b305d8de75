"""Class 5 (review 33, sampling called confirmation): a false rewrite is confirmed because a growing term on both sides (e^x, beyond 10^1500 for every x > 3454) makes every point of the false region x > 10^4 "no evidence": all far bands and corners are skipped.

A Rewrite of f = sqrt((x - a)^2 expanded) + (1 + x)e^x, a = 10^4, into a - x + e^x + x e^x on x > 0. It is
false for every x > 10^4 (296 decades of the domain, all the far bands review 32 visits): at x = 2*10^4 the
two sides differ by 2(x - a) = 2*10^4. Reported `confirmed` (exit 0). Without the e^x term the same rewrite
is refuted at the suspect x = 10100. Here, at every point with x > ~3500 (the suspect 10100, the corners
10^8 and 10^300, each far band's draw) SymPy's values agree to 50 digits (the difference is 10^-8600 of
e^x or less) and the arb ball of the difference, radius ~e^x 10^-1500, holds 0, so `_beyond_at` names
exp(x) and verify/confirm.py skips the point ("no evidence either way: other points must agree"); the
`beyond` note makes the step inconclusive only if fewer than CONFIRM_POINTS agree, and the drawn points
below 3454 (all in x < a, where the rewrite holds) supply them. The far-band visits of review 32 thus count
for nothing on any form with a part growing like e^x. A sound kernel must not confirm where a whole region
(a far band, a corner, a suspect) gave no evidence: leave the step inconclusive, or judge such points
after dividing out the part that swamps the difference (here f - e, computed exactly, is 2(x - a)).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(10) ** 4
DERIVATIONS = [Derivation(
    id="attack.r33.dominant_beyond", title="a square root of a square beside a growing term", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2)) + (1 + x) * sp.exp(x)), "definition"),),
    steps=(Rewrite(expect=a - x + sp.exp(x) + x * sp.exp(x)),),
    route=Agreement("value", lambda x: 10**4 - x + (1 + x) * mpmath.exp(x), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
