"""Class A (review 6, an exceptional parameter value the single-parameter solve skipped): Exceptional parameter value that SymPy cannot solve for: c = a − cos a vanishes at the Dottie number
a* ≈ 0.739085 inside a ∈ (0, 1). ∫_0^1 c²/(x + c²)² dx = 1/(1 + c²) is false at a = a* (the integral is 0 there,
the integrand vanishing on (0, 1]). The single-parameter exceptional-value check (a → 0 in
r5_calc_integrate_param_point) finds a root by sympy.solve only; here solve raises NotImplementedError and the
value is skipped. A sound kernel: failed, or inconclusive (exceptional value undecided), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 1)); a_ = Param("a", Real(0, 1))
x, a = x_.symbol, a_.symbol
c = a - sp.cos(a)
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r6.exc_transcendental_root", title="concentrating density, Dottie", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, c**2 / (x + c**2)**2), "the density"),),
    steps=(Integrate(x, 0, 1, expect=1 / (1 + c**2)),),
    route=Agreement("closed", lambda a: 1 / (1 + (sp.Float(a) - sp.cos(sp.Float(a)))**2),
                    points=({"a": "0.2"}, {"a": "0.5"}, {"a": "0.9"})),
)]
