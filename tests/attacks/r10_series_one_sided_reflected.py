"""Class 3 (review 10, truncated series): A one-sided series reflected by a substitution that keeps its centre: f = c e^{-1/x} + c x/|x| is ≃ c
from above (order 1); x → −x keeps the centre 0 (allowed), but the form now stands for f(−x), and its
limit x → 0⁺ reads f from BELOW, where f → ∞ (c e^{1/|x|}). The step says c. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, SeriesExpand, Substitute

x_, c_ = Param("x", Real(-1, 1)), Param("c", Real(1, 2))
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r10.series_one_sided_reflected", title="a one-sided series reflected", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c * sp.exp(-1 / x) + c * x / sp.Abs(x)), "a step"),),
    steps=(SeriesExpand(x, 0, 1, direction="+", expect=c),
           Substitute({x: -x}, expect=sp.Eq(sp.Subs(f, x, -x), c)),
           Limit(x, 0, direction="+", expect=sp.Eq(sp.Limit(sp.Subs(f, x, -x), x, 0, "+"), c))),
    route=Agreement("value", lambda c: c, points=({"c": "5/4"}, {"c": "3/2"}, {"c": "7/4"})),
)]
