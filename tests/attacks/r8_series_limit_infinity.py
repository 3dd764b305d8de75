"""Class 3 (review 8, a limit at infinity of a truncated series about a finite point): f = 1 + e^{-x} ≃ 2
(about 0, order 1); the limit x → ∞ of the truncated form is 2, of f it is 1. A truncated (≃) form
speaks of x near its centre, not of x → ∞. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand

x_, c_ = Param("x", Positive()), Param("c", Positive())
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_limit_infinity", title="the decay's constant term read at infinity", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c + sp.exp(-x)), "the decay to c"),),
    steps=(SeriesExpand(x, 0, 1, expect=c + 1),
           Limit(x, sp.oo, expect=c + 1)),
    route=Agreement("value", lambda c: c + 1, points=({"c": 1}, {"c": 2}, {"c": "1/3"})),
)]
