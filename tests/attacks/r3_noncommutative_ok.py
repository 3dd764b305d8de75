"""Control (review 3). Must pass. The commutator of r3_noncommutative.py with ordinary (commuting) numbers a, b:
C = ab − ba is 0, as the rewrite says.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Rewrite

t_ = Param("t", Positive())
a_ = Param("a", Real())
b_ = Param("b", Real())
a, b = a_.symbol, b_.symbol
C = sp.Symbol("C")

DERIVATIONS = [Derivation(
    id="attack.r3.noncommutative_ok", title="numbers in either order", source="review3",
    symbols=(t_, a_, b_), names=(C,),
    premises=(Premise("def", sp.Eq(C, sp.Mul(a, b, evaluate=False) - sp.Mul(b, a, evaluate=False)),
                      "the commutator of two numbers"),),
    steps=(Rewrite(expect=0),),
    route=Agreement("the commutator of numbers", lambda: 0, points=({},)),
)]
