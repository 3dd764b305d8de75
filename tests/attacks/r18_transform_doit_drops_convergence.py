"""Class 3 (review 18, SymPy trusted): an unevaluated LaplaceTransform rewritten to SymPy's `doit()`, which drops its convergence condition.

F = L{e^{2t}}(s) = ∫₀^∞ e^{2t} e^{−st} dt converges only for s > 2; SymPy's `LaplaceTransform(exp(2t), t, s).doit()`
returns 1/(s − 2) with no condition, and `Rewrite` takes it as an equivalence on the whole declared domain
s > 0. At s = 1 the integral diverges (+∞) while 1/(s − 2) = −1; at s = 2 one side is +∞, the other has a pole.
`Integrate` would carry SymPy's convergence condition as a side condition and certify the value by quadrature;
the transform, not an `Integral`, gets neither. Sound: treat an IntegralTransform as the integral it is
(rewrite it to `Integral` before any tactic, with its convergence as an obligation), or refuse it; exit != 0.
"""
import sympy as sp
from sympy.integrals.transforms import LaplaceTransform
from derivations import Agreement, Derivation, Param, Positive, Premise, Rewrite

t_ = Param("t", Positive()); s_ = Param("s", Positive())
t, s = t_.symbol, s_.symbol
F = sp.Symbol("F")
DERIVATIONS = [Derivation(
    id="attack.r18.transform_doit_drops_convergence", title="transfer function of a growing mode", source="attack",
    symbols=(t_, s_), parameters=("s",),
    premises=(Premise("Fdef", sp.Eq(F, LaplaceTransform(sp.exp(2 * t), t, s)), "transform of the mode"),),
    steps=(Rewrite(expect=sp.Eq(F, 1 / (s - 2))),),
    route=Agreement("value", lambda s: 1 / (s - 2), points=({"s": 3}, {"s": 4}, {"s": 5})),
)]
