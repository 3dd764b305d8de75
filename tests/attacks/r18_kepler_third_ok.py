"""Control (review 18). Must pass.

Kepler's third law for a circular orbit: gravity supplies the centripetal force, G M / r² = ω² r (a condition
on ω, r, M; ω = √(GM/r³) > 0 follows r). The period T = 2π/ω is then 2π √(r³/(GM)), so T² = 4π² r³/(GM)
(both sides positive: squaring is an equivalence). The claim: the sidereal year from GM_sun =
1.32712440018e20 m³/s² and a = 1.495978707e11 m is 365.26 days (the sidereal year is 365.256 d).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Claim, Derivation, Param, Positive, PowerBoth, Premise, Ref, SolveFor, Substitute

r_ = Param("r", Positive()); w_ = Param("omega", Positive(), latex=r"\omega"); GM_ = Param("GM", Positive())
r, w, GM = (q.symbol for q in (r_, w_, GM_))
T = sp.Symbol("T")

DERIVATIONS = [Derivation(
    id="attack.r18.kepler_third_ok", title="Kepler's third law", source="control",
    symbols=(r_, w_, GM_), parameters=("r", "GM"),
    premises=(Premise("orbit", sp.Eq(GM / r**2, w**2 * r), "gravity is the centripetal force"),
              Premise("Tdef", sp.Eq(T, 2 * sp.pi / w), "the period")),
    steps=(SolveFor(w, on="orbit", name="rate", expect=sp.Eq(w, sp.sqrt(GM / r**3))),
           Substitute(mapping={w: Ref("rate")}, on="Tdef", expect=sp.Eq(T, 2 * sp.pi * sp.sqrt(r**3 / GM))),
           PowerBoth(exponent=2, expect=sp.Eq(T**2, 4 * sp.pi**2 * r**3 / GM))),
    route=Agreement("square of the period of a numerically integrated revolution angle: 2π/ω with ω from findroot",
                    lambda r, GM: (2 * mpmath.pi / mpmath.findroot(lambda om: om**2 * mpmath.mpf(r) - mpmath.mpf(GM) / mpmath.mpf(r)**2,
                                                                   mpmath.sqrt(mpmath.mpf(GM) / mpmath.mpf(r)**3) * mpmath.mpf("1.1")))**2,
                    points=({"r": 1, "GM": 1}, {"r": "1.495978707e11", "GM": "1.32712440018e20"}, {"r": "4.2164e7", "GM": "3.986004418e14"})),
    claims=(Claim("attack.r18.kepler_third_ok.year", "the sidereal year in days, from GM_sun and 1 au", "control", "365.26",
                  lambda: 2 * mpmath.pi * mpmath.sqrt(mpmath.mpf("1.495978707e11")**3 / mpmath.mpf("1.32712440018e20")) / 86400,
                  relation="≈"),),
)]
