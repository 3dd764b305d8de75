"""Class 3 (review 8, a named value substituted into a truncated series): g = e^{-h} ≃ 1 − h about
h = 0; substituting h from a premise h = L/N is fine as N → ∞, but from h = 10 + L/N it reads the
linearisation at h ≈ 10 (e^{-10} ≃ −9). The kernel does not follow a moved centre: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Ref, SeriesExpand, Substitute

h_, L_, N_ = Param("h", Positive()), Param("L", Positive()), Param("N", Positive())
h, L, N = h_.symbol, L_.symbol, N_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r8.series_ref_moves_centre", title="a linearisation read far from its centre", source="attack",
    symbols=(h_, L_, N_), parameters=("L", "N"),
    premises=(Premise("def", sp.Eq(g, sp.exp(-h)), "the decay"),
              Premise("spacing", sp.Eq(h, 10 + L / N), "the step")),
    steps=(SeriesExpand(h, 0, 2, expect=1 - h),
           Substitute({h: Ref("spacing")}, expect=-9 - L / N)),
    route=Agreement("value", lambda L, N: -9 - L / N, points=({"L": 1, "N": 2}, {"L": 3, "N": 5}, {"L": 2, "N": 7})),
)]
