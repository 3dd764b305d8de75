"""Class 5 (review 13, sampling called confirmation): the Fourier-series certificate on an unbounded parameter domain.
S = Σ_{k≥1} a·sin(kθ)/k = a(π − θ)/2 on θ ∈ (0, 2π), a > 0. Written instead: a(π − θ)/2 + (a/30)^200, which is
below 10^-120 for a < 7 but 1 at a = 30 and 2^200 at a = 60. certify_series._across puts every point of a
side without an end within 7 units of the other end (the 12 precise points and the 256 scan cells alike), so the
series certificate answers "confirmed" and short-circuits ordinary sampling.
Sound: failed (a = 40 refutes it), or at least not confirmed, exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); a_ = Param("a", Positive()); k_ = Param("k", Integer(1, None))
th, a, k = th_.symbol, a_.symbol, k_.symbol
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r13.fourier_unbounded_param", title="scaled sawtooth series", source="attack",
    symbols=(th_, a_), parameters=("theta", "a"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(a * sp.sin(k * th) / k, (k, 1, sp.oo))), "scaled sawtooth series"),),
    steps=(Rewrite(expect=sp.Eq(S, a * (sp.pi - th) / 2 + (a / 30)**200)),),
    route=Agreement("the sawtooth, a(π − θ)/2, at three points",
                    lambda theta, a: mpmath.mpf(a) * (mpmath.pi - mpmath.mpf(theta)) / 2,
                    points=({"theta": 1, "a": 1}, {"theta": 2, "a": 2}, {"theta": 3, "a": 3})),
)]
