"""Class 5 (review 32, a point not evaluated): a point where SymPy overflows on both sides is skipped without the balls review 31 added for points that time out.

A Rewrite of f = sqrt((x - a)^2 expanded) + G, a = 10^250, G = exp(-exp(x/10^200)), into a - x + G on x > 0.
It is false for x > 10^250: at x = 10^300 the left side is 10^300 - 10^250 + G and the right side
10^250 - 10^300 + G (they differ by ~2*10^300). Reported `confirmed` (exit 0). The only sampled point in
the false region is the corner 10^300 (the band 10^100-10^299 is not drawn, see r32_far_band_unreached).
There SymPy's automatic evaluation of exp(-exp(10^100)) raises OverflowError ("too many digits in
integer") at once, so verify/confirm.py::_value returns None for both sides without noting the point as
late, and confirm_identity skips it as "neither side is a number here (a pole, a branch cut)": the
review-31 ball judgment runs only for OutOfTime, although arb encloses the difference (2*10^300) at once.
Without G the same step is refuted in its right-hand side at that corner. A sound kernel must judge in
balls (or count as undecided) every point where SymPy gives no value for an error, not only a timeout.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

x_ = Param("x", Positive())
x = x_.symbol
k = sp.Symbol("k", integer=True, positive=True)
f = sp.Symbol("f")
a = sp.Integer(10) ** 250
G = sp.exp(-sp.exp(x / sp.Integer(10) ** 200))
DERIVATIONS = [Derivation(
    id="attack.r32.overflow_point_skipped", title="a tail beside a square root", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(sp.expand((x - a) ** 2)) + G), "definition"),),
    steps=(Rewrite(expect=a - x + G),),
    route=Agreement("value", lambda x: 10**250 - x + mpmath.exp(-mpmath.exp(mpmath.mpf(x) / 10**200)),
                    points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
