"""Class 3 (review 10, truncated series): Truncated series scaled by the inverse of its remainder's order, then a limit at its centre:
g = e^x ≃ 1 + x + O(x²) about 0; subtracting 1 + x and dividing by x² leaves (g − 1 − x)/x² ≃ 0, all of
it remainder; the limit x → 0⁺ then says 0, where (e^x − 1 − x)/x² → 1/2. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, MultiplyBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_divide_by_remainder_order", title="curvature from a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1 - x, expect=sp.Eq(g - 1 - x, 0)),
           MultiplyBoth(factor=1 / x**2, expect=sp.Eq((g - 1 - x) / x**2, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((g - 1 - x) / x**2, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
