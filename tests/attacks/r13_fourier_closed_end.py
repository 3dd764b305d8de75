"""Class 5 (review 13, sampling called confirmation): the Fourier-series certificate skips a closed end of the domain.
Σ_{k≥1} sin(kθ)/k = (π − θ)/2 holds on 0 < θ < 2π only: at θ = 0 every term is 0, so the series is 0, while
(π − θ)/2 = π/2. Declared here on 0 ≤ θ < 2π (closed at 0). certify_series._points uses interior points only and
its "confirmed" short-circuits the closed-end check an ordinary Rewrite gets.
Sound: failed at θ = 0, exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi, lo_open=False)); k_ = Param("k", Integer(1, None))
th, k = th_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r13.fourier_closed_end", title="sawtooth series", source="attack",
    symbols=(th_,), parameters=("theta",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo))), "sawtooth series"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2)),),
    route=Agreement("the sawtooth, (π − θ)/2, at three points", lambda theta: (mpmath.pi - mpmath.mpf(theta)) / 2,
                    points=({"theta": 1}, {"theta": 2}, {"theta": 3})),
)]
