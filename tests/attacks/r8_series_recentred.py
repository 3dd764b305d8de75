"""Class 3 (review 8 follow-up, a truncated series re-expanded about another point): c e^x ≃ c(1 + x + x²/2)
about 0; re-expanding that polynomial about 5 (exact for a polynomial) and setting x = 5 gives 37c/2,
where c e^5 ≈ 148c. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_, c_ = Param("x", Real(-10, 10)), Param("c", Real(1, 2))
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_recentred", title="a series re-expanded elsewhere", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, c * sp.exp(x)), "growth"),),
    steps=(SeriesExpand(x, 0, 3, expect=c * (1 + x + x**2 / 2)),
           SeriesExpand(x, 5, 3, expect=c * (1 + x + x**2 / 2)),
           Substitute({x: 5}, expect=c * sp.Rational(37, 2))),
    route=Agreement("value", lambda c: c * 37 / 2, points=({"c": "5/4"}, {"c": "3/2"}, {"c": "7/4"})),
)]
