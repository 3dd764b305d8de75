"""Control (review 3). Must pass. An inequality linear in the variable, solved: 2x − 1 > 0 ⇔ x > 1/2.

x ∈ (0, 10): the coefficient 2 is positive, so dividing by it keeps the direction.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveInequality

x_ = Param("x", Real(0, 10))
x = x_.symbol

DERIVATIONS = [Derivation(
    id="control.r3.solve_inequality_periodic_ok", title="where the ramp is positive", source="review3",
    symbols=(x_,),
    premises=(Premise("positive", 2 * x - 1 > 0, "the ramp is positive"),),
    steps=(SolveInequality(x, expect=x > sp.Rational(1, 2)),),
    route=Agreement("the threshold", lambda: sp.Rational(1, 2), points=({},)),
)]
