"""Class 5 (review 3, sampling called confirmation). SolveFor discards a root that lies inside the variable's domain on a narrow band of a parameter.

(x − 1/2)(x − (a² − 10)) = 0 with x ∈ (0, 1), a ∈ (0, 10). SolveFor keeps x = 1/2 and
discards x = a² − 10; the obligation "the discarded root lies outside the domain of x" is only
sampled (verify/obligations.py:_sample_condition), and a² − 10 ∈ (0, 1) for
a ∈ (√10, √11) ≈ (3.162, 3.317). There, x = a² − 10 also solves the premise, so x = 1/2
does not follow (a = 3.2: x = 0.24 solves it). A sound kernel must say failed or
inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 10))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3.solve_discard_band", title="the equilibrium share", source="review3",
    symbols=(x_, a_),
    premises=(Premise("law", sp.Eq((x - sp.Rational(1, 2)) * (x - (a**2 - 10)), 0), "the balance"),),
    steps=(SolveFor(x, choose=0, expect=sp.Eq(x, sp.Rational(1, 2))),),
    route=Agreement("bisection on (0.4, 0.6) at a = 1",
                    lambda: mpmath.findroot(lambda t: (t - mpmath.mpf(1) / 2) * (t + 9), (0.4, 0.6), solver="bisect"),
                    points=({},)),
)]
