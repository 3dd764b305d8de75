"""Control (review 5). Must pass. Control for r_limit_param_point: a ∈ (1/2, 1) keeps a² ≠ 0, lim_{x→0⁺} x/(x + a²) = 0, at a = 3/4 too. Must pass."""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(sp.Rational(1, 2), 1))
x, a = x_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_limit_param_point_ok", title="a saturation ratio", source="attack",
    symbols=(x_, a_), parameters=(),
    premises=(Premise("def", sp.Eq(f, x / (x + a**2)), "the ratio"),),
    steps=(Limit(x, 0, direction="+", expect=0),
           Substitute(mapping={a: sp.Rational(3, 4)}, expect=0)),
    route=Agreement("zero", lambda: 0, points=({},)),
)]
