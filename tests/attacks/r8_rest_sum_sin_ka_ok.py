"""Control (review 8). Must pass. The sawtooth series Σ_{k≥1} sin(k a)/k = (π − a)/2 for a ∈ (0, 2π)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 2 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r8.rest_sum_sin_ka_ok", title="sawtooth Fourier series", source="control",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * a) / k, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=(sp.pi - a) / 2),),
    route=Agreement("closed", lambda a: mpmath.nsum(lambda k: mpmath.sin(k * mpmath.mpf(a)) / k, [1, mpmath.inf]),
                    points=({"a": "1"}, {"a": "2"}, {"a": "3"})),
)]
