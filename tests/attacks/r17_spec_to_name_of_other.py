"""Class 1 (review 17, calculus where a form holds at a point): a specialization to a value written through a name (x → 10/(2 + w²), w = y) does not tie the condition to y.

z = x + y with x, y in (0, 10); condition z = 10; f = 3x + 5(z − 10) is 3x on the condition. The step specializes
x → 10/(2 + w²), where the premise wdef defines w = y, then substitutes wdef and differentiates in y:
d/dy f|_{x=10/(2+y²)} = −60y/(2 + y²)² is proved. `specialized()` collects the variables the value brings into the
condition from the value's free symbols that are parameters, so w (a name) brings nothing: the condition reads
10/(2 + w²) + y = 10, whose y is not in the form f|_{x=…} = 30/(2 + w²) and becomes a free witness y′. Once wdef
puts y into the form, the condition is still kept on y′, and y moves freely. In fact the premises hold at
x = 10/(2 + y²) only where 10/(2 + y²) + y = 10, i.e. y ≈ 9.90000 (isolated); there y ↦ f(10/(2 + y²), y) =
3X + 5(X + y − 10) has slope 8X′ + 5 ≈ 4.84, not −60y/(2 + y²)² ≈ −0.059. The same file with the value written
directly in y (x → 10/(2 + y²)) is refused. Sound: the value's names must be read through their definitions
(w brings y), and a witness must not be split off a variable the form reaches through a name; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, z, w = sp.Symbol("f"), sp.Symbol("z"), sp.Symbol("w")
X_w, X_y = 10 / (2 + w**2), 10 / (2 + y**2)
DERIVATIONS = [Derivation(
    id="attack.r17.spec_to_name_of_other", title="response along a curve", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("wdef", sp.Eq(w, y), "a copy of y"),
              Premise("fdef", sp.Eq(f, 3 * x + 5 * (z - 10)), "response"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Substitute({x: X_w}, expect=sp.Eq(sp.Subs(f, x, X_w), 3 * X_w)),
           Substitute(using="wdef", expect=sp.Eq(sp.Subs(f, x, X_y), 3 * X_y)),
           Differentiate(y, expect=sp.Eq(sp.Derivative(sp.Subs(f, x, X_y), y), -60 * y / (2 + y**2)**2))),
    route=Agreement("value", lambda y: -60 * y / (2 + y**2)**2, points=({"y": "5"}, {"y": "2"}, {"y": "7"})),
)]
