"""Control (review 15). Must pass. sp.sin(x) + sp.cos(y) = 1 ties x to y on an open set (x in (0, 1), y in (0, 2)); f = x z = 1 x on the condition, df/dx = 1.
Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 2))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.tie_trig_ok", title="response on a tie", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.sin(x) + sp.cos(y)), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 1), "the operating curve")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 1 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 1))),
    route=Agreement("value", lambda y: 1, points=({"y": "0.5"}, {"y": "1"}, {"y": "1.5"})),
)]
