"""Class 3 (review 8, an infinite series claimed beyond where its closed form holds): Σ_{k≥1} sin(k a)/k
= (π − a)/2 holds only for a ∈ (0, 2π); on (2π, 4π) the sum is (3π − a)/2. With a ∈ (0, 4π) the step
is false. SymPy cannot evaluate the series at a point, so sampling got nothing (inconclusive after
minutes); the series bounded in balls with a proven tail refutes it at a = 20π/7. Sound: refuse (exit != 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

a_ = Param("a", Real(0, 4 * sp.pi))
a = a_.symbol
k = sp.Symbol("k", integer=True, positive=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r8.rest_sum_sin_ka_wide", title="sawtooth Fourier series", source="attack",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * a) / k, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=(sp.pi - a) / 2),),
    route=Agreement("closed", lambda a: (mpmath.pi - mpmath.mpf(a)) / 2, points=({"a": "1"}, {"a": "2"}, {"a": "3"})),
)]
