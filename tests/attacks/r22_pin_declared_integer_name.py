"""Class 4 (review 22, premises and domains): a name declared integer is read through its definition in the holders' search as a real.

n is declared integer (names=) and defined n = 2y with y ∈ (0, 2); so y ∈ {½, 1, 3/2}. C = (x − ½)(n − ½),
condition C = 0. Since n is whole, n ≠ ½ and C = 0 pins x = ½. The search reads n as 2y and y as a real, finds
y = ¼ (n = ½, not an integer) holding C = 0 while x moves, and lets d/dx through: f = x(3 + C) = 3x, df/dx = 3.
Counterexample: y = 1 (n = 2), x = ½: true slope 3 + C + x(n − ½) = 3.75. Sound: a name declared integer
read through its definition must keep its definition's values whole (or refuse).
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 2))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
n = sp.Symbol("n", integer=True)
DERIVATIONS = [Derivation(
    id="attack.r22.pin_declared_integer_name", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(n,),
    premises=(Premise("ndef", sp.Eq(n, 2 * y), "count"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (n - sp.Rational(1, 2))), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C)), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "1"}, {"y": "0.5"}, {"y": "1.5"})),
)]
