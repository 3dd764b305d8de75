"""Class 4 (review 26, premises and domains): the box search between a kept variable's tried values is skipped when a premise in the kept variables alone also names another kept variable, reopening r25_region_fixed_between_tries.

Review 25's hole (y > 3/10 − 10(z − 3/5)² excludes y = ¼ on the band z ∈ (0.529, 0.671), between the seven tried values
of the kept z) is closed by `_held_boxes`; adding the harmless premise order: z < w, with a second kept parameter
w ∈ (0, 1) (f = x(3 + C) + z + w), makes `_search_region._boxed` drop the relation (its gate "z < w" names w, not in
the relation: `any(not set(r[2]) <= set(others) for r in gate)`), so the band is again tried at 7×7 values only and
y = ¼ is admitted: d/dx f = 3 is proved. Without order the same file is refused. Counterexample: z = 0.6, w = 0.7,
y = 0.8, x = ½ (every premise holds; y = ¼ is excluded at z = 0.6): the true slope of f is 3 + ½·0.55 = 3.275, not
3. Sound: box the relation over all the kept variables its gate names (the gate's boxes), or refuse to admit
(never fall back to tried values silently).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1)); w_ = Param("w", Real(0, 1))
x, y, z, w = x_.symbol, y_.symbol, z_.symbol, w_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
half = sp.Rational(1, 2)
DERIVATIONS = [Derivation(
    id="attack.r26.gate_two_kept", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_, w_), parameters=("y", "z", "w"),
    premises=(Premise("Cdef", sp.Eq(C, (x - half) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + z + w), "response"),
              Premise("order", z < w, "the two thresholds are ordered"),
              Premise("ybig", y > sp.Rational(3, 10) - 10 * (z - sp.Rational(3, 5))**2, "regime: above a threshold that peaks at z = 3/5"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + z + w)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z, w: 3, points=({"y": "0.8", "z": "0.6", "w": "0.7"}, {"y": "0.9", "z": "0.1", "w": "0.5"},
                                                      {"y": "0.5", "z": "0.2", "w": "0.9"})),
)]
