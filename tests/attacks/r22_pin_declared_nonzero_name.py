"""Class 4 (review 22, premises and domains): a name declared nonzero is read through its definition in the holders' search, and its assumption is forgotten.

k is declared nonzero (names=, in plain sight) and defined k = y − ¼ with y ∈ (0, 1); so y ≠ ¼. C = x·k − k/2
= (x − ½)k, condition C = 0. Since k ≠ 0, C = 0 pins x = ½. `declared_signs` turns only a sign (positive,
negative, nonnegative, nonpositive) into a region relation; `nonzero` gives none, so the search reads k as y − ¼,
finds y = ¼ (k = 0, against its declaration) holding C = 0 while x moves, and lets d/dx through: f = x(3 + C) = 3x,
df/dx = 3. Counterexample: y = 0.75 (k = ½), x = ½: true slope 3 + C + x·k = 3.25. Sound: honour every declared
assumption of a name read through its definition (nonzero: k ≠ 0; integer: whole values), or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 1))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", nonzero=True, real=True)
DERIVATIONS = [Derivation(
    id="attack.r22.pin_declared_nonzero_name", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(k,),
    premises=(Premise("kdef", sp.Eq(k, y - sp.Rational(1, 4)), "offset"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * k), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "0.75"}, {"y": "0.8"}, {"y": "0.9"})),
)]
