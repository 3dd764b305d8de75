"""Class 5 (review 12, sampling called confirmation): Fourier-series certificate: a closed form off by 1 on a visible band is confirmed.
Σ_{k≥1} sin(kθ)/k = (π − θ)/2 on (0, 2π). Written instead: (π − θ)/2 + exp(−1000(θ − 4)²), a bump of height 1
around θ = 4 (at θ = 4 the series is −0.43, the written form +0.57; the two differ by more than 10⁻⁶ on
θ ∈ (3.88, 4.12)). Term-by-term summation does not see it, and series_agree (verify/certify_series.py), which
looks at 12 points only (6 fixed sevenths, 6 drawn from the forms), answers CONFIRMED and short-circuits the
ordinary sampling of confirm_identity (verify/equality.py). Sound: failed, or at least not confirmed (exit != 0)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); k_ = Param("k", Integer(1, None))
th, k = th_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r12.fourier_bump_confirmed", title="sawtooth series", source="attack",
    symbols=(th_,), parameters=("theta",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo))), "sawtooth series"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2 + sp.exp(-1000 * (th - 4)**2))),),
    route=Agreement("the sawtooth, (π − θ)/2, at three points", lambda theta: (mpmath.pi - mpmath.mpf(theta)) / 2,
                    points=({"theta": 1}, {"theta": 2}, {"theta": 3})),
)]
