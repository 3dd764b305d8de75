"""Class 3 (review 8, a limit of a truncated series away from its centre): Truncated series then Limit (review 8): f = e^{2x} ≃ 1 + 2x (about 0, order 2). Taking the limit
x → 1 of the truncated form gives 3; the true value e² ≈ 7.39. A truncated (≃) form read away from
its centre must not be boxed. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, SeriesExpand

x_ = Param("x", Real(0, 2))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_limit_away", title="limit of a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(f, sp.exp(2 * x)), "the growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + 2 * x),
           Limit(x, 1, direction="+-", expect=3)),
    route=Agreement("value", lambda: 3, points=({}, {}, {})),
)]
