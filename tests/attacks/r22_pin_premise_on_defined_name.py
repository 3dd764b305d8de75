"""Class 4 (review 22, premises and domains): an inequality premise written on a defined name is not read by the holders' search.

k is defined k = y − 2 (y ∈ (0, 3)) and a premise states k > 0 (an ordinary regime premise, not a declared sign).
C = (x − ½)(k + 1), condition C = 0. On the premises' set k + 1 > 1, so C = 0 pins x = ½. The search region is
the raw premise `k > 0`, whose symbol k is not a variable of the search (the condition is searched in x, y after
k is read through its definition): the relation is skipped, y = 1 (k = −1) holds C = 0 while x moves, and
d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: y = 2.5, x = ½ (every premise holds): the true
slope 3 + C + x(k + 1) = 3.75. Sound: read region relations through the names' definitions (or refuse).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, C, k = sp.Symbol("f"), sp.Symbol("C"), sp.Symbol("k")
DERIVATIONS = [Derivation(
    id="attack.r22.pin_premise_on_defined_name", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("kdef", sp.Eq(k, y - 2), "excess"),
              Premise("kpos", k > 0, "regime"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (k + 1)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "2.5"}, {"y": "2.7"}, {"y": "2.9"})),
)]
