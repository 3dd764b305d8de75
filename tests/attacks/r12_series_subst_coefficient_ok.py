"""Control (review 12). Must pass. A truncated value substituted beside a coefficient 1/x: its dropped terms are O(x), still vanishing.
g = e^x ≃ 1 + x + O(x²) about 0; the exact q = g/x takes it: q ≃ (1 + x)/x; q − 1/x ≃ 1 and the limit x → 0⁺
is 1 (true: (e^x − 1)/x → 1)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand, Substitute

x_ = Param("x", Positive())
x = x_.symbol
g, q = sp.Symbol("g"), sp.Symbol("q")
DERIVATIONS = [Derivation(
    id="attack.r12.series_subst_coefficient_ok", title="slope by substitution", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("gdef", sp.Eq(g, sp.exp(x)), "growth"),
              Premise("qdef", sp.Eq(q, g / x), "scaled growth")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x, on="gdef", name="ser"),
           Substitute(using="ser", on="qdef", expect=sp.Eq(q, (1 + x) / x)),
           AddBoth(term=-1 / x, expect=sp.Eq(q - 1 / x, 1)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(q - 1 / x, x, 0, "+"), 1))),
    route=Agreement("value", lambda: 1, points=({}, {}, {})),
)]
