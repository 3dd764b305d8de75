"""Control (review 8). Must pass. The order of accuracy from a truncated series: the relative error
1 − sin(u)/u ≃ u²/6 about u = 0 (order 4) has the log-derivative 2 there (second order)."""
import sympy as sp
from derivations import Agreement, Derivation, LogDerivative, Param, Positive, Premise, SeriesExpand

u_ = Param("u", Positive())
u = u_.symbol
e = sp.Symbol("e")
DERIVATIONS = [Derivation(
    id="attack.r8.series_log_derivative_ok", title="second-order accuracy", source="attack",
    symbols=(u_,), parameters=(),
    premises=(Premise("def", sp.Eq(e, 1 - sp.sin(u) / u), "relative error of the centered difference"),),
    steps=(SeriesExpand(u, 0, 4, expect=u**2 / 6),
           LogDerivative(u, expect=2)),
    route=Agreement("the order, by hand", lambda: 2, points=({},)),
)]
