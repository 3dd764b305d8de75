"""Control (review 7). Must pass. ∫_0^∞ sin²(ax)/x² dx = πa/2 for a > 0: the integrand does not change sign,
its periods decay like 1/k², and the certificate sums them (frequency a in sin(ax), period π/a of sin²)."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_sinc_squared_ok", title="squared sinc", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(a * x)**2 / x**2), "squared sinc"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi * a / 2),),
    route=Agreement("closed", lambda a: mpmath.pi * mpmath.mpf(a) / 2, points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]
