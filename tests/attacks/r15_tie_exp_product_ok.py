"""Control (review 15). Must pass. sp.exp(x) * y = 2 ties x to y on an open set (x in (0, 1), y in (1, 3)); f = x z = 2 x on the condition, df/dx = 2.
Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(1, 3))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.tie_exp_product_ok", title="response on a tie", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * y), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 2), "the operating curve")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 2 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2))),
    route=Agreement("value", lambda y: 2, points=({"y": "1.1"}, {"y": "1.5"}, {"y": "1.9"})),
)]
