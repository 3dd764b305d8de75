"""Class 3 (review 12, truncated series): a truncated value substituted beside a coefficient 1/x², which lowers its dropped terms' order by 2.
g = e^x ≃ 1 + x + O(x²) about 0; the exact q = g/x² takes it: q ≃ 1/x² + 1/x, whose dropped terms are O(1), not
O(x²). q − 1/x² − 1/x ≃ 0 and the limit x → 0⁺ says 0, where (e^x − 1 − x)/x² → 1/2. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand, Substitute

x_ = Param("x", Positive())
x = x_.symbol
g, q = sp.Symbol("g"), sp.Symbol("q")
DERIVATIONS = [Derivation(
    id="attack.r12.series_subst_coefficient", title="curvature by substitution", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("gdef", sp.Eq(g, sp.exp(x)), "growth"),
              Premise("qdef", sp.Eq(q, g / x**2), "scaled growth")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x, on="gdef", name="ser"),
           Substitute(using="ser", on="qdef", expect=sp.Eq(q, (1 + x) / x**2)),
           AddBoth(term=-1 / x**2 - 1 / x, expect=sp.Eq(q - 1 / x**2 - 1 / x, 0)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(q - 1 / x**2 - 1 / x, x, 0, "+"), 0))),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
