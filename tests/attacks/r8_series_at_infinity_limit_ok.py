"""Control (review 8). Must pass. A series at infinity read at infinity: N²(1 − (N/a) sin(a/N)) with
its expansion a²/6 − a⁴/(120N²) as N → ∞ has the limit a²/6 there (the centre of that series)."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, SeriesExpand

a_, N_ = Param("a", Positive()), Param("N", Positive())
a, N = a_.symbol, N_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r8.series_at_infinity_limit_ok", title="the leading error read where its series holds", source="attack",
    symbols=(a_, N_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, N**2 * (1 - N * sp.sin(a / N) / a)), "the scaled error"),),
    steps=(SeriesExpand(N, sp.oo, 3, expect=a**2 / 6 - a**4 / (120 * N**2)),
           Limit(N, sp.oo, expect=a**2 / 6)),
    route=Agreement("value", lambda a: a**2 / 6, points=({"a": 1}, {"a": "1/3"}, {"a": 2})),
)]
