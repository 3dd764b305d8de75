"""Class 1 (review 12, calculus where a form holds at a point): a condition that pins x, disguised by a variable that cancels out of it.
z = e^x (sin²y + cos²y) is e^x for every y; the condition z = 3 pins x = ln 3 whatever y is. The kernel takes the
condition as satisfiable "by moving y" (y appears in it and not in the right-hand side), so f = x z = 3x is taken
to hold on an open set of x, and its derivative df/dx = 3 is "proved". Truly f = x e^x and df/dx = e^x (1 + x),
3(1 + ln 3) ≈ 6.30 at the only point where the form holds. (The same file with e^x in place of
e^x (sin²y + cos²y) is refused: "premise 'cond' pins x".) Not the known yz = 1, y + z = 2 limit: here one
equation pins one variable; the other variable only seems to take part.
Sound: refuse the derivative (the condition pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise, Real, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r12.pin_vacuous_other_variable", title="response at the operating point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x) * (sp.sin(y)**2 + sp.cos(y)**2)), "gain, with a unit phase factor"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(z, 3), "the operating point")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
