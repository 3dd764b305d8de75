"""Control (review 17). Must pass.

The Newtonian limit of the kinetic energy: on the mass shell E² = p²c² + m²c⁴ (E > 0), E = √(p²c² + m²c⁴)
follows c for every c > 0, all the way out to c → ∞. K = E − m c² = p²c²/(√(p²c² + m²c⁴) + mc²) → p²/(2m).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Positive, Premise, Real, Ref, SolveFor, Substitute

E_ = Param("E", Positive()); p_ = Param("p", Real(-10, 10)); m_ = Param("m", Positive()); c_ = Param("c", Positive())
E, p, m, c = (q.symbol for q in (E_, p_, m_, c_))
K = sp.Symbol("K")

DERIVATIONS = [Derivation(
    id="attack.r17.newtonian_limit_ok", title="Newtonian limit", source="control",
    symbols=(E_, p_, m_, c_), parameters=("p", "m"),
    premises=(Premise("shell", sp.Eq(E**2, p**2 * c**2 + m**2 * c**4), "mass shell"),
              Premise("Kdef", sp.Eq(K, E - m * c**2), "kinetic energy")),
    steps=(SolveFor(E, on="shell", name="energy", expect=sp.Eq(E, sp.sqrt(p**2 * c**2 + m**2 * c**4))),
           Substitute(mapping={E: Ref("energy")}, on="Kdef", expect=sp.Eq(K, sp.sqrt(p**2 * c**2 + m**2 * c**4) - m * c**2)),
           Limit(c, sp.oo, expect=sp.Eq(sp.Limit(K, c, sp.oo), p**2 / (2 * m)))),
    route=Agreement("K at growing c, extrapolated (mpmath.limit on the cancellation-free form)",
                    lambda p, m: mpmath.limit(lambda c: mpmath.mpf(p)**2 * c**2
                                              / (mpmath.sqrt(mpmath.mpf(p)**2 * c**2 + mpmath.mpf(m)**2 * c**4) + mpmath.mpf(m) * c**2),
                                              mpmath.inf),
                    points=({"p": 1, "m": 1}, {"p": "-3.5", "m": "0.2"}, {"p": 9, "m": 40})),
)]
