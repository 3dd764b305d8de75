"""Control (review 8). Must pass. A one-sided series read on its own side: c e^{-1/x} + c x/|x| ≃ c
from above, so its limit from above is c."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, SeriesExpand

x_, c_ = Param("x", Real(-1, 1)), Param("c", Real(1, 2))
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_limit_same_side_ok", title="a one-sided series read from the other side", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c * sp.exp(-1 / x) + c * x / sp.Abs(x)), "a step"),),
    steps=(SeriesExpand(x, 0, 1, direction="+", expect=c),
           Limit(x, 0, direction="+", expect=c)),
    route=Agreement("value", lambda c: c, points=({"c": "5/4"}, {"c": "3/2"}, {"c": "7/4"})),
)]
