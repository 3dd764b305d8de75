"""Class 3 (review 11, truncated series): Truncated series divided by x² through ApplyBoth(Lambda(u, u/x²)) (not Multiply/DivideBoth, so no order shift).
g = e^x ≃ 1 + x + O(x²): (g − 1 − x)/x² ≃ 0, limit 0 where it is 1/2. Sound: refuse."""
import sympy as sp
from derivations import AddBoth, Agreement, ApplyBoth, Derivation, Limit, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
u = sp.Symbol("u")
DERIVATIONS = [Derivation(
    id="attack.r11.series_applyboth_limit", title="curvature from a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1 - x, expect=sp.Eq(g - 1 - x, 0)),
           ApplyBoth(fn=sp.Lambda(u, u / x**2), expect=sp.Eq((g - 1 - x) / x**2, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((g - 1 - x) / x**2, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
