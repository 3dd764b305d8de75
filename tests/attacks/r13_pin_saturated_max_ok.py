"""Control (review 13). Must pass. z = e^x + y with the condition z = 4: y really can hold it while x moves (x = ln(4 − y)), so f = x z = 4x there and df/dx = 4."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(-1, 2)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r13.pin_saturated_max_ok", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + y), "gain with a saturated offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 4), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 4 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 4))),
    route=Agreement("value", lambda y: 4, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
