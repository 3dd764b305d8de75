"""Class 3 (review 7, a truncated series integrated away from its centre): e^{2x} ≃ 1 + 2x about
x = 0, then ∫₀¹ dx gives 2, but ∫₀¹ e^{2x} dx = (e² − 1)/2 ≈ 3.19. Sound: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, SeriesExpand

x_ = Param("x", Real(0, 1, lo_open=False))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r7.series_then_integrate", title="an integral of a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(f, sp.exp(2 * x)), "the growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + 2 * x),
           Integrate(x, 0, 1, expect=2)),
    route=Agreement("value", lambda: 2, points=({}, {}, {})),
)]
