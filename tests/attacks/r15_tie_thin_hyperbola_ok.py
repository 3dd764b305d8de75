"""Control (review 15). Must pass. a tie whose zero set hugs the domain's edge. Concentrations x, y in (0, 1) with the solubility product
x y = K = 10⁻⁶: y = K/x follows x on an open set (x in (10⁻⁶, 1)). f = x z with z = x y is f = K x on the condition,
and df/dx = K. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
K = sp.Rational(1, 10**6)
DERIVATIONS = [Derivation(
    id="attack.r15.tie_thin_hyperbola_ok", title="solubility product", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x * y), "ion product"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, K), "saturated")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, K * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), K))),
    route=Agreement("value", lambda y: sp.Rational(1, 10**6), points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
