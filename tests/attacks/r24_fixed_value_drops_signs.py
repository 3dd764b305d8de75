"""Class 4 (review 24, premises and domains): a condition re-judged at a value another premise fixes forgets the declared signs of its names.

r21's attack, with a second variable fixed: k is declared positive and defined k = y − 2 (y ∈ (0, 3), so y > 2);
C = (x − ½)(k + z), z ∈ (0, 1), premises zfix: 10z = 9 (the form rests on it) and C = 0. Since k + z > 0, C = 0 pins
x = ½; with z free the file is refused ("y cannot keep it true"), as review 21 made it. With z fixed,
`_fixed_values.at_fixed_values` puts z = 9/10 into the condition and builds its holders afresh with
`lazy_holders(condition, involved, parameters, domains)` — without the region (`name_signs`: k > 0, i.e. y − 2 > 0)
that `premise_constraints` gave the original; the step's own region does not carry it either (kdef is not rested
on). So y = 1.1 (k = −0.9) holds (x − ½)(y − 2 + 9/10) = 0 while x moves, and d/dx goes through: f = x(3 + C) = 3x,
df/dx = 3. Counterexample: y = 2.5 (k = ½), z = 0.9, x = ½ (every premise holds): true slope 3 + ½(k + z) = 3.7. Sound:
the re-judged constraint must keep the original's region (`specialized` rebuilds its constraints the same way), or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", positive=True)
DERIVATIONS = [Derivation(
    id="attack.r24.fixed_value_drops_signs", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"), names=(k,),
    premises=(Premise("kdef", sp.Eq(k, y - 2), "excess"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (k + z)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + 10 * z - 9), "response (with a zero term)"),
              Premise("zfix", sp.Eq(10 * z, 9), "the setting"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="zfix", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "2.5", "z": "0.9"}, {"y": "2.7", "z": "0.9"},
                                                      {"y": "2.9", "z": "0.9"})),
)]
