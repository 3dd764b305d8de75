"""Class 3 (review 2, SymPy trusted). A limit at a symbolic point through atan2's jump (not in the kernel's list of switches).

lim_{y→a⁻} atan2(y, −1) is atan2(a, −1) for a ≠ 0, but −π at a = 0, where atan2(0, −1) = π.
The domain of a, (−1, 1), contains 0. derivations/_rules.py:_continuous_value refuses a
limit at a symbolic point through Abs, sign, Heaviside, floor, ... (_NON_SMOOTH) but not
through atan2, whose branch cut on the negative real axis is a jump of 2π. (The attack
c3_limit_symbolic_heaviside is the Heaviside case.) A sound kernel refuses: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

y_ = Param("y", Real(-1, 1))
a_ = Param("a", Real(-1, 1))
y, a = y_.symbol, a_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r2.atan2_limit", title="the angle of a point left of the origin", source="review2",
    symbols=(y_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(f, sp.atan2(y, -1)), "the polar angle of (−1, y)"),),
    steps=(Limit(y, a, "-", expect=sp.atan2(a, -1)),),
    route=Agreement("the angle", lambda a: __import__("mpmath").atan2(a, -1),
                    points=({"a": "0.5"}, {"a": "-0.5"}, {"a": "0.25"})),
)]
