"""Control (review 15). Must pass. a tie through a parametric integral. z = x + ∫₀¹ e^{−y t} dt = x + (1 − e^{−y})/y with x, y in (0, 1), on
z = 3/2: y follows x (the integral runs over (0.63, 1)). f = x z = 3x/2 on the condition, df/dx = 3/2. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
t = sp.Symbol("t")
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.tie_through_integral_ok", title="response through an averaged decay", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + sp.Integral(sp.exp(-y * t), (t, 0, 1))), "offset plus averaged decay"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, sp.Rational(3, 2)), "the operating curve")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, sp.Rational(3, 2) * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), sp.Rational(3, 2)))),
    route=Agreement("value", lambda y: sp.Rational(3, 2), points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
