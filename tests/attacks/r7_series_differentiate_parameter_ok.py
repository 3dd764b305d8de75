"""Control (review 7, a truncated series differentiated in another variable). Must pass:
e^{ax} ≃ 1 + ax about x = 0 (order 2), then ∂/∂a gives x: the expansion in x is untouched."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SeriesExpand

x_ = Param("x", Real(0, 1, lo_open=False)); a_ = Param("a", Real(1, 2))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r7.series_differentiate_parameter_ok", title="sensitivity of a linearisation", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.exp(a * x)), "the growth"),),
    steps=(SeriesExpand(x, 0, 2, expect=1 + a * x),
           Differentiate(a, expect=x)),
    route=Agreement("value", lambda x: x, points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]
