"""Control (review 3). Must pass. r3_integral_pole_band.py with r = 3/2 + 10⁶ (a − 5)², which never enters (0, 1): the integral converges for every a.

Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Rewrite

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 10))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
R = sp.Rational(3, 2) + 10**6 * (a - 5)**2

DERIVATIONS = [Derivation(
    id="attack.r3.integral_pole_band_ok", title="a logarithmic potential outside the segment", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, 1 / (x - R)), "the field of a line charge at r"),),
    steps=(Integrate(x, 0, 1, expect=sp.log(1 - R) - sp.log(-R)),
           Rewrite(expect=sp.log((R - 1) / R))),
    route=Agreement("quadrature", lambda a: mpmath.quad(lambda t: 1 / (t - (mpmath.mpf(3) / 2 + 10**6 * (mpmath.mpf(a) - 5)**2)), [0, 1]),
                    points=({"a": 1}, {"a": 2}, {"a": 8})),
)]
