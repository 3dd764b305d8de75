"""Class 3 (review 11, truncated series): Truncated series inverted (PowerBoth −1) then differentiated: g = e^x ≃ 1 + x + O(x²);
1/(g−1) ≃ 1/x (dropped terms O(1): −1/2 + x/12 …); d/dx: −g'/(g−1)² ≃ −1/x²; after adding 1/x² the
form says  1/x² − g'/(g−1)² ≃ 0, whose limit at 0⁺ is 1/12 in truth. Sound: refuse the derivative or limit."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Differentiate, Limit, PowerBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r11.series_powerboth_diff", title="slope of the inverse", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1, expect=sp.Eq(g - 1, x)),
           PowerBoth(exponent=-1, expect=sp.Eq(1 / (g - 1), 1 / x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(1 / (g - 1), x), -1 / x**2)),
           AddBoth(term=1 / x**2, expect=sp.Eq(sp.Derivative(1 / (g - 1), x) + 1 / x**2, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(sp.Derivative(1 / (g - 1), x) + 1 / x**2, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
