"""Class 4 (review 7, a specialisation of a parameter that does not occur): g = a x² with y declared too; Substitute
y → 3 on g = a x² changes nothing and boxes g|_(y = 3) = a x², a value that states nothing about the form. A sound kernel
refuses it (y does not occur in the input): exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 5)); a_ = Param("a", Real(1, 2)); y_ = Param("y", Real(0, 5))
x, a, y = x_.symbol, a_.symbol, y_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.spec_absent", title="a value for an absent parameter", source="attack",
    symbols=(x_, a_, y_), parameters=("a", "x"),
    premises=(Premise("def", sp.Eq(g, a * x**2), "g"),),
    steps=(Substitute(mapping={y: 3}, expect=a * x**2),),
    route=Agreement("value", lambda a, x: a * x**2, points=({"a": 1.25, "x": 1}, {"a": 1.5, "x": 2}, {"a": 1.75, "x": 3})),
)]
