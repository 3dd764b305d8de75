"""Class 1 (review 17, calculus where a form holds at a point): after x → 3 the condition's y becomes a free witness although the form's name f depends on y.

C = x + y − 10 with x, y in (0, 10); condition C = 0; f = 3x + C·y is 3x on the condition. The step specializes
x → 3 (f|_{x=3} = 9) and differentiates in y: d/dy f|_{x=3} = 0 is proved. `specialized()` reads the condition at
x = 3 (3 + y = 10, which pins y = 7), but decides which variables the specialized form "contains" from its literal
free symbols {f}: y is renamed into a witness y′, so the condition pins y′ and nothing constrains y any more. But f
is defined in terms of y (fdef), so the form f|_{x=3} = 9 holds only at y = 7. There y ↦ f(3, y) = 9 + (y − 7)y
has slope 2y − 7 = 7, not 0. The same happens with AddBoth(y) after the specialization (d/dy(f|_{x=3} + y) = 1 is
proved; the true slope is 8). Sound: a variable the form reaches through a name's definition (as the review-16 fix of
bound_entries counts it) is in the form and must not be split off into a witness; refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r17.witness_through_name", title="response at a setting", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, x + y - 10), "imbalance"),
              Premise("fdef", sp.Eq(f, 3 * x + C * y), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Substitute({x: 3}, expect=sp.Eq(sp.Subs(f, x, 3), 9)),
           Differentiate(y, expect=sp.Eq(sp.Derivative(sp.Subs(f, x, 3), y), 0))),
    route=Agreement("value", lambda y: 0, points=({"y": "5"}, {"y": "2"}, {"y": "7"})),
)]
