"""Class 3 (review 8, a divergent series given a value): Σ_{k≥1} sin(k a) has no sum for 0 < a < 2π (its
terms do not tend to 0); cot(a/2)/2 is only its Abel (or Cesàro) mean. The series must never be called
convergent: no ball is given to it, so the step is not confirmed. Sound: refuse (exit != 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 2 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r8.rest_sum_sin_divergent", title="a divergent trigonometric series", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * a), (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=sp.cot(a / 2) / 2),),
    route=Agreement("closed", lambda a: mpmath.cot(mpmath.mpf(a) / 2) / 2, points=({"a": "1"}, {"a": "2"}, {"a": "3"}),
                    kind="consistency"),
)]
