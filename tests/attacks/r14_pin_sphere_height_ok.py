"""Control (review 14). Must pass. a condition tying four parameters. A particle on a sphere of radius R: r = sqrt(x² + y² + z²), r = R;
potential U = k r² + g z. On the sphere U = k R² + g z, so ∂U/∂z = g (x, y move to keep r = R).
Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_, y_, z_ = (Param(n, Real(0, 1)) for n in "xyz")
R_ = Param("R", Real(1, 2)); k_ = Param("k", Positive()); g_ = Param("g", Real(1, 1.5))
x, y, z, R, k, g = (P.symbol for P in (x_, y_, z_, R_, k_, g_))
U, r = sp.symbols("U r")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_sphere_height_ok", title="particle on a sphere", source="control",
    symbols=(x_, y_, z_, R_, k_, g_), parameters=("g",),
    premises=(Premise("rdef", sp.Eq(r, sp.sqrt(x**2 + y**2 + z**2)), "distance from the centre"),
              Premise("Udef", sp.Eq(U, k * r**2 + g * z), "potential"),
              Premise("sphere", sp.Eq(r, R), "on the sphere")),
    steps=(Substitute(using="sphere", on="Udef", name="onsphere", expect=sp.Eq(U, k * R**2 + g * z)),
           Differentiate(z, expect=sp.Eq(sp.Derivative(U, z), g))),
    route=Agreement("g", lambda g: float(g),
                    points=({"g": "1.25"}, {"g": "1.125"}, {"g": "1.375"})),
)]
