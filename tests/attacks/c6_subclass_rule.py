"""Class 6 (routes, hooks and user code trusted): a rule subclass that returns what it is told.

``Differentiate`` subclassed so that ``infer`` returns the written form; the wrong
derivative ``d(x³)/dx = 2x³`` would follow. A sound kernel refuses rule subclasses from
user code: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise
from derivations._rules import Inference


class Differentiate(Differentiate):  # noqa: F811 - the point: it looks like the real rule
    def infer(self, given, env, domains):
        return Inference(sp.Eq(sp.Derivative(given.lhs, self.var), self.expect))


x_ = Param("x", Positive())
x = x_.symbol
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.c6.subclass_rule", title="slope of a cube", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("def", sp.Eq(f, x**3), "the cube"),),
    steps=(Differentiate(x, expect=2 * x**3),),
    route=Agreement("the slope", lambda x: 2 * x**3, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
