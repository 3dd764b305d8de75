"""Control (review 7). Must pass. ∫_0^∞ sin(ax)/√x dx = √(π/(2a)) for a > 0 (a Fresnel integral after x = t²):
it converges only conditionally, its half periods decay like k^{−1/2}; the certificate sums them."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real(0, None)); a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_fresnel_sqrt_ok", title="sine over a square root", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(a * x) / sp.sqrt(x)), "sine over a square root"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.sqrt(sp.pi / (2 * a))),),
    route=Agreement("closed", lambda a: mpmath.sqrt(mpmath.pi / (2 * mpmath.mpf(a))),
                    points=({"a": 1}, {"a": 2}, {"a": "0.5"})),
)]
