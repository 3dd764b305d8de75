"""Class 1 (review 16, calculus where a form holds at a point): a series about a point where no holder can keep the condition.
z = x + y with x in (0, 20), y in (0, 1), condition z = 10: y = 10 - x keeps it only for x in (9, 10). f = sin x + (z - 10)/x
is sin x on the condition, and it is expanded about x = 0 from above: f ≃ x - x³/6 is accepted. Near x = 0 no y in
(0, 1) satisfies the premises, and the function f = sin x + (x + y - 10)/x behaves like (y - 10)/x there (y = 1/2:
f(10⁻³) ≈ -9499), not like x. Sound: a series needs a holder near its centre (refuse), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Real(0, 20)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.series_finite_point_off_stretch", title="response at small size", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, sp.sin(x) + (z - 10) / x), "response"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, sp.sin(x))),
           SeriesExpand(x, 0, order=4, direction="+", expect=sp.Eq(f, x - x**3 / 6))),
    route=Agreement("value", lambda x: x - x**3 / 6, points=({"x": "0.001"}, {"x": "0.002"}, {"x": "0.003"})),
)]
