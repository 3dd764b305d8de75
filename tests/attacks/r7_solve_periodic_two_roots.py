"""Class 3 (review 7, a periodic equation keeping one root of two): cos 2θ = 0 on θ ∈ (0, π) has
the roots π/4 and 3π/4; writing θ = π/4 drops one that lies inside the domain. Sound: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

t_ = Param("theta", Real(0, sp.pi))
theta = t_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_periodic_two_roots", title="one root of two", source="attack",
    symbols=(t_,), parameters=(),
    premises=(Premise("stationary", sp.Eq(sp.cos(2 * theta), 0), "cos 2θ = 0"),),
    steps=(SolveFor(theta, expect=sp.Eq(theta, sp.pi / 4)),),
    route=Agreement("root", lambda: mpmath.findroot(lambda t: mpmath.cos(2 * t), 0.7), points=({}, {}, {})),
)]
