"""Class 3 (SymPy trusted): ``(a − 1)(eˣ − 2) = 0`` solved generically even at ``a = 1``.

At a = 1 every x solves the equation; SymPy answers ``x = log 2`` for all a. The coefficient
``a − 1`` can vanish on a's domain (0, 2), so it is a side condition. A sound kernel must
refute or refuse the SolveFor: exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(-10, 10))
a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.c3.generic_solve", title="the root of a product", source="attack",
    symbols=(x_, a_),
    premises=(Premise("law", sp.Eq((a - 1) * (sp.exp(x) - 2), 0), "the balance"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.log(2))),),
    route=Agreement("the root", lambda: mpmath.log(2), points=({},)),
)]
