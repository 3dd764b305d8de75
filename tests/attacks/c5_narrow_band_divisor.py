"""Class 5 (sampling called confirmation): a divisor that vanishes on a narrow band only.

``DivideBoth`` by ``1 + x/100 − 2 exp(−10²⁴ (x − π)²)`` (zero at ``x ≈ π ± 8·10⁻¹³``) on (0, 10): the
roots are transcendental, so neither solve nor a grid finds them. A sound kernel finds the roots (or refutes
non-vanishing with ball arithmetic): exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, DivideBoth, Param, Premise, Real

x_ = Param("x", Real(0, 10))
x = x_.symbol
f = sp.Symbol("f")
D = 1 + x / 100 - 2 * sp.exp(-10**24 * (x - sp.pi)**2)

DERIVATIONS = [Derivation(
    id="attack.c5.narrow_band_divisor", title="a cancelled gap", source="attack",
    symbols=(x_,),
    premises=(Premise("law", sp.Eq(f * D, 0), "the balance"),),
    steps=(DivideBoth(divisor=D, expect=sp.Eq(f, 0)),),
    route=Agreement("the value", lambda: 0, points=({},)),
)]
