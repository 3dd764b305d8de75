"""Class 3 (review 7, a kept root outside the domain for every parameter value): x + 1 = a with
x ∈ (0, 1), a ∈ (3, 5): the root x = a − 1 ∈ (2, 4) never lies in the domain. Sound: exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(3, 5))
x, a = x_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_root_never_inside", title="a shift out of range", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),),
    route=Agreement("shift", lambda a: a - 1, points=({"a": "3.2"}, {"a": "3.5"}, {"a": "4.7"})),
)]
