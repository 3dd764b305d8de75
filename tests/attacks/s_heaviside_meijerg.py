"""Class 3 (SymPy trusted), built on SymPy issue #21426: ``∫_{−2}^{2} θ(x − 1) dx`` is 1.

SymPy answers a sum of Meijer G functions whose numerical value is ``4.0 + 5·10⁻³¹ i``
(reproduced with the installed SymPy). The author writes down SymPy's own answer. A sound
kernel certifies the definite integral by quadrature: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-3, 3))
x = x_.symbol
f = sp.Symbol("f")
SYMPY_SAYS = sp.integrate(sp.Heaviside(x - 1), (x, -2, 2))

DERIVATIONS = [Derivation(
    id="attack.s.heaviside_meijerg", title="a switched-on interval", source="SymPy issue #21426",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Heaviside(x - 1)), "the switch"),),
    steps=(Integrate(x, -2, 2, expect=SYMPY_SAYS),),
    route=Agreement("SymPy's value", lambda: sp.re(sp.N(SYMPY_SAYS, 60)), points=({},)),
)]
