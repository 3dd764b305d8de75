"""Control (review 12). Must pass. The operating point z = e^x·w = 3 with w = 1 + y: y moves w, so x may vary along the condition and df/dx = 3 there."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z, w = sp.symbols("f z w")
DERIVATIONS = [Derivation(
    id="attack.r12.pin_through_name_ok", title="response at the operating point", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * w), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point"),
              Premise("wdef", sp.Eq(w, 1 + y), "a tunable factor")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
