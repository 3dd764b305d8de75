"""Class 1 (review 16, calculus where a form holds at a point): a series at ∞ through a holder that follows x only on a bounded stretch.
The series counterpart of review 15's r15_pin_limit_holder_leaves_domain: z = x + y, x > 0, y in (0, 1), condition
z = 10 (y = 10 - x keeps it only for x in (9, 10)). f = z/(x + 1) is 10/(x + 1) on the condition and is expanded at
x -> ∞: f ≃ 10/x - 10/x². off_its_range guards Limit and Integrate only, not SeriesExpand at ±∞. On the premises x
never exceeds 10; the function f = (x + y)/(x + 1) tends to 1 at ∞, not 0 (x = 10⁴, y = 1/2: f ≈ 0.99995, the series
≈ 0.001). Sound: refuse the series at ∞ (no neighbourhood of ∞ where the condition can hold), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Positive, Premise, Real, SeriesExpand, Substitute

x_ = Param("x", Positive()); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.series_infinity_off_stretch", title="ratio at large size", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, z / (x + 1)), "ratio"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 10 / (x + 1))),
           SeriesExpand(x, sp.oo, order=3, expect=sp.Eq(f, 10 / x - 10 / x**2))),
    route=Agreement("value", lambda x: 10 / x - 10 / x**2, points=({"x": "100"}, {"x": "1000"}, {"x": "10000"})),
)]
