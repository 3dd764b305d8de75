"""Control (review 9). Must pass.
∫_0^∞ sin(x) cos(a x)/x dx = π/2 for a ∈ (0, 1): the integrand oscillates at two frequencies, 1 ± a, whose
common period is long (a = 239/241: 2π·241) or absent (a irrational), and summing it period by period ran
for minutes. The certificate splits it into sin((1+a)x)/2x + sin((1−a)x)/2x and sums each with its own
period (the integrand kept whole near 0, where the parts are singular)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r9.osc_sin_cos_ok", title="band-limited step", source="control",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(x) * sp.cos(a * x) / x), "the integrand"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi / 2),),
    route=Agreement("quadosc", lambda a: mpmath.pi / 2,
                    points=({"a": "0.25"}, {"a": "0.5"}, {"a": "0.75"})),
)]
