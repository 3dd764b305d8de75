"""Control (review 13). Must pass. a physicist's Fourier series with an amplitude parameter and a phase on a half-open domain.
Σ_{k≥1} A cos(kθ)/k² = A(π²/6 − πθ/2 + θ²/4) on 0 ≤ θ < 2π, 0 < A < 10. Must be confirmed (or proved), exit 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi, lo_open=False))
A_ = Param("A", Real(0, 10)); k_ = Param("k", Integer(1, None))
th, A, k = th_.symbol, A_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r13.fourier_param_ok", title="Clausen-type cosine series", source="control",
    symbols=(th_, A_), parameters=("theta", "A"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(A * sp.cos(k * th) / k**2, (k, 1, sp.oo))), "the series"),),
    steps=(Rewrite(expect=sp.Eq(S, A * (sp.pi**2 / 6 - sp.pi * th / 2 + th**2 / 4))),),
    route=Agreement("closed form", lambda theta, A: mpmath.mpf(A) * (mpmath.pi**2 / 6 - mpmath.pi * theta / 2 + mpmath.mpf(theta)**2 / 4),
                    points=({"theta": 1, "A": 1}, {"theta": 2, "A": 2}, {"theta": 3, "A": 3})),
)]
