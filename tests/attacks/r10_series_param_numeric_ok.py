"""Control (review 10). Must pass. Control for r_series_param_to_inverse_var / r_series_limit_other_var: g = e^{a x} ≃ 1 + a x about x = 0,
then the parameter set to a number (a = 2): g ≃ 1 + 2x, still near its centre. Must pass."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand, Substitute

x_, a_ = Param("x", Positive()), Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_param_numeric_ok", title="a parameter set to a number", source="control",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, sp.exp(a * x)), "growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + a * x),
           Substitute({a: 2}, expect=sp.Eq(sp.Subs(g, a, 2), 1 + 2 * x))),
    route=Agreement("value", lambda x: 1 + 2 * x, points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]
