"""Control for c3_generic_solve: with ``a ∈ (1, 2)`` the factor ``a − 1`` never vanishes. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(-10, 10))
a_ = Param("a", Real(1, 2))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.c3.generic_solve_ok", title="the root of a product", source="attack",
    symbols=(x_, a_),
    premises=(Premise("law", sp.Eq((a - 1) * (sp.exp(x) - 2), 0), "the balance"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.log(2))),),
    route=Agreement("bisection", lambda: mpmath.findroot(lambda t: mpmath.exp(t) - 2, 0.7),
                    points=({},)),
)]
