"""Control (review 13). Must pass. a physicist's derivation under a condition on two variables. A bead on the unit circle,
r = sqrt(x² + y²), r = 1 (ties x and y; y moves with x), energy E = 3r² + x. On the constraint E = 3 + x and
dE/dx = 1. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
E, r = sp.symbols("E r")
DERIVATIONS = [Derivation(
    id="attack.r13.two_variable_condition_ok", title="bead on a circle", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("rdef", sp.Eq(r, sp.sqrt(x**2 + y**2)), "radius"),
              Premise("Edef", sp.Eq(E, 3 * r**2 + x), "energy"),
              Premise("circle", sp.Eq(r, 1), "the bead stays on the unit circle")),
    steps=(Substitute(using="circle", on="Edef", expect=sp.Eq(E, 3 + x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(E, x), 1))),
    route=Agreement("value", lambda y: 1, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
