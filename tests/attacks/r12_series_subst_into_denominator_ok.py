"""Control (review 12). Must pass. A truncated value substituted into a linear place, then a limit at the centre.
g = e^x ≃ 1 + x + O(x²) about 0; the exact q = 3g + x² takes it: q ≃ 3 + 3x + x² (dropped terms still O(x²));
(q − 3)/x ≃ 3 + x and the limit x → 0⁺ is 3 (true: (3e^x − 3 + x²)/x → 3)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, DivideBoth, Limit, Param, Positive, Premise, SeriesExpand, Substitute

x_ = Param("x", Positive())
x = x_.symbol
g, q = sp.Symbol("g"), sp.Symbol("q")
DERIVATIONS = [Derivation(
    id="attack.r12.series_subst_into_denominator_ok", title="slope of a linear response by substitution", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("gdef", sp.Eq(g, sp.exp(x)), "growth"),
              Premise("qdef", sp.Eq(q, 3 * g + x**2), "linear response")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x, on="gdef", name="ser"),
           Substitute(using="ser", on="qdef", expect=sp.Eq(q, 3 + 3 * x + x**2)),
           AddBoth(term=-3, expect=sp.Eq(q - 3, 3 * x + x**2)),
           DivideBoth(divisor=x, expect=sp.Eq((q - 3) / x, 3 + x)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((q - 3) / x, x, 0, "+"), 3))),
    route=Agreement("value", lambda: 3, points=({}, {}, {})),
)]
