"""Control for c5_joint_corner: on ``(0, 1) × (0, 1)`` xy < 1 and the atan addition formula holds. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(0, 1))
y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.joint_corner_ok", title="adding two angles", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(f, sp.atan(x) + sp.atan(y)), "the total angle"),),
    steps=(Rewrite(expect=sp.atan((x + y) / (1 - x * y))),),
    route=Agreement("the angles summed", lambda x, y: mpmath.atan(x) + mpmath.atan(y),
                    points=({"x": "0.5", "y": "0.5"}, {"x": "0.1", "y": "0.9"}, {"x": "0.3", "y": "0.2"})),
)]
