"""Class 3 (SymPy trusted), built on SymPy issue #29792: ∫₀¹ √(2 − x) √(1/(2 − x)) dx (the integrand is 1) is 1.

SymPy answers -1 (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 1))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(-1)

DERIVATIONS = [Derivation(
    id="attack.s.sqrt_reciprocal", title="a definite integral", source="SymPy issue #29792",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.sqrt(2 - x) * sp.sqrt(1 / (2 - x))), "the integrand"),),
    steps=(Integrate(x, 0, 1, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
