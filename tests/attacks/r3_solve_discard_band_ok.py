"""Control (review 3). Must pass. r3_solve_discard_band.py for a ∈ (0, 3), where the discarded root a² − 10 stays below 0, outside (0, 1).

Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

x_ = Param("x", Real(0, 1))
a_ = Param("a", Real(0, 3))
x, a = x_.symbol, a_.symbol

DERIVATIONS = [Derivation(
    id="attack.r3.solve_discard_band_ok", title="the equilibrium share", source="review3",
    symbols=(x_, a_),
    premises=(Premise("law", sp.Eq((x - sp.Rational(1, 2)) * (x - (a**2 - 10)), 0), "the balance"),),
    steps=(SolveFor(x, choose=0, expect=sp.Eq(x, sp.Rational(1, 2))),),
    route=Agreement("bisection on (0.4, 0.6) at a = 1",
                    lambda: mpmath.findroot(lambda t: (t - mpmath.mpf(1) / 2) * (t + 9), (0.4, 0.6), solver="bisect"),
                    points=({},)),
)]
