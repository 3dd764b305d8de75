"""Control (review 7). Must pass. ∫_0^∞ cos(ax)/(1 + x²) dx = π e^{−a}/2 for a > 0 (a Lorentzian's Fourier
transform): SymPy writes it with sinh and cosh; the oscillation decays like 1/x², and the certificate sums it
period by period."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_lorentzian_ok", title="Fourier transform of a Lorentzian", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.cos(a * x) / (1 + x**2)), "a Lorentzian times a cosine"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi * sp.exp(-a) / 2),),
    route=Agreement("closed", lambda a: mpmath.pi * mpmath.exp(-mpmath.mpf(a)) / 2,
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]
