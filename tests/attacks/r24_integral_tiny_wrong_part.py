"""Class 3 (review 24, SymPy trusted): SymPy's wrong integral of a small part of the integrand is certified, because quadrature agreement is judged to 30 digits absolute/relative and the wrong part lies below it.

f = 1 + e^{−80}/(√2 + cos x) on [0, 2π]. SymPy integrates the second term to 0 (its known wrong
∫₀^{2π} dx/(√2 + cos x) = 0; the truth is 2π), so Integrate gives ∫ f = 2π. The certificate encloses the
integral with arb (2π + 2π e^{−80} ≈ 2π + 1.13·10⁻³⁴) and counts agreement when the gap is below 10⁻³⁰·max(1, |v|):
the gap 2π e^{−80} passes, and the step is `proved`. The result ∫₀^{2π} f dx = 2π is false (by 1.13·10⁻³⁴, which the
ball shows excluded from 0 at once). Subtracting 2π and multiplying both sides by e^{80} then proves
e^{80}(∫ f dx − 2π) = 0, whose left side is 2π. A sound kernel must count agreement only where the quadrature's
ball contains SymPy's value (or at least at the digits the comparison of forms uses, 1500), never at a fixed
30-digit tolerance.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, AddBoth, MultiplyBoth

x_ = Param("x", Real(0, 7))
x = x_.symbol
f, I = sp.Symbol("f"), sp.Symbol("I")
eps = sp.exp(-80)
DERIVATIONS = [Derivation(
    id="attack.r24.integral_tiny_wrong_part", title="mean of a nearly constant function", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, 1 + eps / (sp.sqrt(2) + sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=sp.Eq(sp.Integral(f, (x, 0, 2 * sp.pi)), 2 * sp.pi)),
           AddBoth(term=-2 * sp.pi, expect=sp.Eq(sp.Integral(f, (x, 0, 2 * sp.pi)) - 2 * sp.pi, 0)),
           MultiplyBoth(factor=sp.exp(80), expect=sp.Eq(sp.exp(80) * (sp.Integral(f, (x, 0, 2 * sp.pi)) - 2 * sp.pi), 0))),
    route=Agreement("the integral", lambda: 0, points=({},)),
)]
