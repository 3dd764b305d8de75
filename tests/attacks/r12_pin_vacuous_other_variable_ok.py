"""Control (review 12). Must pass. The operating point z = e^x·(1 + y) = 3 is held by moving y as x varies (z depends on y), so f = x z = 3x along it and df/dx = 3 there."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r12.pin_vacuous_other_variable_ok", title="response at the operating point", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * (1 + y)), "gain, with a tunable factor"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
