"""Class 3 (review 2, SymPy trusted). Integral with a parameter whose SymPy value is wrong only on a band inside the domain.

f(x) = atan((3y − y³)/(1 − 3y²)) with y = x − 10 (SymPy issue #30319 shifted). SymPy's
∫₀^b f dx = F(b) − F(0) uses an antiderivative that jumps at x = 10 ± 1/√3, so the value is
wrong (by 2π·10/√3... ≈ 1.81) for every b in (9.42, 10.58), right elsewhere. The kernel certifies
the integral at 3 points (bulk, near 0, near 20) and the band in the middle is missed.
A sound kernel must say failed or inconclusive (exit != 0): the stated closed form is
false at b = 10 (SymPy: -5.795, true value: -7.609).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 20))
b_ = Param("b", Real(0, 20))
x, b = x_.symbol, b_.symbol
f = sp.Symbol("f")
y = x - 10
INTEGRAND = sp.atan((3 * y - y**3) / (1 - 3 * y**2))
WRONG = sp.integrate(INTEGRAND, (x, 0, b))  # SymPy's answer, wrong for 9.42 < b < 10.58


def quad(b):
    g = sp.lambdify(x, INTEGRAND, "mpmath")
    s = 1 / mpmath.sqrt(3)
    b = mpmath.mpf(b)
    pts = [0] + [p for p in (10 - s, 10 + s) if p < b] + [b]
    return mpmath.quad(g, pts)


DERIVATIONS = [Derivation(
    id="attack.r2.integral_band", title="area under a shifted arctangent", source="review2",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, INTEGRAND), "the integrand"),),
    steps=(Integrate(x, 0, b, expect=WRONG),),
    route=Agreement("quadrature", quad, points=({"b": 1}, {"b": 5}, {"b": 15})),
)]
