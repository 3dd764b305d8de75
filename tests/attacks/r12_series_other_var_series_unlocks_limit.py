"""Class 3 (review 12, truncated series): a series in a second variable unlocks a limit in it, which moves the first series' non-uniform dropped terms.
f = (1 − e^{−ax})/a ≃ x + O(x²) about x = 0 (for each fixed a > 0; the dropped term −a x²/2 grows with a).
A limit a → ∞ of that form is refused (review 10, r10_series_limit_other_var) -- but after a SeriesExpand of
the form in a about ∞ (the right-hand side x does not depend on a), a is "a series variable" too, and the
limit a → ∞ is at that series' centre: lim_{a→∞} f ≃ x; dividing by x and x → 0⁺ gives 1.
Truly lim_{a→∞} f = 0 for every x > 0. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, DivideBoth, Limit, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive()); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")
L = sp.Limit(f, a, sp.oo)
DERIVATIONS = [Derivation(
    id="attack.r12.series_other_var_series_unlocks_limit", title="saturation", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("fdef", sp.Eq(f, (1 - sp.exp(-a * x)) / a), "saturating response"),),
    steps=(SeriesExpand(x, 0, 2, expect=x),
           SeriesExpand(a, sp.oo, 2, expect=x),
           Limit(a, sp.oo, expect=sp.Eq(L, x)),
           DivideBoth(divisor=x, expect=sp.Eq(L / x, 1)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(L / x, x, 0, "+"), 1))),
    route=Agreement("value", lambda: 1, points=({}, {}, {})),
)]
