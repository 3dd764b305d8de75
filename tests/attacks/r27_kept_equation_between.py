"""Class 4 (review 27, premises and domains): an equation of the context in a variable the form keeps is read only at that variable's seven tried values, never between them.

C = (x − ½)(y − ¼), x, y, z, w ∈ (0, 1), f = x(3 + C) + z (the form 3x + z keeps z), premises tune:
16y² = ½ + w + 10·exp(−10⁶(z − 3/5)²) (a narrow resonance in z) and C = 0. Review 26 made `admits` hold a kept
variable's equation at *each* of its tried values (`_solvable_at_each`), but those are only z ∈ {10⁻³, 10⁻², ¼,
½, ¾, 0.99, 0.999}: at each, the resonance is below 10⁻⁴⁰⁰⁰ and w = ½ solves tune at y = ¼, so y is admitted as
holding C = 0 while x moves and d/dx f = 3 is proved. Inequalities in kept variables are searched between the
tried values in boxes (review 25), equations are not. Counterexample: z = 3/5 (which the form keeps), w = ½:
tune gives 16y² = 11, y ≈ 0.829, so y ≠ ¼ for every w ∈ (0, 1) (16y² ≥ 10.5) and C = 0 pins x = ½; every premise
holds at x = ½, y = √11/4, z = 3/5, w = ½, and the true slope of f = x(3 + (x − ½)(y − ¼)) + z in x there is
3 + ½(0.829 − 0.25) ≈ 3.29, not 3. Sound: an equation in a kept bounded variable must be searched between its
tried values as the inequalities are (boxes over the kept variable, solvability in the free ones by interval
enclosure), or the point refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1)); w_ = Param("w", Real(0, 1))
x, y, z, w = x_.symbol, y_.symbol, z_.symbol, w_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
DERIVATIONS = [Derivation(
    id="attack.r27.kept_equation_between", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_, w_), parameters=("y", "z", "w"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - quarter)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("tune", sp.Eq(16 * y**2, half + w + 10 * sp.exp(-10**6 * (z - sp.Rational(3, 5))**2)),
                      "tuning, with a resonance at z = 3/5"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z, w: 3, points=({"y": "0.8", "z": "0.6", "w": "0.3"},
                                                         {"y": "0.9", "z": "0.1", "w": "0.5"},
                                                         {"y": "0.5", "z": "0.9", "w": "0.7"})),
)]
