"""Control (review 5). Must pass. Control for r_integrate_param_point: a ∈ (1/2, 1), ∫_0^1 a²/(x + a²)² dx = 1/(1 + a²), at a = 3/4: 16/25. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(sp.Rational(1, 2), 1))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_integrate_param_point_ok", title="a concentrating density", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("def", sp.Eq(g, a**2 / (x + a**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + a**2)),
           Substitute(mapping={a: sp.Rational(3, 4)}, expect=sp.Rational(16, 25))),
    route=Agreement("one", lambda: sp.Rational(16, 25), points=({},)),
)]
