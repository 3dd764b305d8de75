"""Control (review 3, a physicist's ordinary derivation): the minimum of the Lennard-Jones potential, V = A/r^12 − B/r^6 → r* = (2A/B)^(1/6). Must pass."""
import mpmath
import sympy as sp

from derivations import (Agreement, Derivation, Differentiate, Param, Positive, Premise, SolveFor, Substitute)

r_ = Param("r", Positive())
A_ = Param("A", Positive())
B_ = Param("B", Positive())
r, A, B = r_.symbol, A_.symbol, B_.symbol
V = sp.Function("V")
SLOPE = -12 * A / r**13 + 6 * B / r**7

DERIVATIONS = [Derivation(
    id="attack.r3c.lennard_jones_ok", title="equilibrium distance", source="control",
    symbols=(r_, A_, B_), parameters=("A", "B"),
    premises=(Premise("law", sp.Eq(V(r), A / r**12 - B / r**6), "the potential"),
              Premise("stationary", sp.Eq(sp.Derivative(V(r), r), 0), "the minimum is stationary")),
    steps=(Differentiate(r, expect=SLOPE),
           Substitute(using="stationary", expect=sp.Eq(0, SLOPE)),
           SolveFor(r, expect=sp.Eq(r, (2 * A / B)**sp.Rational(1, 6)))),
    route=Agreement("root finding on r^13 V'(r) = 0", lambda A, B: mpmath.findroot(lambda s: 6 * mpmath.mpf(B) * s**6 - 12 * mpmath.mpf(A), mpmath.mpf("1.2")),
                    points=({"A": 1, "B": 2}, {"A": 1, "B": 1}, {"A": 2, "B": 3})),
)]
