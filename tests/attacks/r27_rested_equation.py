"""Class 4 (review 27, premises and domains): an equation premise some other form rests on is neither standing nor in the step's context, so it leaves the holders' region (review 26's hole, back).

Review 26's kept-equation attack with one side step: SolveFor(z, on="tune", name="zset") writes the tuning
48y² = 5z as z = 48y²/5 (a natural aside). C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), f = x(3 + C) + z (the form
3x + z keeps z), premises tune and C = 0; Substitute C = 0 into f, then d/dx f = 3 is proved.
`verify/premise_inequalities.context_inequalities` reads an equation premise into the holders' region only when it
is *standing* (`_standing_equations`: no form of the whole derivation rests on it); once the side step rests on
tune it is not standing, and the derivative's own form does not rest on it either, so it is read nowhere and y
"holds" C = 0 at ¼ while x moves. Counterexample (r26's): z = 0.9, y = √(4.5/48) ≈ 0.306, x = ½ satisfy every
premise; the true slope of f = x(3 + (x − ½)(y − ¼)) + z in x is 3 + ½(y − ¼) ≈ 3.028, not 3. Sound: every
equation premise the step's form does not rest on holds beside it whether or not another form uses it; read it
into the region (as the inequalities are: rested on or standing is not the right test for equations).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, SolveFor, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r27.rested_equation", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(48 * y**2, 5 * z), "tuning set by z"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(SolveFor(z, on="tune", name="zset", expect=sp.Eq(z, 48 * y**2 / 5)),
           Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.6"}, {"y": "0.9", "z": "0.1"},
                                                      {"y": "0.5", "z": "0.9"})),
)]
