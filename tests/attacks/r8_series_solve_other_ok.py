"""Control (review 8). Must pass. Solving a truncated series for another variable than the series':
a string of length L at a small angle θ rises by g = L sin θ ≃ Lθ; a rise a gives L ≃ a/θ."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SeriesExpand, SolveFor, Substitute

t_, a_, L_ = Param("theta", Real(0, sp.Rational(1, 10))), Param("a", Positive()), Param("L", Positive())
t, a, L = t_.symbol, a_.symbol, L_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r8.series_solve_other_ok", title="small-angle rise", source="attack",
    symbols=(t_, a_, L_), parameters=("a", "theta"),
    premises=(Premise("def", sp.Eq(g, L * sp.sin(t)), "the rise"), Premise("level", sp.Eq(g, a), "the rise seen")),
    steps=(SeriesExpand(t, 0, 2, direction="+", expect=L * t),
           Substitute(using="level", expect=sp.Eq(a, L * t)),
           SolveFor(L, expect=sp.Eq(L, a / t))),
    route=Agreement("by hand", lambda a, theta: a / theta,
                    points=({"a": 1, "theta": "1/20"}, {"a": 2, "theta": "1/50"}, {"a": "1/3", "theta": "1/11"})),
)]
