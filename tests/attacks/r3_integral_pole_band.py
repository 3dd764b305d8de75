"""Class 5 (review 3, sampling called confirmation). A divergent integral: the integrand's pole enters the range only on a narrow band of a parameter.

∫_0^1 dx/(x − r), r = 1/2 + 10⁶ (a − 5)², a ∈ (0, 10). The pole x = r lies in (0, 1) for
|a − 5| < 7.07·10⁻⁴: there the integral diverges. SymPy returns log(1 − r) − log(−r) for
every a (then rewritten as log((r − 1)/r), real off the band, for the route). The Integrate
rule's obligation "the pole is outside (0, 1)" is a 'true' condition, decided by a scan and sampling (verify/obligations.py:_scan_sign/_sample_condition; no ball
arithmetic as for sign conditions); "converges to a real value" likewise; the value certificate
(acb.integral at 3 points) never visits the band. A sound kernel fails or says inconclusive
(exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Rewrite

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 10))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
R = sp.Rational(1, 2) + 10**6 * (a - 5)**2

DERIVATIONS = [Derivation(
    id="attack.r3.integral_pole_band", title="a logarithmic potential", source="review3",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, 1 / (x - R)), "the field of a line charge at r"),),
    steps=(Integrate(x, 0, 1, expect=sp.log(1 - R) - sp.log(-R)),
           Rewrite(expect=sp.log((R - 1) / R))),
    route=Agreement("quadrature", lambda a: mpmath.quad(lambda t: 1 / (t - (mpmath.mpf(1) / 2 + 10**6 * (mpmath.mpf(a) - 5)**2)), [0, 1]),
                    points=({"a": 1}, {"a": 2}, {"a": 8})),
)]
