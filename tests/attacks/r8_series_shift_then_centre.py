"""Class 3 (review 8, a substitution that moves a truncated series' centre): Truncated series, a Substitute that moves the centre, then a read at the old centre (review 8):
f = e^{2x} ≃ 1 + 2x + 2x² (about x = 0, + O(x³)). Substituting x → x − 1 gives
f|_(x→x−1) ≃ 1 + 2(x−1) + 2(x−1)², a series about x = 1 now; read at x = 0 it boxes 1, while
e^{2(0−1)} = e^{−2} ≈ 0.135. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(None, None))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_shift_then_centre", title="shifted linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(f, sp.exp(2 * x)), "the growth"),),
    steps=(SeriesExpand(x, 0, 3, expect=1 + 2 * x + 2 * x**2),
           Substitute(mapping={x: x - 1}, expect=1 + 2 * (x - 1) + 2 * (x - 1)**2),
           Substitute(mapping={x: 0}, expect=1)),
    route=Agreement("value", lambda: 1, points=({}, {}, {})),
)]
