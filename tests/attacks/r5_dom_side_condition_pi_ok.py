"""Control (review 5). Must pass. √((x + 3)²) = x + 3 on x ∈ (0, π): true on the whole domain."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Simplify

x_ = Param("x", Real(0, sp.pi))
x = x_.symbol
Y = sp.Function("Y")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_side_condition_pi_ok", title="a distance to 3", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("distance", sp.Eq(Y(x), sp.sqrt((x + 3)**2)), "the distance"),),
    steps=(Simplify(expect=x + 3),),
    route=Agreement("absolute value", lambda x: abs(mpmath.mpf(x) + 3),
                    points=({"x": 1}, {"x": "2.5"}, {"x": "0.3"})),
)]
