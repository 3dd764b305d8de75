"""Class 4 (review 5, premises): specialization to a value where the premises have no solution: x ∈ (0, 1), x = a − 1, a ∈ (0, 3).

The premise holds only for a ∈ (1, 2). Solved, x = a − 1; specialized at a = 1/2 the chain
boxes x = −1/2, a value outside x's own domain (0, 1): a false statement about x. A sound
kernel: the specialization value must keep the premises satisfiable (or the result in x's
domain): failed/refused, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 3))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.specialize_unsatisfiable", title="a shifted variable", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: sp.Rational(1, 2)}, expect=-sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda: sp.Rational(-1, 2), points=({},)),
)]
