"""Class 3 (review 7, a truncated series differentiated beyond its order): f = e^{2x} ≃ 1 + 2x (about 0, order 2, i.e. + O(x²)).
Differentiating twice gives d²f/dx² ≃ 0, and at the centre x = 0 the chain boxes 0; the true f''(0) = 4
(differentiating a form known to O(x²) twice leaves O(1): nothing). A sound kernel: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1, lo_open=False))
x = x_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r7.series_then_differentiate", title="curvature from a linearisation", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(f, sp.exp(2 * x)), "the growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + 2 * x),
           Differentiate(x, 2, expect=0),
           Substitute(mapping={x: 0}, expect=0)),
    route=Agreement("value", lambda: 0, points=({}, {}, {})),
)]
