"""Class 5 (review 14, sampling called confirmation): a wrong closed form off only where two parameters are near given values together.
S = Σ_{k≥1} sin(kθ)/k + a = (π − θ)/2 + a on θ ∈ (0, 2π), a ∈ (0, 1). Written: that plus
exp(−((θ − 2)/0.05)⁸ − ((a − 0.6)/0.03)⁸), which is ≥ 1/e on an ellipse 0.1 wide in θ (4 scan cells of 256) and 0.06
wide in a (15 cells): each axis is far wider than a cell, but the 256 scan points pair the cells of θ and a at random,
so few land in the joint box (area ≈ 0.0004 of the domain's). Sound: failed (θ = 2, a = 0.6: off by 1), exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite

th_ = Param("theta", Real(0, 2 * sp.pi)); a_ = Param("a", Real(0, 1)); k_ = Param("k", Integer(1, None))
th, a, k = th_.symbol, a_.symbol, k_.symbol
S = sp.Symbol("S")
bump = sp.exp(-((th - 2) * 20)**8 - ((a - sp.Rational(3, 5)) * sp.Rational(100, 3))**8)
DERIVATIONS = [Derivation(
    id="attack.r14.fourier_2d_joint_bump", title="sawtooth series with an offset", source="attack",
    symbols=(th_, a_), parameters=("theta", "a"),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.sin(k * th) / k, (k, 1, sp.oo)) + a), "sawtooth plus offset"),),
    steps=(Rewrite(expect=sp.Eq(S, (sp.pi - th) / 2 + a + bump)),),
    route=Agreement("the sawtooth plus offset at three points",
                    lambda theta, a: (mpmath.pi - mpmath.mpf(theta)) / 2 + mpmath.mpf(a),
                    points=({"theta": 1, "a": "0.1"}, {"theta": 3, "a": "0.2"}, {"theta": 4, "a": "0.3"})),
)]
