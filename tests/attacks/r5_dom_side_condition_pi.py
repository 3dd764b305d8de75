"""Class 7 (review 5, domains): a statement false only on (3, π): √((x − 3)²) = 3 − x on x ∈ (0, π).

It holds on (0, 3] and fails on (3, π). A domain shrunk to a rational inside (0, π) below 3, or
any proof that does not use the exact bound π, lets it pass. A sound kernel: failed, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Simplify

x_ = Param("x", Real(0, sp.pi))
x = x_.symbol
Y = sp.Function("Y")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_side_condition_pi", title="a distance to 3", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("distance", sp.Eq(Y(x), sp.sqrt((x - 3)**2)), "the distance"),),
    steps=(Simplify(expect=3 - x),),
    route=Agreement("absolute value", lambda x: abs(mpmath.mpf(x) - 3),
                    points=({"x": 1}, {"x": "2.5"}, {"x": "0.3"})),
)]
