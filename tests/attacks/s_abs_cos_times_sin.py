"""Class 3 (SymPy trusted), built on SymPy issue #21387: ∫_{−π}^{π} |cos x| sin x dx (an odd integrand) is 0.

SymPy answers 1 (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-4, 4))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(1)

DERIVATIONS = [Derivation(
    id="attack.s.abs_cos_times_sin", title="a definite integral", source="SymPy issue #21387",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.cos(x)) * sp.sin(x)), "the integrand"),),
    steps=(Integrate(x, -sp.pi, sp.pi, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
