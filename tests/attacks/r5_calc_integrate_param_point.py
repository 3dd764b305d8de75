"""Class D (review 5, a calculus step certified at sampled parameter points, specialised where it is false): An integral certified at sampled parameter values, then specialised where it jumps: ∫_0^1 a²/(x + a²)² dx = 1/(1 + a²), a ∈ (−1, 1), then a = 0.

For a ≠ 0 the value is 1/(1 + a²); at a = 0 the integrand is 0 on (0, 1] and the integral is 0
(the mass concentrates at x = 0 as a → 0). Specialised at a = 0 the chain boxes ∫_0^1 0 dx = 1.
A sound kernel: at a = 0 the integrand's pole x = −a² sits on the range's end and the quadrature
certificate disagrees there: refused/failed, exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(-1, 1))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_integrate_param_point", title="a concentrating density", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("def", sp.Eq(g, a**2 / (x + a**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + a**2)),
           Substitute(mapping={a: 0}, expect=1)),
    route=Agreement("one", lambda: 1, points=({},)),
)]
