"""Class 4 (review 14, premises never checked): two names defined through each other, inconsistently. a = b + 1 and b = a + 1 are each the
first definition of a new name, so neither counts as a condition, and the premise set (which implies 0 = 2)
has no solution at all. Substituting one into the other gives b = b + 2, and subtracting b gives 0 = 2.
Sound: the premises are unsatisfiable (or the circular definition refused); exit != 0."""
import sympy as sp
from derivations import AddBoth, Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1))
x = x_.symbol
a, b = sp.symbols("a b")
DERIVATIONS = [Derivation(
    id="attack.r14.unsat_circular_definitions", title="two offsets", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("adef", sp.Eq(a, b + 1), "first offset"),
              Premise("bdef", sp.Eq(b, a + 1), "second offset")),
    steps=(Substitute(using="adef", on="bdef", expect=sp.Eq(b, b + 2, evaluate=False)),
           AddBoth(term=-b, expect=sp.Eq(0, 2, evaluate=False))),
    route=Agreement("value", lambda x: 2, points=({"x": "0.1"}, {"x": "0.5"}, {"x": "0.9"})),
)]
