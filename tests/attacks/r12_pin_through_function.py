"""Class 1 (review 12, calculus where a form holds at a point): a condition pins x through a function name whose definition (listed later) does not depend on its argument.
z = e^x·g(y), g(y) = sin²y + cos²y, and z = 3: e^x = 3 pins x. Counting g(y) as free to hold the condition let df/dx of f = x z = 3x be proved. Sound: refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.symbols("f z")
g = sp.Function("g")
DERIVATIONS = [Derivation(
    id="attack.r12.pin_through_function", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * g(y)), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point"),
              Premise("gdef", sp.Eq(g(y), sp.sin(y)**2 + sp.cos(y)**2), "unit")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
