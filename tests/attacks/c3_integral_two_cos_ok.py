"""Control for c3_integral_sqrt2_cos: ``∫₀^{2π} dx/(2 + cos x) = 2π/√3``, by quadrature. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 7))
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c3.integral_two_cos_ok", title="mean of a positive periodic function", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, 1 / (2 + sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=2 * sp.pi / sp.sqrt(3)),),
    route=Agreement("quadrature", lambda: mpmath.quad(lambda t: 1 / (2 + mpmath.cos(t)), [0, mpmath.pi, 2 * mpmath.pi]),
                    points=({},)),
)]
