"""Control (review 7, a periodic equation with a parameter). Must pass: sin x = a with
x ∈ (0, π/2), a ∈ (0, 1) has the one root x = asin a (the angle from its sine)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, sp.pi / 2)); a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_periodic_param_ok", title="angle from its sine", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("law", sp.Eq(sp.sin(x), a), "the sine"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.asin(a))),),
    route=Agreement("root", lambda a: mpmath.findroot(lambda t: mpmath.sin(t) - mpmath.mpf(a), 0.3),
                    points=({"a": "0.2"}, {"a": "0.25"}, {"a": "0.3"})),
)]
