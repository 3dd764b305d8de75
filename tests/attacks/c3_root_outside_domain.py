"""Class 3 (SymPy trusted): the kept root lies outside the variable's domain.

``2x = 3`` with ``x ∈ (0, 1)`` has no solution; SolveFor keeps ``x = 3/2``. A sound kernel
shows the kept root inside the domain or refuses: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="attack.c3.root_outside_domain", title="a share", source="attack",
    symbols=(x_,),
    premises=(Premise("law", sp.Eq(2 * x, 3), "the balance"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.Rational(3, 2))),),
    route=Agreement("the root", lambda: 1.5, points=({},)),
)]
