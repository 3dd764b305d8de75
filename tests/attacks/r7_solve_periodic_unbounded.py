"""Class 3 (review 7, a periodic equation on an unbounded domain): sin x = 1/2 on x > 0 has the
roots π/6 + 2nπ and 5π/6 + 2nπ for every n ≥ 0; x = π/6 is one of infinitely many. Sound: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, SolveFor

x_ = Param("x", Positive())
x = x_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_periodic_unbounded", title="one root of infinitely many", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("law", sp.Eq(sp.sin(x), sp.Rational(1, 2)), "the sine"),),
    steps=(SolveFor(x, expect=sp.Eq(x, sp.pi / 6)),),
    route=Agreement("root", lambda: mpmath.asin(mpmath.mpf(1) / 2), points=({}, {}, {})),
)]
