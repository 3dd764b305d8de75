"""Class 4 (review 23, premises and domains): another equation of the context with no real value at a point (k = log(y − 2), k real) counts as solvable there.

k is a real name (names=, real) with k = log(y − 2), y ∈ (0, 3): the premises hold only for y ∈ (2, 3).
C = (x − ½)(y − 1), condition C = 0: since y > 2, C = 0 pins x = ½. The region's "solvable" test for the other
equation k − log(y − 2) = 0 at y = 1 gets a complex value (k − iπ) at every sample of k, skips them all, and with
no sign seen answers "solvable" (`return not signs` in `_search_region.admits`): y = 1 holds C = 0 while x moves
and d/dx goes through: f = x(3 + C) = 3x, df/dx = 3. Counterexample: y = 2.5 (k = −log 2), x = ½: true slope
3 + ½(y − 1) = 3.75. The same with k = √(y − 2) (the premises' own satisfiability search then fails first).
Sound: a point where the other equation has a real value at no sample of its variables is not a point where
it can hold; "no sign seen" must mean "not solvable" (or undecided, refusing), never "solvable".
"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 3))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
k = sp.Symbol("k", real=True)
DERIVATIONS = [Derivation(
    id="attack.r23.pin_log_equation_complex", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("y",), names=(k,),
    premises=(Premise("wave", sp.Eq(k, sp.log(y - 2)), "real log-gap"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 1)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + k - sp.log(y - 2)), "response (with a zero term)"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="wave", on="fdef", expect=sp.Eq(f, x * (3 + C))),
           Substitute(using="cond", expect=sp.Eq(f, 3 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "2.5"}, {"y": "2.7"}, {"y": "2.9"})),
)]
