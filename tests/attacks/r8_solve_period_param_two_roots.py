"""Class 3 (review 8, a period with a parameter): SolveFor, periodic with a parameter-dependent period (review 8): sin(a x) = 0 on x ∈ (0, 1),
a ∈ (1, 10). For a > π the root x = π/a lies in (0, 1), and for a > 2π so does x = 2π/a:
x = π/a is not the only root. Sound: refuse (exit != 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(4, 10))
x, a = x_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r8.solve_period_param_two_roots", title="first node", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("node", sp.Eq(sp.sin(a * x), 0), "a node of the mode"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.pi / a)),),
    route=Agreement("root", lambda a: mpmath.pi / mpmath.mpf(a), points=({"a": "5"}, {"a": "7"}, {"a": "9"})),
)]
