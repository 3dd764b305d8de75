"""Control built on SymPy issue #28091: ∫ of the indicator of (1/3, 2/3) written as four steps, over (−2, 2) is 1/3.

With floats in the step positions SymPy answered 4/3; with exact rationals and a real x,
the installed SymPy gives the right 1/3. Must pass.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-3, 3))
x = x_.symbol
f = sp.Symbol("f")
WRONG = sp.sympify(sp.Rational(1, 3))

DERIVATIONS = [Derivation(
    id="attack.s.heaviside_box_ok", title="a definite integral", source="SymPy issue #28091",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Heaviside(x - sp.Rational(1, 3)) * sp.Heaviside(sp.Rational(2, 3) - x) * sp.Heaviside(x) * sp.Heaviside(1 - x)), "the integrand"),),
    steps=(Integrate(x, -2, 2, expect=WRONG),),
    route=Agreement("SymPy's value, numerically", lambda: sp.N(WRONG, 60),
                    points=({},)),
)]
