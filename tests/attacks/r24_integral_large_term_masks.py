"""Class 3 (review 24, SymPy trusted): an O(1) error in SymPy's integral is certified when a large correct term sits beside it, because agreement is relative to 10⁻³⁰ of the value.

f = 10⁴⁰ + 1/(√2 + cos x) on [0, 2π]: SymPy gives ∫ f = 2π·10⁴⁰ (its ∫₀^{2π} dx/(√2 + cos x) = 0; the truth is 2π).
The arb enclosure is 2π·10⁴⁰ + 2π; the gap 2π is below 10⁻³⁰·|v| ≈ 6·10¹⁰, so the point agrees and the step is `proved`.
Subtracting 2π·10⁴⁰ from both sides then proves ∫₀^{2π} f dx − 2π·10⁴⁰ = 0, whose left side is 2π ≈ 6.283.
A sound kernel must count agreement only where the rigorous ball contains SymPy's value (to the precision the
ball has), not within a fixed relative tolerance; a gap that the ball excludes refutes.
"""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Integrate, Param, Premise, Real

x_ = Param("x", Real(0, 7))
x = x_.symbol
f = sp.Symbol("f")
M = sp.Integer(10)**40
DERIVATIONS = [Derivation(
    id="attack.r24.integral_large_term_masks", title="a large constant plus a periodic part", source="attack",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(f, M + 1 / (sp.sqrt(2) + sp.cos(x))), "the integrand"),),
    steps=(Integrate(x, 0, 2 * sp.pi, expect=sp.Eq(sp.Integral(f, (x, 0, 2 * sp.pi)), 2 * sp.pi * M)),
           AddBoth(term=-2 * sp.pi * M, expect=sp.Eq(sp.Integral(f, (x, 0, 2 * sp.pi)) - 2 * sp.pi * M, 0))),
    route=Agreement("the remainder", lambda: 0, points=({},)),
)]
