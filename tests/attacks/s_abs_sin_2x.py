"""Class 3 (SymPy trusted), built on SymPy issue #30319: ∫₀^{2π} |sin 2x| dx is 4.

SymPy answers 2 (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-1, 7))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(2)

DERIVATIONS = [Derivation(
    id="attack.s.abs_sin_2x", title="a definite integral", source="SymPy issue #30319",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(2 * x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
