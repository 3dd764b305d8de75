"""Class 4 (review 27, premises and domains): a standing inequality premise stops being read by the holders' search once a side step rests on it (review 21's hole, back).

Review 21's attack plus one aside: AddBoth(−½, on="ybig", name="margin") writes the regime y > ½ as y − ½ > 0.
C = (x − ½)(y − ¼), x, y ∈ (0, 1), f = x(3 + C), premises ybig: y > ½ and C = 0; Substitute, then d/dx f = 3 is
proved. `context_inequalities` reads the inequality premises the step's input rests on and the *standing* ones
(no form of the derivation rests on them, `standing_inequalities`); the aside makes ybig rested on by a form, so
it is no longer standing, and the derivative's input does not rest on it: the search again finds y = ¼ holding
C = 0 while x moves. Using an assumption must not weaken it: on the premises' set y > ½ ≠ ¼, C = 0 pins x = ½.
Counterexample (review 21's): x = ½, y = 0.6 satisfy every premise, and the true slope of f = x(3 + C) in x is
3 + C + x(y − ¼) = 3.175, not 3. Sound: a premise another form rests on is still read beside the step unless it
is shown to be another case (jointly unsatisfiable with the step's premises), not merely because it is used.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, AddBoth, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r27.rested_inequality", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("ybig", y > sp.Rational(1, 2), "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(AddBoth(term=-sp.Rational(1, 2), on="ybig", name="margin", expect=y - sp.Rational(1, 2) > 0),
           Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.6"}, {"y": "0.7"}, {"y": "0.9"})),
)]
