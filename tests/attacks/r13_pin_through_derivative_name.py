"""Class 1 (review 13, calculus where a form holds at a point): a condition pins x through a name defined as a derivative
that is the constant 1. z = e^x w, w = dh/dy, h = y (so w = 1), and the condition z = 3: e^x = 3 pins x = ln 3.
The derivative (and the AppliedUndef-free but Derivative-holding condition) is not read by _absent_from, and w's
definition still mentions y, so y counts as a variable that can hold the condition while x moves: f = x z = 3x and
df/dx = 3 are "proved". Truly f = x e^x at the one point where the form holds (r12_pin_through_name with w = 1
written as a derivative). Sound: refuse (the condition pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, w, h = sp.symbols("f z w h")
DERIVATIONS = [Derivation(
    id="attack.r13.pin_through_derivative_name", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * w), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point"),
              Premise("wdef", sp.Eq(w, sp.Derivative(h, y)), "sensitivity"),
              Premise("hdef", sp.Eq(h, y), "the phase")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
