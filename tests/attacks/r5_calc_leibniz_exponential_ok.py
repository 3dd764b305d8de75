"""Control (review 5). Must pass. differentiating under the integral sign, F(a) = ∫_0^1 e^{a t} dt, dF/da = ∫_0^1 t e^{a t} dt = (e^a (a − 1) + 1)/a², a ∈ (1, 3). Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real

a_ = Param("a", Real(1, 3))
a = a_.symbol
t = sp.Symbol("t", real=True)
F = sp.Symbol("F")

DERIVATIONS = [Derivation(
    id="attack.r5.calc_leibniz_exponential_ok", title="a moment by differentiation", source="control",
    symbols=(a_,), parameters=("a",),
    premises=(Premise("def", sp.Eq(F, sp.Integral(sp.exp(a * t), (t, 0, 1))), "the generating integral"),),
    steps=(Differentiate(a, expect=(sp.exp(a) * (a - 1) + 1) / a**2),),
    route=Agreement("quadrature", lambda a: mpmath.quad(lambda s: s * mpmath.exp(mpmath.mpf(a) * s), [0, 1]),
                    points=({"a": "1.5"}, {"a": 2}, {"a": "2.5"})),
)]
