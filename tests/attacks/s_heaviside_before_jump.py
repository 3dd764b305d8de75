"""Class 3 (SymPy trusted), built on SymPy issue #26071: ∫₀^{1/2} (1/2 − x) θ(x − 1/2) dx (θ vanishes on the whole range) is 0.

SymPy answers Rational(1, 8) (reproduced with the installed SymPy before this file was
written). A kernel that certifies a definite integral by rigorous quadrature at points of
the domain must refute the step: failed or inconclusive, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(sp.Rational(1, 8))

DERIVATIONS = [Derivation(
    id="attack.s.heaviside_before_jump", title="a definite integral", source="SymPy issue #26071",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, (sp.Rational(1, 2) - x) * sp.Heaviside(x - sp.Rational(1, 2))), "the integrand"),),
    steps=(Integrate(x, 0, sp.Rational(1, 2), expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
