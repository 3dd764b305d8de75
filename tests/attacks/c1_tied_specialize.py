"""Class 1 (calculus where a form holds at one point only): specialize one of two tied parameters.

``f = x − y`` with the tie ``y = x`` means f = 0. Specializing x to 0 in the definition
(``f = −y``) and then substituting the tie gives ``f = −x``: false for every x ≠ 0. The
specialization ignores that x and y are tied. A sound kernel must refuse: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Ref, Substitute

x_ = Param("x", Real(1, 10))
y_ = Param("y", Real(1, 10))
x, y = x_.symbol, y_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c1.tied_specialize", title="a tied difference", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x - y), "definition"),
              Premise("tie", sp.Eq(y, x), "the symmetric case")),
    steps=(Substitute(mapping={x: 0}, on="def", expect=-y),
           Substitute(mapping={y: Ref("tie")}, expect=-x)),
    route=Agreement("the difference", lambda x: -x, points=({"x": 2}, {"x": 3}, {"x": 5})),
)]
