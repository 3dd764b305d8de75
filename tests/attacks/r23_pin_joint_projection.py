"""Class 4 (review 23, premises and domains): two inequality premises in a variable the search does not move are projected one at a time, not together.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises C = 0, z < y and z > 1 − y (a window for z): together they give
1 − y < z < y, so y > ½, y ≠ ¼ and C = 0 pins x = ½. The region tests each relation alone over z's sample values:
at y = ¼, z < ¼ holds at z = 0.001 and z > ¾ holds at z = 0.999, so y = ¼ is admitted, y holds C = 0 while x
moves, and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: x = ½, y = 0.8, z = 0.5 (every
premise holds): true slope 3 + ½(y − ¼) = 3.275. Sound: the relations sharing a variable the search does not
move must be satisfied by one common value of it (a joint search), or the step refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r23.pin_joint_projection", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("below", z < y, "window, lower side"),
              Premise("above", z > 1 - y, "window, upper side"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.5"}, {"y": "0.9", "z": "0.5"},
                                                      {"y": "0.95", "z": "0.3"})),
)]
