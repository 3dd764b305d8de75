"""Control (review 3, a physicist's ordinary derivation): the second moment of a half-Gaussian, ∫_0^∞ x² e^{−x²/(2s²)} dx = s³ √(π/2), s > 0. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise

x_ = Param("x", Positive())
s_ = Param("s", Positive())
x, s = x_.symbol, s_.symbol
m = sp.Symbol("m")

DERIVATIONS = [Derivation(
    id="attack.r3c.gaussian_moment_ok", title="second moment", source="control",
    symbols=(x_, s_), parameters=("s",),
    premises=(Premise("def", sp.Eq(m, x**2 * sp.exp(-x**2 / (2 * s**2))), "the weighted density"),),
    steps=(Integrate(x, 0, sp.oo, expect=s**3 * sp.sqrt(sp.pi / 2)),),
    route=Agreement("quadrature", lambda s: mpmath.quad(lambda t: t**2 * mpmath.exp(-t**2 / (2 * mpmath.mpf(s)**2)), [0, mpmath.inf]),
                    points=({"s": 1}, {"s": 2}, {"s": "0.5"})),
)]
