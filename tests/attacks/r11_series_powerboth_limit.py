"""Class 3 (review 11, truncated series): Truncated series inverted by PowerBoth(-1), then a limit at the centre.
g = e^x ≃ 1 + x + O(x²); g − 1 ≃ x; PowerBoth(−1): 1/(g − 1) ≃ 1/x, whose dropped terms are now O(1)
(1/(e^x − 1) = 1/x − 1/2 + …); subtracting 1/x gives 1/(g−1) − 1/x ≃ 0 and the limit x → 0⁺ says 0,
where it is −1/2. Sound: refuse the limit (exit != 0)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, PowerBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r11.series_powerboth_limit", title="Bernoulli offset from a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1, expect=sp.Eq(g - 1, x)),
           PowerBoth(exponent=-1, expect=sp.Eq(1 / (g - 1), 1 / x)),
           AddBoth(term=-1 / x, expect=sp.Eq(1 / (g - 1) - 1 / x, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(1 / (g - 1) - 1 / x, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
