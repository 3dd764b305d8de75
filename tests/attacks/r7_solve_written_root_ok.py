"""Control (review 7, the written root picks one of SymPy's). Must pass: (x − 2)(x − 5) = 0 on
x ∈ (1, 3) has the one root x = 2; the other, 5, lies outside the domain."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(1, 3))
x = x_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_written_root_ok", title="the root in the interval", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("law", sp.Eq((x - 2) * (x - 5), 0), "a quadratic"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 2)),),
    route=Agreement("root", lambda: 2, points=({}, {}, {})),
)]
