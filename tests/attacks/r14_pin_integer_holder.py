"""Class 1 (review 14, calculus where a form holds at a point): an integer parameter n counted as a variable that can hold a condition while x moves.
z = e^x + n, condition z = 3, n an integer in [1, 10], x in (0, 1). For every integer n the condition pins
x = ln(3 - n) (only n = 1 gives a point in the domain: x = ln 2). n cannot move continuously, so the form
f = 3x holds at one point of x and df/dx = 3 is meaningless (truly f = x(e^x + 1), slope 2 + 2 ln 2 ≈ 3.39 there).
Sound: refuse the derivative (the condition pins x; an integer cannot hold it), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Integer, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); n_ = Param("n", Integer(1, 10))
x, n = x_.symbol, n_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r14.pin_integer_holder", title="response at the operating point", source="attack",
    symbols=(x_, n_), parameters=("n",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) + n), "gain with an integer offset"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda n: 3, points=({"n": 1}, {"n": 2}, {"n": 3})),
)]
