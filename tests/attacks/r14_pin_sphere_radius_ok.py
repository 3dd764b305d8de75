"""Control (review 14). Must pass. a condition tying four parameters. A particle on a sphere of radius R: r = sqrt(x² + y² + z²), r = R;
potential U = k r² + g z. On the sphere U = k R² + g z, so at fixed height z, ∂U/∂R = 2kR (x, y move to keep r = R).
Must be proved, exit 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_, y_, z_ = (Param(n, Real(0, 1)) for n in "xyz")
R_ = Param("R", Real(1, 2)); k_ = Param("k", Positive()); g_ = Param("g", Positive())
x, y, z, R, k, g = (P.symbol for P in (x_, y_, z_, R_, k_, g_))
U, r = sp.symbols("U r")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_sphere_radius_ok", title="particle on a sphere", source="control",
    symbols=(x_, y_, z_, R_, k_, g_), parameters=("R", "k"),
    premises=(Premise("rdef", sp.Eq(r, sp.sqrt(x**2 + y**2 + z**2)), "distance from the centre"),
              Premise("Udef", sp.Eq(U, k * r**2 + g * z), "potential"),
              Premise("sphere", sp.Eq(r, R), "on the sphere")),
    steps=(Substitute(using="sphere", on="Udef", expect=sp.Eq(U, k * R**2 + g * z)),
           Differentiate(R, expect=sp.Eq(sp.Derivative(U, R), 2 * k * R))),
    route=Agreement("2kR", lambda R, k: 2 * mpmath.mpf(k) * mpmath.mpf(R),
                    points=({"R": "1.5", "k": 1}, {"R": "1.25", "k": 2}, {"R": "1.75", "k": 3})),
)]
