"""Class 3 (review 7, an oscillating integral on an infinite range): ∫_0^∞ √x sin x dx written as
Γ(3/2) sin(3π/4) = √(2π)/4, the Abel (Mellin) value of a divergent integral: the envelope √x grows, so the periods
grow. SymPy answers oo·sign(AccumBounds(−5/4, 5/4)). Must be refused."""
import sympy as sp

from derivations import Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, None))
x = x_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.osc_growing_sine", title="a growing sine", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("def", sp.Eq(g, sp.sqrt(x) * sp.sin(x)), "a growing sine"),),
    steps=(Integrate(x, 0, sp.oo, expect=sp.sqrt(2 * sp.pi) / 4),),
    route=Agreement("Mellin", lambda: sp.sqrt(2 * sp.pi) / 4, points=({},)),
)]
