"""Control (review 15). Must pass. sp.log(x) + y + 3 = 3 ties x to y on an open set (x in (1, 2), y in (-1, 0)); f = x z = 3 x on the condition, df/dx = 3.
Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(1, 2)); y_ = Param("y", Real(-1, 0))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.tie_log_ok", title="response on a tie", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.log(x) + y + 3), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating curve")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "-0.5"}, {"y": "-0.25"}, {"y": "-0.75"})),
)]
