"""Control (review 3, a physicist's ordinary derivation): √(x² + 1) − x ≃ 1/(2x) − 1/(8x³) for large x. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3c.series_at_infinity_ok", title="a far-field expansion", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(x**2 + 1) - x), "the excess length"),),
    steps=(SeriesExpand(x, sp.oo, 5, expect=1 / (2 * x) - 1 / (8 * x**3)),),
    route=Agreement("the truncated series", lambda x: 1 / (2 * mpmath.mpf(x)) - 1 / (8 * mpmath.mpf(x)**3),
                    points=({"x": 10}, {"x": 100}, {"x": 1000})),
)]
