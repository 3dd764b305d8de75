"""Control (review 17). Must pass.

A mass m at speed v0 compresses a spring of stiffness k to the amplitude A where all its kinetic energy is stored:
k A² = m v0² (a condition on A, k, m, v0; A = v0 √(m/k) > 0 follows every parameter). The work done on the
spring, ∫_0^A k x dx with the parameter-dependent upper end A, is k A²/2, which on the condition is m v0²/2.
"""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); A_ = Param("A", Positive()); k_ = Param("k", Real(1, 100)); m_ = Param("m", Real(sp.Rational(1, 10), 10))
v0_ = Param("v0", Real(0, 20))
x, A, k, m, v0 = (q.symbol for q in (x_, A_, k_, m_, v0_))
F = sp.Symbol("F")

DERIVATIONS = [Derivation(
    id="attack.r17.spring_work_bound_ok", title="work stored in a spring", source="control",
    symbols=(x_, A_, k_, m_, v0_), parameters=("m", "v0"),
    premises=(Premise("Fdef", sp.Eq(F, k * x), "Hooke's law"),
              Premise("stop", sp.Eq(k * A**2, m * v0**2), "the mass stops at the amplitude A")),
    steps=(Integrate(x, 0, A, on="Fdef", expect=sp.Eq(sp.Integral(F, (x, 0, A)), k * A**2 / 2)),
           Substitute(using="stop",
                      expect=sp.Eq(sp.Integral(F, (x, 0, A)), m * v0**2 / 2))),
    route=Agreement("quadrature of k x up to the amplitude v0 √(m/k), k = 7",
                    lambda m, v0: mpmath.quad(lambda s: 7 * s, [0, mpmath.mpf(v0) * mpmath.sqrt(mpmath.mpf(m) / 7)]),
                    points=({"m": 1, "v0": 3}, {"m": "0.2", "v0": "15"}, {"m": 9, "v0": "0.5"})),
)]
