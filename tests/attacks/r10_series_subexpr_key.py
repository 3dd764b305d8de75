"""Class 3 (review 10, truncated series): A named value put for a SUB-EXPRESSION of a series' variable: g = e^{2x} ≃ 1 + 2x about x = 0; the
premise 2x = 10 substituted with the key 2x (not x) reads the linearisation at x = 5: g ≃ 11, where
g = e^{10} ≈ 22026. The centre check looks only at keys that are the series variable itself.
Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Ref, SeriesExpand, Substitute

x_ = Param("x", Real(-10, 10))
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_subexpr_key", title="a linearisation read through 2x", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(2 * x)), "growth"), Premise("far", sp.Eq(2 * x, 10), "the point")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + 2 * x),
           Substitute({2 * x: Ref("far")}, expect=11)),
    route=Agreement("value", lambda: 11, points=({}, {}, {})),
)]
