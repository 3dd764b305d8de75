"""Class 1 (review 13, calculus where a form holds at a point): a condition depends on y only through max(y, 2), which is the
constant 2 on y's whole domain (0, 1). z = e^x + max(y, 2) with the condition z = 4 pins x = ln 2 for every y, but y
is counted as a variable that can hold the condition (d/dy max(y, 2) = Heaviside(y - 2) is not simplified to 0;
review 12's _absent_from), so f = x z = 4x and df/dx = 4 are "proved". Truly f = x (e^x + 2) at the one point
x = ln 2 (its slope there 4 + 2 ln 2); the form f = 4x holds on no open set of x.
Sound: refuse the derivative (the condition pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(-1, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r13.pin_saturated_max", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + sp.Max(y, 2)), "gain with a saturated offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 4), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 4 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 4))),
    route=Agreement("value", lambda y: 4, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
