"""Class 3 (review 8 follow-up, a one-sided series read from the other side): f = c e^{-1/x} + c x/|x|
is ≃ c from above (order 1), and the limit x → 0 from below of the truncated form "is" c; from below
f → ∞. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, SeriesExpand

x_, c_ = Param("x", Real(-1, 1)), Param("c", Real(1, 2))
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_limit_other_side", title="a one-sided series read from the other side", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c * sp.exp(-1 / x) + c * x / sp.Abs(x)), "a step"),),
    steps=(SeriesExpand(x, 0, 1, direction="+", expect=c),
           Limit(x, 0, direction="-", expect=c)),
    route=Agreement("value", lambda c: c, points=({"c": "5/4"}, {"c": "3/2"}, {"c": "7/4"})),
)]
