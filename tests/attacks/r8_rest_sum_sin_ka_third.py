"""Class 3 (review 8, a wrong closed form of an infinite series): Σ_{k≥1} sin(k a)/k is (π − a)/2 on
0 < a < 2π, not (π − a)/3. The route is the closed form itself (a consistency check only), so only
the step can catch it: the series bounded in balls with a proven tail differs from the closed form
at a = 2π/7. Sound: refuse (exit != 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 2 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r8.rest_sum_sin_ka_third", title="sawtooth Fourier series, a wrong factor", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * a) / k, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=(sp.pi - a) / 3),),
    route=Agreement("closed", lambda a: (mpmath.pi - mpmath.mpf(a)) / 3, points=({"a": "1"}, {"a": "2"}, {"a": "3"}),
                    kind="consistency"),
)]
