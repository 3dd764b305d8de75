"""Class 3 (review 11, truncated series): LogBoth lowers a truncated form's order unseen: g = e^x ≃ 1 + x + O(x²); g − 1 ≃ x; ln(g − 1) ≃ ln x, whose
dropped terms are O(x) (ln(x + x²/2) = ln x + x/2 + …), not O(x²); minus ln x, divided by x (one order counted):
(ln(g − 1) − ln x)/x ≃ 0, and the limit x → 0⁺ says 0 where it is 1/2. Sound: refuse the limit."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, DivideBoth, Limit, LogBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
g = sp.Symbol("g")
L = sp.log(g - 1) - sp.log(x)
DERIVATIONS = [Derivation(
    id="attack.r11.series_logboth_divide", title="log-slope correction", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           AddBoth(term=-1, expect=sp.Eq(g - 1, x)),
           LogBoth(expect=sp.Eq(sp.log(g - 1), sp.log(x))),
           AddBoth(term=-sp.log(x), expect=sp.Eq(L, 0)),
           DivideBoth(divisor=x, expect=sp.Eq(L / x, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(L / x, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
