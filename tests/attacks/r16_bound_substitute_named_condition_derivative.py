"""Class 2 (review 16, substitution into bound variables): a condition on a defined name substituted inside a derivative in a variable that name depends on.
The d/dx counterpart of r16_bound_substitute_named_condition: C = (x - 1/2)(y - 5), x in (0, 1), y in (0, 8); condition
C = 0; s = d/dx [x(3 + C)]. Substitute(using="cond") replaces C by 0 inside the derivative: s = d/dx(3x) = 3 is proved.
The binder test sees only the key's own symbol C, not that C is defined in terms of x, which the derivative binds.
At the premise point x = 1/2, y = 1: s = 3 + C + x ∂C/∂x = 3 + (1/2)(y - 5) = 1, not 3. Sound: refuse (cond constrains
x through C's definition), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Simplify, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 8))
x, y = x_.symbol, y_.symbol
s, C = sp.Symbol("s"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r16.bound_substitute_named_condition_derivative", title="slope at balance", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 5)), "imbalance"),
              Premise("sdef", sp.Eq(s, sp.Derivative(x * (3 + C), x)), "slope of the response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="sdef", expect=sp.Eq(s, sp.Derivative(3 * x, x))),
           Simplify(expect=sp.Eq(s, 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "1"}, {"y": "5"}, {"y": "7"})),
)]
