"""Class 1 (review 14, calculus where a form holds at a point): a variable that only seems to take part in a condition, hidden inside a sum (one term).
z = e^x + Σ_{t=1}^{1} (sin²(y t) + cos²(y t)) = e^x + 1 for every y, and the condition z = 4 pins x = ln 3.
Review 12's _absent_from reads no condition holding an Integral (or Sum, Derivative, function name), so y is
kept as a variable that can hold the condition while x moves; f = x z = 4x and df/dx = 4 are proved.
Truly f = x(e^x + 1) at the one point x = ln 3 (slope 4 + 3 ln 3 ≈ 7.3 there). Sound: refuse the derivative, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(1, 2))
x, y = x_.symbol, y_.symbol
t = sp.Symbol("t")
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_vacuous_inside_sum", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + sp.Sum(sp.sin(y * t)**2 + sp.cos(y * t)**2, (t, 1, 1))),
                      "gain with an averaged offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 4), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 4 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 4))),
    route=Agreement("value", lambda y: 4, points=({"y": "1.1"}, {"y": "1.5"}, {"y": "1.9"})),
)]
