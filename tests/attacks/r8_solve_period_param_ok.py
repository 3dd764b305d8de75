"""Control (review 8, a period with a parameter). Must pass: Control (review 8): sin(a x) = 0 on x ∈ (0, 1) with a ∈ (4, 6) (π < a < 2π) has the one root
x = π/a (the first node of a mode). Must pass."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(4, 6))
x, a = x_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r8.solve_period_param_ok", title="first node", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("node", sp.Eq(sp.sin(a * x), 0), "a node of the mode"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.pi / a)),),
    route=Agreement("root", lambda a: mpmath.pi / mpmath.mpf(a), points=({"a": "4.5"}, {"a": "5"}, {"a": "5.5"})),
)]
