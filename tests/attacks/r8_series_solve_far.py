"""Class 3 (review 8 follow-up, solving a truncated series for its own variable): e^x ≃ 1 + x about 0,
and e^x = c with c in (2, 4), gives x ≃ c − 1 (x ≈ 1…3), where x = ln c. A root reads the form at a
fixed point away from its centre. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SeriesExpand, SolveFor, Substitute, Real

x_, c_ = Param("x", Real(-5, 5)), Param("c", Real(2, 4))
x, c = x_.symbol, c_.symbol
f = sp.Symbol("f")
DERIVATIONS = [Derivation(
    id="attack.r8.series_solve_far", title="solving a linearisation far from its centre", source="attack",
    symbols=(x_, c_), parameters=("c",),
    premises=(Premise("def", sp.Eq(f, sp.exp(x)), "growth"), Premise("level", sp.Eq(f, c), "the level")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + x),
           Substitute(using="level", expect=sp.Eq(c, 1 + x)),
           SolveFor(x, expect=sp.Eq(x, c - 1))),
    route=Agreement("value", lambda c: c - 1, points=({"c": "9/4"}, {"c": 3}, {"c": "5/2"})),
)]
