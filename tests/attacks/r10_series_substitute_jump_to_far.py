"""Class 3 (review 10, truncated series): A substitution that "keeps the centre" only at the centre itself: g = e^x ≃ 1 + x about 0;
x → 5·sign(x)² passes the check g(0) = 0 (sign(0) = 0), yet equals 5 at every x ≠ 0, so the form now
reads the linearisation at 5: g|_{x=5 sign²x} ≃ 6, and the limit x → 0⁺ "is" 6, where it is e^5 ≈ 148.
Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(-10, 10))
x = x_.symbol
g = sp.Symbol("g")
jump = 5 * sp.sign(x)**2
DERIVATIONS = [Derivation(
    id="attack.r10.series_substitute_jump_to_far", title="a centre kept at one point only", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           Substitute({x: jump}, expect=sp.Eq(sp.Subs(g, x, jump), 1 + jump)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit(sp.Subs(g, x, jump), x, 0, "+"), 6))),
    route=Agreement("value", lambda: 6, points=({}, {}, {})),
)]
