"""Class 3 (review 7, a divergent series given its Abel value): Σ_{k=0}^∞ (−1)^k diverges; 1/2 is not its sum. Sound: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 1))
a = a_.symbol
k = sp.Symbol("k", integer=True, nonnegative=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r7.sum_grandi", title="Grandi", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, a * sp.Sum((-1)**k, (k, 0, sp.oo))), "the series"),),
    steps=(Rewrite(expect=a / 2),),
    route=Agreement("direct sum", lambda a: mpmath.mpf(a) / 2, points=({"a": "0.5"}, {"a": "0.9"}, {"a": "0.1"})),
)]
