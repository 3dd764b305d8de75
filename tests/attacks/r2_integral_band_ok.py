"""Control (review 2). Must pass. Control for r_int_atan_middle_band: the same integral for b in (0, 9), below both jumps of
SymPy's antiderivative (x = 10 ± 1/√3), where SymPy's value is right. Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 20))
b_ = Param("b", Real(0, 9))
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
    id="attack.r2.integral_band_ok", title="area under a shifted arctangent", source="review2",
    symbols=(x_, b_), parameters=("b",),
    premises=(Premise("def", sp.Eq(f, INTEGRAND), "the integrand"),),
    steps=(Integrate(x, 0, b, expect=WRONG),),
    route=Agreement("quadrature", quad, points=({"b": 1}, {"b": 5}, {"b": 8})),
)]
