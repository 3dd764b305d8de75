"""Class 3 (SymPy trusted), built on SymPy issue #21014: ``x^n = 1`` solved to ``x = 1`` only.

For even n, ``x = −1`` is a real root too (x's domain is (−2, 2)); SymPy's solve answers
``[1]`` (reproduced with the installed SymPy). A sound kernel establishes the root count
or says inconclusive: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Real, SolveFor

x_ = Param("x", Real(-2, 2))
n_ = Param("n", Integer(1, 10))
x, n = x_.symbol, n_.symbol

DERIVATIONS = [Derivation(
    id="attack.s.unit_roots_partial", title="a unit root", source="SymPy issue #21014",
    symbols=(x_, n_),
    premises=(Premise("law", sp.Eq(x**n, 1), "the cycle closes"),),
    steps=(SolveFor(x, expect=sp.Eq(x, 1)),),
    route=Agreement("the root", lambda: 1, points=({},)),
)]
