"""Class 1 (review 14, calculus where a form holds at a point): a condition on a derivative of a defined name is read as a condition on the name itself.
h = x² + y² (x, y in (0, 2)) and the premise ∂h/∂x = 2: truly 2x = 2, which pins x = 1. The kernel reads it as
h's definition = 2 (x² + y² = 2), which y can hold while x moves. f = x ∂h/∂x becomes f = 2x and df/dx = 2 is proved;
truly f = 2x² at the one point x = 1, slope 4 there. Sound: refuse the derivative (∂h/∂x = 2 pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(0, 2))
x, y = x_.symbol, y_.symbol
h, f = sp.symbols("h f")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_derivative_condition_read_as_value", title="power at the operating slope", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("hdef", sp.Eq(h, x**2 + y**2), "potential"),
              Premise("fdef", sp.Eq(f, x * sp.Derivative(h, x)), "power"),
              Premise("slope", sp.Eq(sp.Derivative(h, x), 2), "the operating slope")),
    steps=(Substitute(using="slope", on="fdef", expect=sp.Eq(f, 2 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2))),
    route=Agreement("value", lambda y: 2, points=({"y": "0.5"}, {"y": "1"}, {"y": "1.5"})),
)]
