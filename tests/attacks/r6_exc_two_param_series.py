"""Class A (review 6, an exceptional parameter value the single-parameter solve skipped): Exceptional value of two parameters in a series: g = (a−b)²/(x + (a−b)²) ≃ 1 + O(x) at x → 0⁺ for a ≠ b, but at
a = b, g = 0 for every x > 0. Specialised a → b the chain boxes 0 ≃ 1 (g ≃ 1). Sound kernel: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(-1, 1)); b_ = Param("b", Real(-1, 1))
x, a, b = x_.symbol, a_.symbol, b_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_two_param_series", title="a saturating ratio", source="attack",
    symbols=(x_, a_, b_), parameters=(),
    premises=(Premise("def", sp.Eq(g, (a - b)**2 / (x + (a - b)**2)), "the ratio"),),
    steps=(SeriesExpand(x, 0, order=1, expect=1),
           Substitute(mapping={a: b}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]
