"""Class 4 (review 24, premises and domains): a region relation in a variable the form holds fixed is read as "for some value" of it, not "for every".

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises C = 0 and the standing regime y > z − ½; the form f = 3x + z keeps z.
For z ≥ ¾ the regime says y > ¼, so C = 0 pins x = ½: at those z the form holds at x = ½ only. Review 16 made a
holder follow "at every value of what the form holds fixed" — but only for the fixed variables inside the condition;
z is only in the region, and `admits` reads a relation in a variable the search does not move as satisfied by SOME
value across its domain (z = 0.001 admits y = ¼). d/dx goes through: df/dx = 3. Counterexample: z = 0.9, y = 0.8,
x = ½ (every premise holds): f = x(3 + (x − ½)(y − ¼)) + z, true slope 3 + ½(y − ¼) = 3.275. Sound: a variable the form
holds fixed must be read at each of its values (a fixed variable of the region, as of the condition), or refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r24.region_fixed_existential", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z), "response"),
              Premise("ybig", y > z - half, "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.9"}, {"y": "0.9", "z": "0.9"},
                                                      {"y": "0.5", "z": "0.9"})),
)]
