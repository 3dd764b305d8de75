"""Class 3 (review 3, SymPy trusted). A Jacobian through a kink: JacobianMatrix had no differentiability side condition.

A Jacobian through a kink: JacobianMatrix has no differentiability side condition.

The map y = (|x1|, x2) on x1, x2 ∈ (−1, 1). SymPy's jacobian gives [[sign(x1), 0], [0, 1]] and
det J = sign(x1) everywhere — but at x1 = 0, |x1| is not differentiable. Differentiate got a
side condition for Abs/sign/Heaviside/Max/Min/atan2 (derivations/_rules_calculus.py:
_differentiable); derivations/_rules_both_sides.py:JacobianMatrix.infer emits none. Variation of
c3_abs_derivative_at_zero. A sound kernel refuses or fails (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Determinant, JacobianMatrix, Param, Premise, Real

x1_ = Param("x1", Real(-1, 1))
x2_ = Param("x2", Real(-1, 1))
x1, x2 = x1_.symbol, x2_.symbol
y = sp.MatrixSymbol("y", 2, 1)

DERIVATIONS = [Derivation(
    id="attack.r3.jacobian_abs", title="a folding map", source="review3",
    symbols=(x1_, x2_), parameters=("x1",),
    premises=(Premise("map", sp.Eq(y, sp.ImmutableMatrix([sp.Abs(x1), x2]), evaluate=False), "fold the plane along x1 = 0"),),
    steps=(JacobianMatrix(variables=(x1, x2), expect=sp.ImmutableMatrix([[sp.sign(x1), 0], [0, 1]])),
           Determinant(expect=sp.sign(x1))),
    route=Agreement("orientation, by hand", lambda x1: 1 if x1 > 0 else -1,
                    points=({"x1": "0.5"}, {"x1": "-0.5"}, {"x1": "0.25"})),
)]
