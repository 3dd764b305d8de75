"""Control (review 3). Must pass. The Jacobian of (|x1|, x2) on a half-plane, away from the kink.

On x1 ∈ (0, 1), |x1| is smooth: J = [[sign(x1), 0], [0, 1]] and det J = sign(x1) (= 1).
"""
import sympy as sp

from derivations import Agreement, Derivation, Determinant, JacobianMatrix, Param, Premise, Real

x1_ = Param("x1", Real(0, 1))
x2_ = Param("x2", Real(-1, 1))
x1, x2 = x1_.symbol, x2_.symbol
y = sp.MatrixSymbol("y", 2, 1)

DERIVATIONS = [Derivation(
    id="control.r3.jacobian_abs_ok", title="a fold, on one side", source="review3",
    symbols=(x1_, x2_), parameters=("x1",),
    premises=(Premise("map", sp.Eq(y, sp.ImmutableMatrix([sp.Abs(x1), x2]), evaluate=False), "fold the plane"),),
    steps=(JacobianMatrix(variables=(x1, x2), expect=sp.ImmutableMatrix([[sp.sign(x1), 0], [0, 1]])),
           Determinant(expect=sp.sign(x1))),
    route=Agreement("orientation, by hand", lambda x1: 1,
                    points=({"x1": "0.5"}, {"x1": "0.75"}, {"x1": "0.25"})),
)]
