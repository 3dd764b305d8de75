"""Control (review 17). Must pass.

Circular orbits about the Earth: the general condition v² r = μ (gravity is the centripetal force, μ = GM)
specialized to the Earth, μ = 3.986004418e14 m³/s². At that μ the speed v = √(μ/r) > 0 still follows r for every
r > 0, so the orbital energy per unit mass e = v²/2 − μ/r = −μ/(2r) may be differentiated in r:
de/dr = μ/(2r²) = 1.993002209e14/r².
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, SolveFor, Substitute

v_ = Param("v", Positive()); r_ = Param("r", Positive()); mu_ = Param("mu", Positive())
v, r, mu = (q.symbol for q in (v_, r_, mu_))
e = sp.Symbol("e")
MU_E = sp.Integer(3986004418) * 10**5

DERIVATIONS = [Derivation(
    id="attack.r17.earth_orbit_ok", title="energy of circular Earth orbits", source="control",
    symbols=(v_, r_, mu_), parameters=("r",),
    premises=(Premise("circular", sp.Eq(v**2 * r, mu), "gravity is the centripetal force"),
              Premise("edef", sp.Eq(e, v**2 / 2 - mu / r), "specific orbital energy")),
    steps=(SolveFor(v, on="circular", name="speed", expect=sp.Eq(v, sp.sqrt(mu / r))),
           Substitute(mapping={v: Ref("speed")}, on="edef", expect=sp.Eq(e, -mu / (2 * r))),
           Substitute({mu: MU_E}, expect=sp.Eq(sp.Subs(e, mu, MU_E), -MU_E / (2 * r))),
           Differentiate(r, expect=sp.Eq(sp.Derivative(sp.Subs(e, mu, MU_E), r), MU_E / (2 * r**2)))),
    route=Agreement("difference quotient of v²/2 − μ/r with v² = μ/r, μ = 3.986004418e14",
                    lambda r: mpmath.diff(lambda s: mpmath.mpf("3.986004418e14") / s / 2 - mpmath.mpf("3.986004418e14") / s,
                                          mpmath.mpf(r)),
                    points=({"r": "6.771e6"}, {"r": "4.2164e7"}, {"r": "3.84e8"})),
)]
