"""Class 3 (review 2, SymPy trusted). A series at infinity is SymPy's alone: sympy.series(LambertW(x), x, oo, 4) is 0.

W(x) grows like log x − log log x; its expansion at x → ∞ to any order is certainly not 0
(W(10) = 1.745, W(10^4) = 7.23). SymPy 1.14 returns 0 (reproduced before writing this file).
SeriesExpand at an infinite point emits no certificate (derivations/_rules.py
SeriesExpand.infer returns before the obligation), so `W ≃ 0` is accepted.
A sound kernel must say failed or inconclusive: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r2.series_at_infinity", title="large-x behaviour of Lambert's W", source="review2",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.LambertW(x)), "the product log"),),
    steps=(SeriesExpand(x, sp.oo, 4, expect=sp.Eq(f, 0)),),
    route=Agreement("the leading behaviour", lambda x: 0, points=({"x": 10}, {"x": 100}, {"x": 1000})),
)]
