"""Control (review 17). Must pass.

The mass shell E² = p² c² + m² c⁴ (a condition on E, p, m, c), E > 0. For every p the energy
E = √(p²c² + m²c⁴) > 0 follows p, so the kinetic energy K = E − m c² may be expanded about p = 0:
K ≃ p²/(2m) − p⁴/(8 m³ c²) (the Newtonian term and its first relativistic correction).
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, Ref, SeriesExpand, SolveFor, Substitute

E_ = Param("E", Positive()); p_ = Param("p", Real(-1, 1)); m_ = Param("m", Real(1, 2)); c_ = Param("c", Real(1, 10))
E, p, m, c = (q.symbol for q in (E_, p_, m_, c_))
K = sp.Symbol("K")

DERIVATIONS = [Derivation(
    id="attack.r17.relativistic_series_ok", title="kinetic energy at small momentum", source="control",
    symbols=(E_, p_, m_, c_), parameters=("p", "m", "c"),
    premises=(Premise("shell", sp.Eq(E**2, p**2 * c**2 + m**2 * c**4), "mass shell"),
              Premise("Kdef", sp.Eq(K, E - m * c**2), "kinetic energy")),
    steps=(SolveFor(E, on="shell", name="energy", expect=sp.Eq(E, sp.sqrt(p**2 * c**2 + m**2 * c**4))),
           Substitute(mapping={E: Ref("energy")}, on="Kdef", expect=sp.Eq(K, sp.sqrt(p**2 * c**2 + m**2 * c**4) - m * c**2)),
           SeriesExpand(p, 0, order=6, direction="+-", expect=sp.Eq(K, p**2 / (2 * m) - p**4 / (8 * m**3 * c**2)))),
    route=Agreement("the two leading Taylor coefficients of √(p²c² + m²c⁴) − mc² by numerical differentiation",
                    lambda p, m, c: (lambda f: mpmath.taylor(f, 0, 4)[2] * mpmath.mpf(p)**2 + mpmath.taylor(f, 0, 4)[4] * mpmath.mpf(p)**4)(
                        lambda q: mpmath.sqrt(q**2 * mpmath.mpf(c)**2 + mpmath.mpf(m)**2 * mpmath.mpf(c)**4) - mpmath.mpf(m) * mpmath.mpf(c)**2),
                    points=({"p": "0.5", "m": "1.5", "c": 3}, {"p": "-0.2", "m": "1.1", "c": 2}, {"p": "0.9", "m": "1.9", "c": 9})),
)]
