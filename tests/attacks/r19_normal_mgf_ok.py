"""Control (review 19). Must pass.

The moment generating function of a standard normal law, for every real s:
∫_{−∞}^{∞} e^{sx} e^{−x²/2}/√(2π) dx = e^{s²/2}. At a far sample point (s = 10⁸) the integrand's mass
sits in a peak at x = s, out of the reach of quadrature cut only at ±10^k: the range is cut at the peak.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

s_ = Param("s", Real(), doc="argument of the MGF")
x_ = Param("x", Real(), doc="value of the normal variable")
s, x = s_.symbol, x_.symbol
w = sp.Symbol("w")


def numeric(s):
    s = mpmath.mpf(s)
    return mpmath.quad(lambda t: mpmath.exp(s * t - t**2 / 2), [-mpmath.inf, s, mpmath.inf]) / mpmath.sqrt(2 * mpmath.pi)


mgf = Derivation(
    id="attack.r19.normal_mgf_ok",
    title="MGF of the standard normal law",
    source="textbook",
    symbols=(s_, x_),
    parameters=("s",),
    premises=(Premise("weighted", sp.Eq(w, sp.exp(s * x) * sp.exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)), "e^{sx} times the density"),),
    steps=(Integrate(x, -sp.oo, sp.oo, expect=sp.Eq(sp.Integral(w, (x, -sp.oo, sp.oo)), sp.exp(s**2 / 2))),),
    route=Agreement("quadrature split at the peak", numeric, points=({"s": 0}, {"s": "1.5"}, {"s": -3})),
)
DERIVATIONS = [mgf]
