"""Class 3 (SymPy trusted), built on SymPy issue #17791: ∫₀^{4+2π} |sin x| dx is cos 4 + 5.

SymPy answers cos(4) + 3 (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-1, 11))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(sp.cos(4) + 3)

DERIVATIONS = [Derivation(
    id="attack.s.abs_sin_past_period", title="a definite integral", source="SymPy issue #17791",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(x))), "the integrand"),),
    steps=(Integrate(x, 0, 4 + 2 * sp.pi, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
