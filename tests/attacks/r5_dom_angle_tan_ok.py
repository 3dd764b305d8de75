"""Control (review 5). Must pass. An angle θ ∈ (0, π/2) with tan and cos: d/dθ (h tan θ) = h / cos²θ, read at θ = π/4 (inside).

Exact irrational bounds are ordinary physics: the slope of a ramp at angle θ lives on (0, π/2);
tan has its pole exactly at the excluded end π/2, so the domain must be the exact one.
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

th_ = Param("theta", Real(0, sp.pi / 2))
h_ = Param("h", Real(0, 10))
th, h = th_.symbol, h_.symbol
Y = sp.Function("Y")

DERIVATIONS = [Derivation(
    id="attack.r5.dom_angle_tan_ok", title="height gained per unit angle", source="control",
    symbols=(th_, h_), parameters=("h",),
    premises=(Premise("ramp", sp.Eq(Y(th), h * sp.tan(th)), "height of the ramp's end"),),
    steps=(Differentiate(th, expect=h / sp.cos(th)**2),
           Substitute(mapping={th: sp.pi / 4}, expect=2 * h)),
    route=Agreement("numerical derivative at π/4",
                    lambda h: mpmath.diff(lambda s: mpmath.mpf(h) * mpmath.tan(s), mpmath.pi / 4),
                    points=({"h": 1}, {"h": "2.5"}, {"h": "0.3"})),
)]
