"""Control (review 7, a kept root inside the domain on a narrow part of the parameters' domain).
Must pass: x + 1 = a with x ∈ (0, 1), a ∈ (0, 30) has the root x = a − 1, inside only for
a ∈ (1, 2); elsewhere the premise has no solution and the form holds vacuously (a witness is
searched for wider before the step is refused)."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 30))
x, a = x_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_narrow_witness_ok", title="a shift", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),),
    route=Agreement("shift", lambda a: a - 1, points=({"a": "1.2"}, {"a": "1.5"}, {"a": "1.7"})),
)]
