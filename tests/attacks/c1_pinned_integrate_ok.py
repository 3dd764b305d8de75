"""Control for c1_pinned_integrate: ``∫₀¹ x² dx = 1/3``, checked by quadrature. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.pinned_integrate_ok", title="area under x squared", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, x**2), "definition"),),
    steps=(Integrate(x, 0, 1, expect=sp.Rational(1, 3)),),
    route=Agreement("quadrature", lambda: mpmath.quad(lambda t: t**2, [0, 1]), points=({},)),
)]
