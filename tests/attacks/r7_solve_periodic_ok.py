"""Control (review 7, a periodic equation on a bounded domain). Must pass: the launch angle of
maximal range, cos 2θ = 0 on θ ∈ (0, π/2), has the one root θ = π/4 (SymPy's families nπ + π/4,
nπ + 3π/4 are listed on the domain and every other member shown outside it)."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SolveFor

t_ = Param("theta", Real(0, sp.pi / 2))
theta = t_.symbol
DERIVATIONS = [Derivation(
    id="attack.r7.solve_periodic_ok", title="optimal launch angle", source="attack",
    symbols=(t_,), parameters=(),
    premises=(Premise("stationary", sp.Eq(sp.cos(2 * theta), 0), "dR/dθ = 2v² cos(2θ)/g = 0"),),
    steps=(SolveFor(theta, expect=sp.Eq(theta, sp.pi / 4)),),
    route=Agreement("root", lambda: mpmath.findroot(lambda t: mpmath.cos(2 * t), 0.7), points=({}, {}, {})),
)]
