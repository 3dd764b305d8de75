"""Class 4 (review 21, premises and domains): a name declared positive is read through its definition in the holders' search, and its sign is forgotten.

k is declared positive (names=, a premise in plain sight) and defined k = y − 2 with y ∈ (0, 3); so y ∈ (2, 3).
C = (x − ½)(k + 1), condition C = 0. Since k + 1 > 1, C = 0 pins x = ½. The holders' search reads k through its
definition, searches y over its whole domain (0, 3), finds y = 1 (k = −1, against its declared sign) holding
C = 0 while x moves, and lets d/dx through: f = x(3 + C) = 3x, df/dx = 3 proved. Counterexample: y = 2.5
(k = ½), x = ½ (all premises hold): the true slope 3 + C + x(k + 1) = 3.75. Sound: the search must respect a
name's declared sign (and inequality premises) when it reads the name through its definition, or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", positive=True)
DERIVATIONS = [Derivation(
    id="attack.r21.pin_declared_sign_read_through", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(k,),
    premises=(Premise("kdef", sp.Eq(k, y - 2), "excess"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (k + 1)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "2.5"}, {"y": "2.7"}, {"y": "2.9"})),
)]
