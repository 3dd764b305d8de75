"""Class 3 (review 24, SymPy trusted): SymPy's wrong value 0 of an integral is certified wherever the true value is below 10⁻³⁰ (10⁻¹⁵ on an infinite range), as any quantity in SI units is: agreement is absolute below 1, and the rule that "both sides below the tolerance do not count" is waived when SymPy says exactly 0.

I = ∫₀^{2π} ħ² dx/(√2 + cos x) with ħ = 1.054571817·10⁻³⁴ (ħ² ≈ 1.1·10⁻⁶⁸). SymPy's value is 0 (its known wrong
∫₀^{2π} dx/(√2 + cos x) = 0; the truth is 2π, so I = 2πħ² ≈ 7.0·10⁻⁶⁸ > 0: the integrand is positive). arb encloses
7.0·10⁻⁶⁸; the gap is below 10⁻³⁰·max(1, |v|) and `negligible` is waived because SymPy's value is exactly 0, so the
point agrees and the step is `proved`. Dividing by ħ² then proves ∫₀^{2π} dx/(√2 + cos x) = 0 (an exact step),
false by 2π. (The file c3_integral_sqrt2_cos.py, the same integral without the SI prefactor, is refuted.) A sound
kernel must compare relative to the size of the quadrature's own value (its ball), never absolutely below 1,
and treat SymPy's 0 like any other value.
"""
import sympy as sp
from derivations import Agreement, Derivation, DivideBoth, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 7))
x = x_.symbol
g = sp.Symbol("g")
hbar = sp.Rational(1054571817, 10**43)
I = sp.Integral(g, (x, 0, 2 * sp.pi))
DERIVATIONS = [Derivation(
    id="attack.r24.integral_si_scale_zero", title="a periodic average in SI units", source="attack",
    symbols=(x_,),
    premises=(Premise("integrand", sp.Eq(g, hbar**2 / (sp.sqrt(2) + sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=sp.Eq(I, 0)),
           DivideBoth(divisor=hbar**2, expect=sp.Eq(I / hbar**2, 0))),
    route=Agreement("SymPy", lambda: 0, points=({}, {}, {})),
)]
