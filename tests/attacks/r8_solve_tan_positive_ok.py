"""Control (review 8, an offset over an unbounded parameter domain). Must pass: Control (review 8): the angle of a velocity, tan θ = a on θ ∈ (0, π/2) with a > 0 (a = v_y/v_x),
has the one root θ = atan a. Must pass."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SolveFor

t_ = Param("theta", Real(0, sp.pi / 2)); a_ = Param("a", Positive())
theta, a = t_.symbol, a_.symbol
DERIVATIONS = [Derivation(
    id="attack.r8.solve_tan_positive_ok", title="angle of a velocity", source="control",
    symbols=(t_, a_), parameters=("a",),
    premises=(Premise("slope", sp.Eq(sp.tan(theta), a), "tan θ = v_y / v_x"),),
    steps=(SolveFor(theta, expect=sp.Eq(theta, sp.atan(a))),),
    route=Agreement("root", lambda a: mpmath.findroot(lambda t: mpmath.tan(t) - mpmath.mpf(a), 0.5),
                    points=({"a": "0.5"}, {"a": "1"}, {"a": "2"})),
)]
