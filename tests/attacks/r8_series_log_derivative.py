"""Class 3 (review 8 follow-up, the log-derivative of a truncated series): f = c e^x ≃ c e about x = 1
(order 1); its log-derivative x f'/f is then 0, and its limit at x → 1 "is" 0, where x f'/f = x → 1.
The dropped terms decide the result. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, LogDerivative, Param, Positive, Premise, SeriesExpand

x_, c_ = Param("x", Positive()), Param("c", Positive())
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_log_derivative", title="log-derivative of a constant term", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c * sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 1, 1, direction="+-", expect=c * sp.E),
           LogDerivative(x, expect=0),
           Limit(x, 1, direction="+-", expect=0)),
    route=Agreement("value", lambda c: 0, points=({"c": 1}, {"c": 2}, {"c": "1/3"})),
)]
