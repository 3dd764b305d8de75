"""Class 3 (SymPy trusted), built on SymPy issue #18384: ∫_π^{2π} |sin x cos x| dx is 1.

SymPy answers 0 (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-1, 7))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(0)

DERIVATIONS = [Derivation(
    id="attack.s.abs_sin_cos_pi_2pi", title="a definite integral", source="SymPy issue #18384",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.sin(x) * sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, sp.pi, 2 * sp.pi, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
