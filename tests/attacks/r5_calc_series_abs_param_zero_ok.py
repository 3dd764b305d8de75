"""Control (review 5). Must pass. Control for r_series_abs_param_zero: a ∈ (0, 1), |x − a| ≃ a − x near x = 0, at a = 1/2: 1/2 − x. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_series_abs_param_zero_ok", title="a distance expanded", source="attack",
    symbols=(x_, a_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, sp.Abs(x - a)), "the distance"),),
    steps=(SeriesExpand(x, 0, 2, expect=a - x),
           Substitute(mapping={a: sp.Rational(1, 2)}, expect=sp.Rational(1, 2) - x)),
    route=Agreement("zero", lambda x: 0.5 - x, points=({"x": "0.1"}, {"x": "0.2"}, {"x": "0.3"})),
)]
