"""Class 1 (review 14, calculus where a form holds at a point): a variable y moves the condition only on a branch where the condition cannot hold.
z = e^x + g(y) with g(y) = 1 for y < 1 and y + 5 for y >= 1 (y in (0, 3), x in (0, 2)); condition z = 4.
For y >= 1, e^x = -1 - y has no solution; for y < 1, g is constant and e^x = 3 pins x = ln 3. The slope of the
condition in y is measured non-zero at the probes (all at y > 1), so y is counted as a variable that holds the
condition while x moves, and f = x z = 4x, df/dx = 4 is proved. Truly the premises hold only at x = ln 3, where
f = x(e^x + 1) has slope 4 + ln 3·3 ≈ 7.3. Sound: refuse the derivative (the condition pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
g = sp.Piecewise((1, y < 1), (y + 5, True))
DERIVATIONS = [Derivation(
    id="attack.r14.pin_piecewise_holder_unsat_branch", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + g), "gain with a switched offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 4), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 4 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 4))),
    route=Agreement("value", lambda y: 4, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
