"""Class 1 (review 13, calculus where a form holds at a point): a condition that y only seems to take part in, undecided.
z = e^x Γ(y+1)/(y Γ(y)) is e^x for every y > 0; the condition z = 3 pins x = ln 3. _absent_from drops y only
when simplify(d/dy) returns 0; here it returns polygamma(0, y+1) − polygamma(0, y) − 1/y (which is 0), and an
undecided (or timed-out) answer counts y as able to hold the condition while x moves: f = x z = 3x, df/dx = 3
"proved" (review 12's sin²y + cos²y attack with a cancellation simplify does not see).
Sound: refuse the derivative (or inconclusive), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r13.pin_undecided_gamma", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * sp.gamma(y + 1) / (y * sp.gamma(y))), "gain, with a unit factor"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
