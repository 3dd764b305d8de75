"""Class 2 (review 16, substitution into bound variables): a condition on a defined name substituted inside an integral over a variable that name depends on.
C = (x - 1/2)(y - 5), x in (0, 1), y in (0, 8); condition C = 0; g = ∫₀¹ x(3 + C) dx. Substitute(using="cond") replaces
C by 0 inside the integral: g = ∫₀¹ 3x dx = 3/2 is proved. The binder test compares the key's own free symbols ({C})
with the bound ones ({x}) and finds none, but C is defined in terms of x: the condition C = 0 holds at one x (x = 1/2)
unless y = 5, not for every x of the range. The kernel itself does not hold C constant under the integral (without
the condition, rewriting g as (3 + C)/2 is inconclusive); read through its definition,
g = ∫₀¹ x(3 + (x - 1/2)(y - 5)) dx = 3/2 + (y - 5)/12, which at the premise point x = 1/2, y = 1 is 7/6, not 3/2.
Sound: read the key through its definition (C depends on x, which the integral binds; cond constrains x) and refuse
the substitution inside the binder, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Simplify, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 8))
x, y = x_.symbol, y_.symbol
g, C = sp.Symbol("g"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r16.bound_substitute_named_condition", title="accumulated response at balance", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 5)), "imbalance"),
              Premise("gdef", sp.Eq(g, sp.Integral(x * (3 + C), (x, 0, 1))), "accumulated response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="gdef", expect=sp.Eq(g, sp.Integral(3 * x, (x, 0, 1)))),
           Simplify(expect=sp.Eq(g, sp.Rational(3, 2)))),
    route=Agreement("value", lambda y: sp.Rational(3, 2), points=({"y": "1"}, {"y": "5"}, {"y": "7"})),
)]
