"""Class 3 (review 11, truncated series): Truncated series divided by x² + y² (order 0 at x = 0 for y ≠ 0, so no order shift is counted), then y → 0
substituted: (g − 1 − x)/x² ≃ 0 from g = e^x ≃ 1 + x + O(x²); the limit x → 0⁺ says 0 where it is 1/2.
Sound: refuse the substitution y = 0 (it changes the order of the divisor) or the limit."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, DivideBoth, Limit, Param, Positive, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Positive())
y_ = Param("y", Real(-1, 1))
x, y = x_.symbol, y_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r11.series_divide_param_then_zero", title="curvature through a regularised divisor", source="attack",
    symbols=(x_, y_), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1 - x, expect=sp.Eq(g - 1 - x, 0)),
           DivideBoth(divisor=x**2 + y**2, expect=sp.Eq((g - 1 - x) / (x**2 + y**2), 0)),
           Substitute({y: 0}, expect=sp.Eq((g - 1 - x) / x**2, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((g - 1 - x) / x**2, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
