"""Class 1 (review 16, calculus where a form holds at a point): an improper integral over a range where no holder keeps the condition.
z = x + y, x > 0, y in (0, 1), condition z = 10 (y = 10 - x keeps it only for x in (9, 10)). f = z e^(-x) is
10 e^(-x) on the condition and ∫₀^∞ f dx = 10 is proved: a range with an infinite end was skipped (its end is
not a real number to SymPy). On the premises x never leaves (9, 10); the function f = (x + y) e^(-x) integrates
to 1 + y over [0, ∞) (y = 1/2: 3/2, not 10). Sound: refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, None)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.integral_improper_off_stretch", title="discounted total", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, z * sp.exp(-x)), "discounted rate"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10 * sp.exp(-x))),
           Integrate(x, 0, sp.oo, expect=sp.Eq(sp.Integral(f, (x, 0, sp.oo)), 10))),
    route=Agreement("value", lambda y: 10, points=({"y": "0.2"}, {"y": "0.5"}, {"y": "0.7"})),
)]
