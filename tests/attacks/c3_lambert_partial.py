"""Class 3 (SymPy trusted): a partial root list from the principal Lambert branch.

``x eˣ = y`` with ``y ∈ (−1/e, 0)`` has two real roots, ``W₀(y) ∈ (−1, 0)`` and
``W₋₁(y) < −1``, both in x's domain (−10, 0). SymPy's solve returns only ``LambertW(y)`` and
solveset answers with a ConditionSet, so the second root is never accounted for. A sound
kernel must not accept the single root: failed or inconclusive, exit != 0.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(-10, 10))
y_ = Param("y", Real("-0.3678", 0))
x, y = x_.symbol, y_.symbol

DERIVATIONS = [Derivation(
    id="attack.c3.lambert_partial", title="inverting x e^x", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("law", sp.Eq(x * sp.exp(x), y), "the law"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.LambertW(y))),),
    route=Agreement("principal branch", lambda y: mpmath.lambertw(y).real,
                    points=({"y": "-0.1"}, {"y": "-0.2"}, {"y": "-0.3"})),
)]
