"""Control (review 3, a physicist's ordinary derivation): the Gaussian integral with a width parameter, ∫_{−∞}^{∞} e^{−a x²} dx = √(π/a), a > 0. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Real())
a_ = Param("a", Positive())
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3c.gaussian_integral_ok", title="normalisation of a Gaussian", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.exp(-a * x**2)), "the Gaussian"),),
    steps=(Integrate(x, -sp.oo, sp.oo, expect=sp.sqrt(sp.pi / a)),),
    route=Agreement("quadrature", lambda a: mpmath.quad(lambda t: mpmath.exp(-mpmath.mpf(a) * t**2), [-mpmath.inf, mpmath.inf]),
                    points=({"a": 1}, {"a": "0.5"}, {"a": 3})),
)]
