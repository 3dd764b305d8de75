"""Class 5 (review 14, sampling called confirmation): a wrong closed form off only for a parameter between the far sample points 10^2 and 10^4.
S = Σ_{k≥1} sin(kθ)/k + 1/(1 + a) = (π − θ)/2 + 1/(1 + a) on θ ∈ (0, 2π), a > 0. Written: that plus
exp(-200 (ln a − ln 1000)²), below 10^-45 at a = 100 and a = 10^4 (and within 7 of 0, where the 256 scan points
and the 6+6 fractions lie) but ≥ 0.45 for a in (939, 1065) and 1 at a = 1000 — a band hundreds of units wide.
Sound: failed (a = 1000 refutes it) or at least not confirmed, exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); a_ = Param("a", Positive()); k_ = Param("k", Integer(1, None))
th, a, k = th_.symbol, a_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r14.fourier_far_bump_between_far_points", title="sawtooth series with an offset", source="attack",
    symbols=(th_, a_), parameters=("theta", "a"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo)) + 1 / (1 + a)), "sawtooth plus offset"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2 + 1 / (1 + a) + sp.exp(-200 * (sp.log(a) - sp.log(1000))**2))),),
    route=Agreement("the sawtooth plus offset at three points",
                    lambda theta, a: (mpmath.pi - mpmath.mpf(theta)) / 2 + 1 / (1 + mpmath.mpf(a)),
                    points=({"theta": 1, "a": 1}, {"theta": 2, "a": 2}, {"theta": 3, "a": 3})),
)]
