"""Control (review 15). Must pass. x - y + 1 = 1 ties x to y on an open set (x in (0, 10), y in (5, sp.Rational(501, 100))); f = x z = 1 x on the condition, df/dx = 1.
Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(5, sp.Rational(501, 100)))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.tie_thin_window_ok", title="response on a tie", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x - y + 1), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 1), "the operating curve")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 1 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 1))),
    route=Agreement("value", lambda y: 1, points=({"y": "5.001"}, {"y": "5.005"}, {"y": "5.009"})),
)]
