"""Class 3 (review 11, truncated series): Series at ∞ inverted by PowerBoth, then multiplied... : g = x/(x+1) ≃ 1 − 1/x + O(1/x²) at ∞.
g − 1 ≃ −1/x; PowerBoth(−1): 1/(g − 1) ≃ −x, dropped terms now O(1) (1/(g−1) = −x − 1 exactly);
so 1/(1 − g) − x ≃ 0, limit x → ∞ says 0, where it is 1 (1/(1−g) = x + 1). Sound: refuse."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, MultiplyBoth, PowerBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r11.series_inf_power_limit", title="offset at large x", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, x / (x + 1)), "ratio"),),
    steps=(SeriesExpand(x, sp.oo, 2, expect=1 - 1 / x),
           AddBoth(term=-1, expect=sp.Eq(g - 1, -1 / x)),
           MultiplyBoth(factor=-1, expect=sp.Eq(1 - g, 1 / x)),
           PowerBoth(exponent=-1, expect=sp.Eq(1 / (1 - g), x)),
           AddBoth(term=-x, expect=sp.Eq(1 / (1 - g) - x, 0)),
           Limit(x, sp.oo, expect=sp.Eq(sp.Limit(1 / (1 - g) - x, x, sp.oo), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
