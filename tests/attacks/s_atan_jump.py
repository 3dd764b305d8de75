"""Class 3 (SymPy trusted), built on SymPy issue #30319: ∫₀^{√3} atan((3x − x³)/(1 − 3x²)) dx (the antiderivative jumps at x = 1/√3) is π/√3 − 3 log 2.

SymPy answers -3·log(2) (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 2))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(-3 * sp.log(2))

DERIVATIONS = [Derivation(
    id="attack.s.atan_jump", title="a definite integral", source="SymPy issue #30319",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.atan((3 * x - x**3) / (1 - 3 * x**2))), "the integrand"),),
    steps=(Integrate(x, 0, sp.sqrt(3), expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
