"""Class 5 (review 13, sampling called confirmation): a wrong Fourier closed form where the scan's balls are blind, at an end.
Σ_{k≥1} sin(kθ)/k = (π − θ)/2 on 0 < θ < 2π. Written: (π − θ)/2 + exp(−(θ/0.06)⁴), off by more than 0.006 on all of
(0, 0.09) (about four of the 256 scan cells, 1.4% of the domain; below 10^-6 beyond θ ≈ 0.115). Near θ = 0
the partial sums' Abel tail bound (120 terms in the scan) is wider than the error, so those points are skipped,
not counted against; the 12 precise points lie elsewhere. The certificate says confirmed and short-circuits the
ordinary sampling. Sound: failed (θ = 0.03: the form exceeds the series by 0.94), exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); k_ = Param("k", Integer(1, None))
th, k = th_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r13.fourier_edge_bump", title="sawtooth series", source="attack",
    symbols=(th_,), parameters=("theta",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo))), "sawtooth series"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2 + sp.exp(-(th * sp.Rational(50, 3))**4))),),
    route=Agreement("the sawtooth, (π − θ)/2, at three points", lambda theta: (mpmath.pi - mpmath.mpf(theta)) / 2,
                    points=({"theta": 1}, {"theta": 2}, {"theta": 3})),
)]
