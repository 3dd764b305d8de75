"""Control (review 8). Must pass. A named value substituted into a truncated series for another
variable than the series': e^{-kx} ≃ 1 − kx about x = 0, with k from a premise k = 2c."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Ref, SeriesExpand, Substitute

x_, k_, c_ = Param("x", Real(0, 1)), Param("k", Positive()), Param("c", Positive())
x, k, c = x_.symbol, k_.symbol, c_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r8.series_ref_at_centre_ok", title="a rate named elsewhere", source="attack",
    symbols=(x_, k_, c_), parameters=("x", "c"),
    premises=(Premise("def", sp.Eq(g, sp.exp(-k * x)), "the decay"),
              Premise("rate", sp.Eq(k, 2 * c), "the rate")),
    steps=(SeriesExpand(x, 0, 2, expect=1 - k * x),
           Substitute({k: Ref("rate")}, expect=1 - 2 * c * x)),
    route=Agreement("the linearisation by hand", lambda x, c: 1 - 2 * c * x,
                    points=({"x": "1/10", "c": 1}, {"x": "1/2", "c": 2}, {"x": "1/3", "c": 3})),
)]
