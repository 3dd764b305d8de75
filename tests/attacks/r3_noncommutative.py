"""Class 4 (review 3, premises and domains never checked): non-commuting symbols (operators) sampled as numbers, so the commutator [A, B] = 0 is 'confirmed'.

A and B are declared names with commutative=False (position and momentum operators, say);
the premise C = A·B − B·A (their commutator) is rewritten as C = 0. SymPy keeps A·B − B·A non-zero, the kernel
cannot prove it, and the numeric confirmation substitutes numbers (which commute): the
false identity is confirmed, exit 0. A sound kernel refuses non-commutative symbols or
fails the step (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

t_ = Param("t", Positive())
A = sp.Symbol("A", commutative=False)
B = sp.Symbol("B", commutative=False)
C = sp.Symbol("C", commutative=False)

DERIVATIONS = [Derivation(
    id="attack.r3.noncommutative", title="operators in either order", source="review3",
    symbols=(t_,), names=(A, B, C),
    premises=(Premise("def", sp.Eq(C, A * B - B * A), "the commutator of position and momentum"),),
    steps=(Rewrite(expect=0),),
    route=Agreement("the commutator, as hoped", lambda: 0, points=({},)),
)]
