"""Class 3 (review 10, truncated series): Truncated series, a parameter set to a function of the series variable: g = e^{a x} ≃ 1 + a x
about x = 0 holds as x → 0 for FIXED a; putting a = 1/x (a value in a's domain for every x > 0)
makes g = e while the form says g ≃ 2. The remainder O((a x)^2) is no longer small. Sound: refuse
the Substitute (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand, Substitute

x_, a_ = Param("x", Positive()), Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_param_to_inverse_var", title="a parameter tied to the series variable", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, sp.exp(a * x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + a * x),
           Substitute({a: 1 / x}, expect=2)),
    route=Agreement("value", lambda x: 2, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
