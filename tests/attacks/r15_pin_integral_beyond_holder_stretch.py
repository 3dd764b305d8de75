"""Class 1 (review 15, calculus where a form holds at a point): a definite integral over a range where the holder cannot follow.
z = x + y, x in (0, 20), y in (0, 1), condition z = 10: y = 10 - x keeps it only for x in (9, 10). y counts as a holder,
so f = z = 10 (on the condition) is integrated over x from 1 to 5: ∫ f dx = 40 is proved. For x in (1, 5) no y
satisfies the condition; the function f = x + y integrates to 12 + 4y there. Sound: refuse the integral (the
condition holds on no part of [1, 5]), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_integral_beyond_holder_stretch", title="accumulated total", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 1, 5, expect=sp.Eq(sp.Integral(f, (x, 1, 5)), 40))),
    route=Agreement("value", lambda y: 40, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
