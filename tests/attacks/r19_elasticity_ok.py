"""Control (review 19). Must pass.

Linear demand Q = a − bP with the premise Q > 0 (the demand is positive at the price): the
price elasticity of demand −(dQ/dP)(P/Q) is bP/(a − bP), which needs a − bP ≠ 0 — true
wherever the premise holds.
"""
import sympy as sp
from derivations import Derivation, Differentiate, MultiplyBoth, Param, Positive, Premise, Substitute, Ref, Agreement
import mpmath

a_ = Param("a", Positive(), doc="demand intercept")
b_ = Param("b", Positive(), doc="demand slope")
P_ = Param("P", Positive(), doc="price")
a, b, P = (p.symbol for p in (a_, b_, P_))
Q = sp.Function("Q")
eps = sp.Symbol("epsilon")

def numeric(a, b, P):
    q = lambda p: a - b * p
    return -mpmath.diff(q, P) * P / q(P)

elasticity = Derivation(
    id="attack.r19.elasticity_ok",
    title="Price elasticity of a linear demand",
    source="textbook",
    symbols=(a_, b_, P_),
    parameters=("a", "b", "P"),
    premises=(
        Premise("demand", sp.Eq(Q(P), a - b * P), "linear demand"),
        Premise("positive", sp.Gt(a - b * P, 0), "demand is positive at the price"),
    ),
    steps=(
        Differentiate(P, on="demand", expect=sp.Eq(sp.Derivative(Q(P), P), -b)),
        MultiplyBoth(factor=-P / (a - b * P), expect=sp.Eq(-P * sp.Derivative(Q(P), P) / (a - b * P), b * P / (a - b * P))),
    ),
    route=Agreement("numeric derivative", numeric, points=({"a": 10, "b": 1, "P": 3}, {"a": 5, "b": 2, "P": 1}, {"a": 7, "b": "0.5", "P": 13})),
)
DERIVATIONS = [elasticity]
