"""Class 5 (review 32, sampling called confirmation): an unbounded integer domain is never sampled above 10^6 (no far draws, no corners).

A Rewrite of f = sqrt((n - 10^7)^2 expanded) into 10^7 - n for n in Integer(0, None). It is false for every
n > 10^7: at n = 2*10^7 the left side is 10^7 and the right side -10^7. Reported `confirmed` (exit 0).
whole_domain_point returns from its integer branch before the far draws (k = randint(0, 12) or
int(10**uniform(1, 6)), so n < 10^6), and _corners/_end skip every non-real variable, so the review-31
decades and the 10^8/10^300 corners never reach an integer variable (drawn here: 4 ... 4.3e5). A sound
kernel must draw integers from the same far decades (and corners) as reals on an unbounded side.
"""
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(0, None))
n = n_.symbol
f = sp.Symbol("f")
N = sp.Integer(10) ** 7
DERIVATIONS = [Derivation(
    id="attack.r32.integer_far", title="a square root of a square over the counts", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((n - N) ** 2))), "definition"),),
    steps=(Rewrite(expect=N - n),),
    route=Agreement("value", lambda n: 10**7 - n, points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
