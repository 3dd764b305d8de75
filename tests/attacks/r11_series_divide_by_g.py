"""Class 3 (review 11, truncated series): Truncated series divided by (g − 1)², g the defined function of x: the order shift sees a divisor
free of x and counts nothing. g = e^x ≃ 1 + x + O(x²): g − 1 − x ≃ 0; dividing by (g − 1)² ~ x² leaves
all remainder: the limit x → 0⁺ says 0, where (e^x − 1 − x)/(e^x − 1)² → 1/2. Sound: refuse."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, DivideBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r11.series_divide_by_g", title="curvature from a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1 - x, expect=sp.Eq(g - 1 - x, 0)),
           DivideBoth(divisor=(g - 1)**2, expect=sp.Eq((g - 1 - x) / (g - 1)**2, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((g - 1 - x) / (g - 1)**2, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
