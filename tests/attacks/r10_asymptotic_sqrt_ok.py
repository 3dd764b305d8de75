"""Control (review 10). Must pass. Control: an asymptotic expansion at ∞, √(x² + 1) − x ≃ 1/(2x) − 1/(8x³) as x → ∞; then x·(…) → 1/2.
Must pass."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, MultiplyBoth, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
d = sp.Symbol("d")
DERIVATIONS = [Derivation(
    id="attack.r10.asymptotic_sqrt_ok", title="far-field gap", source="control",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(d, sp.sqrt(x**2 + 1) - x), "the gap"),),
    steps=(SeriesExpand(x, sp.oo, 4, expect=1 / (2 * x) - 1 / (8 * x**3)),
           MultiplyBoth(factor=x, expect=sp.Eq(x * d, sp.Rational(1, 2) - 1 / (8 * x**2))),
           Limit(x, sp.oo, expect=sp.Eq(sp.Limit(x * d, x, sp.oo), sp.Rational(1, 2)))),
    route=Agreement("by hand", lambda: sp.Rational(1, 2), points=({}, {}, {})),
)]
