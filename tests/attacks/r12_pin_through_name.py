"""Class 1 (review 12, calculus where a form holds at a point): a condition pins x through a name that is a constant.
z = e^x·w with w = 1 (listed after the condition), and the condition z = 3: e^x = 3 pins x = ln 3. The second
definition of z counted w as a variable that could hold the condition while x moved, so f = x z = 3x and
df/dx = 3 were "proved"; truly f = x e^x at the one point where the form holds. Sound: refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, w = sp.symbols("f z w")
DERIVATIONS = [Derivation(
    id="attack.r12.pin_through_name", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * w), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point"),
              Premise("wdef", sp.Eq(w, 1), "unit phase factor")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
