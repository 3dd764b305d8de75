"""Control for the |cos|/|sin| integral attacks: ``∫₀^{π/2} |cos x| dx = 1``, which SymPy gets right. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(-2, 2))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.s.abs_cos_ok", title="a definite integral", source="control",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, sp.Abs(sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, sp.pi / 2, expect=1),),
    route=Agreement("quadrature", lambda: mpmath.quad(lambda t: abs(mpmath.cos(t)), [0, mpmath.pi / 2]), points=({},)),
)]
