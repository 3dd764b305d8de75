"""Class 4 (review 7, the same parameter specialised twice): g = a x²; Substitute x → 2 gives g = 4a; Substitute x → 3 then
leaves g = 4a, boxed as g|_(x = 2, x = 3) = 4a, a context that fixes x at two values. A sound kernel refuses the second
specialisation (the chain already fixed x, and x no longer occurs): exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 5)); a_ = Param("a", Real(1, 2))
x, a = x_.symbol, a_.symbol
g = sp.Symbol("g")
DERIVATIONS = [Derivation(
    id="attack.r7.spec_twice", title="a value at two points", source="attack",
    symbols=(x_, a_), parameters=("a",),
    premises=(Premise("def", sp.Eq(g, a * x**2), "g"),),
    steps=(Substitute(mapping={x: 2}, expect=4 * a),
           Substitute(mapping={x: 3}, expect=4 * a)),
    route=Agreement("value", lambda a: 4 * a, points=({"a": 1.25}, {"a": 1.5}, {"a": 1.75})),
)]
