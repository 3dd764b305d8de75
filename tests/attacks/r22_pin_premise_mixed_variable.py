"""Class 4 (review 22, premises and domains): an inequality premise relating a searched variable to one the condition does not contain is not read.

C = (x − ½)(y − ¼), x, y, z ∈ (0, 1), premises C = 0 and the standing regime y > z + ½ (z > 0 by its domain, so
y > ½ and y ≠ ¼): C = 0 pins x = ½. The search's region reads a relation only when all its symbols are variables
of the search; z is not (C does not contain it), so `y > z + ½` is skipped, y = ¼ holds C = 0 while x moves,
and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: x = ½, y = 0.8, z = 0.1 (every premise holds):
true slope 3 + C + x(y − ¼) = 3.275. Sound: a relation in variables the search does not move must be projected
(y > inf over z of z + ½) or the search must move them too, or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1)); z_ = Param("z", Real(0, 1))
x, y, z = x_.symbol, y_.symbol, z_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r22.pin_premise_mixed_variable", title="response at the balance point", source="attack",
    symbols=(x_, y_, z_), parameters=("y", "z"),
    premises=(Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - sp.Rational(1, 4))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("ybig", y > z + sp.Rational(1, 2), "regime"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y, z: 3, points=({"y": "0.8", "z": "0.1"}, {"y": "0.9", "z": "0.2"},
                                                      {"y": "0.95", "z": "0.3"})),
)]
