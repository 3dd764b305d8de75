"""Class 3 (review 10, truncated series): Truncated series, then a definite integral in ANOTHER variable with a bound in the series
variable: g = e^{a x} ≃ 1 + a x about x = 0 (fixed a); ∫_0^{1/x} g da reads the form at a up to
1/x, where a x = 1 is not small: ∫ e^{a x} da = (e − 1)/x, the step says 3/(2x). Sound: refuse
(exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, SeriesExpand

x_, a_ = Param("x", Positive()), Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_integrate_other_var_bound", title="an integral in a parameter up to 1/x", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, sp.exp(a * x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + a * x),
           Integrate(a, 0, 1 / x, expect=3 / (2 * x))),
    route=Agreement("value", lambda x: 3 / (2 * x), points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
