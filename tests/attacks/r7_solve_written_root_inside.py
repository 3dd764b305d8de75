"""Class 3 (review 7, the written root picks one of SymPy's): (x − 2)(x − 5) = 0 on x ∈ (1, 6)
has two roots in the domain; writing x = 5 drops x = 2. Sound: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(1, 6))
x = x_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_written_root_inside", title="one root of two", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("law", sp.Eq((x - 2) * (x - 5), 0), "a quadratic"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 5)),),
    route=Agreement("root", lambda: 5, points=({}, {}, {})),
)]
