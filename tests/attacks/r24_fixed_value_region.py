"""Class 4 (review 24, premises and domains): an inequality of the region is tried across the whole domain of a variable that another premise fixes.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises zfix: 10z = 9 (the form rests on it), the standing regime y > z − ½,
and C = 0. With z = 9/10 the regime says y > 0.4, so y ≠ ¼ and C = 0 pins x = ½. `fixed_values` knows z = 9/10 but
puts it only into the conditions that contain x; the region's relation y > z − ½ is tried at z across (0, 1)
(`_across`), and z = 0.001 admits y = ¼ (the "solvable" entry for zfix is tested on its own, not jointly with it).
d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: z = 0.9, y = 0.8, x = ½ (every premise holds): true
slope 3 + ½(y − ¼) = 3.275. The same with z = 9/10 written as a plain specialization (Substitute z → 9/10), and with a
non-polynomial zfix: e^z = 2 beside y > z − 2/5 (z = log 2 ≈ 0.693 gives y > 0.293, so y ≠ ¼ again): every variant exits 0.
Sound: the relations in a variable the search does not move must be tried at the values the context allows it
(the fixed value; jointly with the other equations that constrain it), not across its domain, or refused.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r24.fixed_value_region", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + 10 * z - 9), "response (with a zero term)"),
              Premise("zfix", sp.Eq(10 * z, 9), "the setting"),
              Premise("ybig", y > z - half, "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="zfix", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.9"}, {"y": "0.9", "z": "0.9"},
                                                      {"y": "0.5", "z": "0.9"})),
)]
