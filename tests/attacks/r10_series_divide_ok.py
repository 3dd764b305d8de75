"""Control (review 10). Must pass. Control for r_series_divide_by_remainder_order: g = e^x ≃ 1 + x + x²/2 + O(x³) about 0; subtracting 1 + x
and dividing by x² leaves (g − 1 − x)/x² ≃ 1/2 + O(x), whose limit x → 0⁺ is 1/2. Must pass."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, MultiplyBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_divide_ok", title="curvature from a quadratic expansion", source="control",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 3, expect=1 + x + x**2 / 2),
           AddBoth(term=-1 - x, expect=sp.Eq(g - 1 - x, x**2 / 2)),
           MultiplyBoth(factor=1 / x**2, expect=sp.Eq((g - 1 - x) / x**2, sp.Rational(1, 2))),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((g - 1 - x) / x**2, x, 0, "+"), sp.Rational(1, 2)))),
    route=Agreement("value", lambda: sp.Rational(1, 2), points=({}, {}, {})),
)]
