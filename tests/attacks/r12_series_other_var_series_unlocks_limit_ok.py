"""Control (review 12). Must pass. Series in two variables on two chains, each with a limit at its own centre.
h = cos a ≃ 1 − a²/2 + O(a⁴) gives (h − 1)/a² → −1/2 as a → 0⁺; f = e^x ≃ 1 + x + O(x²) gives (f − 1)/x → 1
as x → 0⁺. Neither form rests on the other's series, so neither limit moves the other's dropped terms."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, DivideBoth, Limit, Param, Positive, Premise, SeriesExpand

x_ = Param("x", Positive()); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
f, h = sp.Symbol("f"), sp.Symbol("h")
DERIVATIONS = [Derivation(
    id="attack.r12.series_other_var_series_unlocks_limit_ok", title="two linearisations", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("fdef", sp.Eq(f, sp.exp(x)), "growth"),
              Premise("hdef", sp.Eq(h, sp.cos(a)), "swing")),
    steps=(SeriesExpand(a, 0, 4, on="hdef", expect=1 - a**2 / 2),
           AddBoth(term=-1, expect=sp.Eq(h - 1, -a**2 / 2)),
           DivideBoth(divisor=a**2, expect=sp.Eq((h - 1) / a**2, sp.Rational(-1, 2))),
           Limit(a, 0, "+", expect=sp.Eq(sp.Limit((h - 1) / a**2, a, 0, "+"), sp.Rational(-1, 2))),
           SeriesExpand(x, 0, 2, on="fdef", expect=1 + x),
           AddBoth(term=-1, expect=sp.Eq(f - 1, x)),
           DivideBoth(divisor=x, expect=sp.Eq((f - 1) / x, 1)),
           Limit(x, 0, "+", expect=sp.Eq(sp.Limit((f - 1) / x, x, 0, "+"), 1))),
    route=Agreement("value", lambda: 1, points=({}, {}, {})),
)]
