"""Class 1 (review 13, calculus where a form holds at a point): a condition on a name written with the name not alone on the
left. z = e^x (definition), the condition 2z = 6 (so e^x = 3 pins x = ln 3), f = x z. DivideBoth gives z = 3,
Substitute gives f = 3x and Differentiate df/dx = 3, "proved". premise_constraints reads a condition's variables
from its parameters and, for a name on the left, from the name's first definition; 2z = 6 has neither (z is a name,
not a parameter, and 2z is not a name), so it constrains nothing. (With cond z = 3 it is refused: c1-style.)
Sound: refuse the derivative (the condition pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, DivideBoth, Param, Positive, Premise, Substitute

x_ = Param("x", Positive())
x = x_.symbol
f, z = sp.symbols("f z")
DERIVATIONS = [Derivation(
    id="attack.r13.pin_condition_not_name_lhs", title="response at the operating point", source="attack",
    symbols=(x_,), parameters=(),
    premises=(Premise("zdef", sp.Eq(z, sp.exp(x)), "gain"),
              Premise("fdef", sp.Eq(f, x * z), "response"),
              Premise("cond", sp.Eq(2 * z, 6), "the operating point: twice the gain is 6")),
    steps=(DivideBoth(divisor=2, on="cond", expect=sp.Eq(z, 3), name="op"),
           Substitute(using="op", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda: 3, points=({}, {}, {})),
)]
