"""Class 1 (review 16, calculus where a form holds at a point): a limit at a finite point where no holder can keep the condition.
z = x + y with x in (0, 20), y in (0, 1), condition z = 10: y = 10 - x keeps it only for x in (9, 10). f = x + (z - 10)/x
is x on the condition, and the limit x -> 0+ is taken: lim f = 0 is proved. Review 15 holds a limit at ±∞ and an
integral over a range to points along the range (off_its_range), but a limit at a finite point is not looked at:
near x = 0 no y in (0, 1) satisfies the premises, and f = x + (x + y - 10)/x tends to -∞ there for every y in the
domain (y = 1/2: f(10⁻³) ≈ -9499). Sound: a limit at a finite point needs a holder near that point (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Limit, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.limit_finite_point_off_stretch", title="response at small size", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, x + (z - 10) / x), "response"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, x)),
           Limit(x, 0, direction="+", expect=sp.Eq(sp.Limit(f, x, 0, dir="+"), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": "0.1"}, {"y": "0.5"}, {"y": "0.9"})),
)]
