"""Class 5 (review 34, sampling called confirmation): review 33's rule (a part beyond 10^1500 at a corner or far band leaves the step inconclusive) sizes only the first 400 distinct parts of the forms; a form with more parts than that before its growing term hides e^x, and every far point where e^x swamps the false difference counts as agreeing.

A Rewrite of f = F + log(e^x + sqrt((x - a)^2 expanded)) into F + log(e^x + a - x), a = 10^4, x > 0, with
F = sum_{k=1}^{120} k/(x + k) the same on both sides (a partial-fraction sum, ~480 distinct parts).
False for every x > 10^4 (296 decades: every far band and the corner 10^300): there the arguments differ by
2(x - a), so the sides differ by log(1 + 2(x - a)/(e^x + a - x)) ~ 2(x - a)e^-x, e.g. 2*10^4 e^(-2*10^4)
at x = 2*10^4, nonzero. Without F the same file is inconclusive (review 33: exp(x) is sized beyond 10^1500
at the far bands). With F, verify/confirm.py's `_beyond_at` stops after `_BEYOND_NODES` = 400 parts, all of
them F's: exp(x) is never sized, the arb ball of the difference (radius ~x 10^-1500) is "zero", and each far
band and corner is counted as agreeing evidence. A sound kernel must size every part of the forms (or
treat a point whose forms it stopped sizing as no evidence), not stop after the first 400.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")
a = sp.Integer(10) ** 4
F = sp.Add(*[sp.Integer(k) / (x + k) for k in range(1, 121)])
DERIVATIONS = [Derivation(
    id="attack.r34.beyond_node_limit", title="a logarithm of a growing term", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, F + sp.log(sp.exp(x) + sp.sqrt(sp.expand((x - a) ** 2)))), "definition"),),
    steps=(Rewrite(expect=F + sp.log(sp.exp(x) + a - x)),),
    route=Agreement("value", lambda x: sum(mpmath.mpf(k) / (x + k) for k in range(1, 121)) + mpmath.log(mpmath.exp(x) + abs(x - 10**4)),
                    points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
