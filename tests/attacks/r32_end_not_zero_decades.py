"""Class 5 (review 32, sampling called confirmation): next to a finite end other than 0 nothing between 10^-8 and 10^-300 of it is drawn.

A Rewrite of f = sqrt(((x - a)(x - b))^2 expanded), a = 1 + 10^-30, b = 1 + 10^-10, into (x - a)(x - b), on
x in Real(1, None). It is false on (1 + 10^-30, 1 + 10^-10): at x = 1 + 10^-20 the left side is
|(10^-20 - 10^-30)(10^-20 - 10^-10)| ~ +10^-30, the right side ~ -10^-30; a 70-digit Float holds
1 + 10^-20 and 50 digits tell the two apart, so this is within the working precision. Reported
`confirmed` (exit 0). _far_magnitude allows small magnitudes only where the end is 0 ("where it survives
the working precision"); the ordinary draws stop at lo + 10^-8 and the corners are lo + 10^-8 and
lo + 10^-300 (the latter not reached before 8 points agree). Distances 10^-9 ... 10^-50 from a nonzero end
are representable and never sampled. A sound kernel must sample distances from a nonzero end down to what
its digits hold (e.g. 10^-(dps+10)), or not confirm.
"""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(1, None))
x = x_.symbol
f = sp.Symbol("f")
a = 1 + sp.Rational(1, 10**30)
b = 1 + sp.Rational(1, 10**10)
P = sp.expand(((x - a) * (x - b)) ** 2)
DERIVATIONS = [Derivation(
    id="attack.r32.end_not_zero_decades", title="a square root of a square", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(P)), "definition"),),
    steps=(Rewrite(expect=sp.expand((x - a) * (x - b))),),
    route=Agreement("value", lambda x: (x - 1 - __import__("mpmath").mpf(10)**-30) * (x - 1 - __import__("mpmath").mpf(10)**-10),
                    points=({"x": 2}, {"x": 3}, {"x": 5})),
)]
