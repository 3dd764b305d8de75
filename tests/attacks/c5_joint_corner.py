"""Class 5 (sampling called confirmation): the atan addition formula near a joint corner.

``atan x + atan y = atan((x + y)/(1 − xy))`` fails (by π) where ``xy > 1``: with
``x ∈ (0, 1)`` and ``y ∈ (0, 1.01)`` that is a small corner near (1, 1.01), reached only when
both symbols are near their upper ends together. A sound kernel samples the corners of the
box jointly (or proves it false): failed, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

x_ = Param("x", Real(0, 1))
y_ = Param("y", Real(0, "1.01"))
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c5.joint_corner", title="adding two angles", source="attack",
    symbols=(x_, y_), parameters=("x", "y"),
    premises=(Premise("def", sp.Eq(f, sp.atan(x) + sp.atan(y)), "the total angle"),),
    steps=(Rewrite(expect=sp.atan((x + y) / (1 - x * y))),),
    route=Agreement("the angles summed", lambda x, y: mpmath.atan(x) + mpmath.atan(y),
                    points=({"x": "0.5", "y": "0.5"}, {"x": "0.1", "y": "0.9"}, {"x": "0.3", "y": "0.2"})),
)]
