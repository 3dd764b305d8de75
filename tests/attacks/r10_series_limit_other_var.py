"""Class 3 (review 10, truncated series): Truncated series, then a limit in ANOTHER variable: h = (1 − e^{−a x})/a ≃ x about x = 0 holds for
fixed a; a → ∞ leaves that regime (a x is not small): the step says h → x, where h → 0 for every
x > 0. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand

x_, a_ = Param("x", Positive()), Param("a", Positive())
x, a = x_.symbol, a_.symbol
h = sp.Symbol("h")
DERIVATIONS = [Derivation(
    id="attack.r10.series_limit_other_var", title="a strong-damping limit of a linearisation", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(h, (1 - sp.exp(-a * x)) / a), "absorbed fraction"),),
    steps=(SeriesExpand(x, 0, 2, expect=x),
           Limit(a, sp.oo, expect=x)),
    route=Agreement("value", lambda x: x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
