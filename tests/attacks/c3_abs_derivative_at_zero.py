"""Class 3 (SymPy trusted): ``d|x|/dx`` at 0 is "0".

SymPy differentiates ``|x|`` to ``sign(x)`` and ``sign(0) = 0``, but |x| has no derivative at
0, which is inside x's domain (−1, 1). A derivative needs differentiability on the domain
(or the non-smooth point split off). A sound kernel: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(-1, 1))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.abs_derivative_at_zero", title="slope of |x| at the origin", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(x)), "the magnitude"),),
    steps=(Differentiate(x, expect=sp.sign(x)),
           Substitute(mapping={x: 0}, expect=0)),
    route=Agreement("the slope", lambda: 0, points=({},)),
)]
