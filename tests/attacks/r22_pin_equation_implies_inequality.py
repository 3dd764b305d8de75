"""Class 4 (review 22, premises and domains): an equation premise that confines a variable (a real k with k² = y − 2 forces y ≥ 2) is not read by the holders' search.

k is a real wave number (names=, real) with the dispersion premise k² = y − 2, y ∈ (0, 3): on the premises' set
y ∈ [2, 3). C = (x − ½)(y − 1), condition C = 0: since y ≥ 2, y ≠ 1 and C = 0 pins x = ½. The search reads only
inequality premises as its region; the equation k² = y − 2 is neither a region nor a value fixed outright, so
y = 1 (where k would be imaginary) holds C = 0 while x moves and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3.
Counterexample: y = 2.5 (k = 1/√2), x = ½: true slope 3 + C + x(y − 1) = 3.75. The form f = 3x rests on the dispersion premise
(f's definition carries k² − y + 2 = 0, substituted first). Sound: the search must count a
zero-set point only where the other premises can hold (k real), or refuse.
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", real=True)
DERIVATIONS = [Derivation(
    id="attack.r22.pin_equation_implies_inequality", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(k,),
    premises=(Premise("dispersion", sp.Eq(k**2, y - 2), "real wave number"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 1)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + k**2 - y + 2), "response (with a zero-energy term)"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="dispersion", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "2.5"}, {"y": "2.7"}, {"y": "2.9"})),
)]
