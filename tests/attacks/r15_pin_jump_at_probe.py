"""Class 1 (review 15, calculus where a form holds at a point): a jump in y placed at a probe point counts y as a holder.
z = e^x + sign(y - 19/88), x in (0, 2), y in (0, 1); condition z = 3. For y < 19/88 it pins x = ln 4, for y > 19/88
x = ln 2: y never keeps the condition true while x moves (sign is piecewise constant). The holder search reaches the
zero set along x at the probe y = 19/88 and sees z - 3 change sign across y there (no root is checked in
crosses_in). f = x z = 3x and df/dx = 3 are proved; truly f = x(e^x ± 1) at one point (slope 3 + 4 ln 4 or 3 + 2 ln 2).
Sound: refuse the derivative, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_jump_at_probe", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + sp.sign(y - sp.Rational(19, 88))), "gain with a switched offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
