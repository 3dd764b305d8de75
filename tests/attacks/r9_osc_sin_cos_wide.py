"""Class 3 (review 9, an integral claimed beyond where its closed form holds): ∫_0^∞ sin(x) cos(a x)/x dx
= π/2 only for a ∈ (0, 1); it is π/4 at a = 1 and 0 for a > 1, so π/2 on a ∈ (0, 2) is false. SymPy's own
answer is a Piecewise and is not trusted; before review 9 the period-by-period sum ran past 300 s.
Sound: failed (exit != 0), or inconclusive; never proved or confirmed."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real

x_ = Param("x", Positive()); a_ = Param("a", Real(0, 2))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r9.osc_sin_cos_wide", title="band-limited step", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, sp.sin(x) * sp.cos(a * x) / x), "the integrand"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.pi / 2),),
    route=Agreement("quadosc", lambda a: mpmath.pi / 2,
                    points=({"a": "0.25"}, {"a": "0.5"}, {"a": "0.75"})),
)]
