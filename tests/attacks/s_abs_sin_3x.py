"""Class 3 (SymPy trusted), built on SymPy issue #30319: ∫₀^{3π} |sin 3x| dx is 6.

SymPy answers Rational(2, 3) (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-1, 10))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(sp.Rational(2, 3))

DERIVATIONS = [Derivation(
    id="attack.s.abs_sin_3x", title="a definite integral", source="SymPy issue #30319",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(3 * x))), "the integrand"),),
    steps=(Integrate(x, 0, 3 * sp.pi, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
