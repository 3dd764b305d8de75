"""Control (review 5). Must pass.

The same chain as r5_specialize_unsatisfiable: a = 3/2 lies where the premise holds, x = 1/2 ∈ (0, 1). Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 3))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.r5.specialize_unsatisfiable_ok", title="a shifted variable", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("law", sp.Eq(x + 1, a), "the shift"),),
    steps=(SolveFor(x, expect=sp.Eq(x, a - 1)),
           Substitute(mapping={a: sp.Rational(3, 2)}, expect=sp.Rational(1, 2))),
    route=Agreement("arithmetic", lambda: sp.Rational(1, 2), points=({},)),
)]
