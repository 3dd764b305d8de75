"""Class 1 (review 16, calculus where a form holds at a point): an integral with a parameter as its upper end, over a range where no holder keeps the condition.
The symbolic-bound counterpart of review 15's r15_pin_integral_beyond_holder_stretch: z = x + y, x in (0, 20),
y in (0, 1), condition z = 10 (y = 10 - x keeps it only for x in (9, 10)). f = z = 10 on the condition is integrated
over x from 0 to a, a in (1, 5): ∫₀^a f dx = 10a is proved. off_its_range looks at a range only when both ends are
numbers, so a parameter end escapes it. For x in (0, 5) no y satisfies the condition; the function f = x + y
integrates to a²/2 + a y (a = 2, y = 1/2: 3, not 20). Sound: refuse (the condition holds on no part of [0, a]), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 1)); a_ = Param("a", Real(1, 5))
x, y, a = x_.symbol, y_.symbol, a_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.integral_symbolic_bound_off_stretch", title="accumulated total", source="attack",
    symbols=(x_, y_, a_), parameters=("a",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, 0, a, expect=sp.Eq(sp.Integral(f, (x, 0, a)), 10 * a))),
    route=Agreement("value", lambda a: 10 * a, points=({"a": "2"}, {"a": "3"}, {"a": "4"})),
)]
