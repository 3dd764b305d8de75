"""Class 3 (review 10, truncated series): Truncated series solved for another variable at a point where the expansion does not hold:
g = e^{a x} ≃ 1 + a x about x = 0 (fixed a); with g = c ∈ (2, 4) solving for a gives a ≃ (c − 1)/x,
where a = ln(c)/x exactly: the ratio (c − 1)/ln c ≠ 1 for every x, so a x stays of order 1 and the
dropped (a x)^2/2 is not small. Solving for another variable is allowed by the kernel; here it is
wrong. Sound: refuse (exit != 0)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SeriesExpand, SolveFor, Substitute

x_, a_, c_ = Param("x", Positive()), Param("a", Positive()), Param("c", Real(2, 4))
x, a, c = x_.symbol, a_.symbol, c_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r10.series_solve_other_var_fixed_product", title="solving a linearisation for its slope", source="attack",
    symbols=(x_, a_, c_), parameters=("x", "c"),
    premises=(Premise("def", sp.Eq(g, sp.exp(a * x)), "growth"), Premise("level", sp.Eq(g, c), "the level")),
    steps=(SeriesExpand(x, 0, 2, expect=1 + a * x),
           Substitute(using="level", expect=sp.Eq(c, 1 + a * x)),
           SolveFor(a, expect=sp.Eq(a, (c - 1) / x))),
    route=Agreement("value", lambda x, c: (c - 1) / x, points=({"x": 1, "c": 3}, {"x": 2, "c": "5/2"}, {"x": 3, "c": 3})),
)]
