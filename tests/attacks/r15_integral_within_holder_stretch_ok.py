"""Control (review 15). Must pass. the integral of r_pin_integral_beyond_holder_stretch over x in [46/5, 49/5], inside (9, 10) where y = 10 - x keeps
the condition: ∫ f dx = 10 · 3/5 = 6. Must be proved, exit 0."""
import sympy as sp
from derivations import Agreement, Derivation, Integrate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r15.integral_within_holder_stretch_ok", title="accumulated total", source="control",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("fdef", sp.Eq(f, z), "rate"),
              Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10)),
           Integrate(x, sp.Rational(46, 5), sp.Rational(49, 5), expect=sp.Eq(sp.Integral(f, (x, sp.Rational(46, 5), sp.Rational(49, 5))), 6))),
    route=Agreement("value", lambda y: 6, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
