"""Control (review 12). Must pass. The same definitions out of order (h = k + 1 before k = x², f = h·x), the names written out before differentiating: df/dx = 3x² + 1."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Ref, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f, h, k = sp.Symbol("f"), sp.Symbol("h"), sp.Symbol("k")
DERIVATIONS = [Derivation(
    id="attack.r12.depends_definition_order_ok", title="slope of a response", source="control",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("hdef", sp.Eq(h, k + 1), "the gain, in terms of the area k"),
              Premise("kdef", sp.Eq(k, x**2), "the area"),
              Premise("fdef", sp.Eq(f, h * x), "the response")),
    steps=(Substitute(mapping={h: Ref("hdef")}, on="fdef", expect=sp.Eq(f, (k + 1) * x)),
           Substitute(mapping={k: Ref("kdef")}, expect=sp.Eq(f, (x**2 + 1) * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3 * x**2 + 1))),
    route=Agreement("the slope", lambda x: 3 * mpmath.mpf(x)**2 + 1, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
