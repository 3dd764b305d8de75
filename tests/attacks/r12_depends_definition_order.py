"""Class 1 (review 12, calculus where a form holds at a point): a name defined in terms of x through a later definition is held constant by Differentiate.
Premises, in this order: h = k + 1, k = x², f = h·x. So f = x³ + x and df/dx = 3x² + 1. Differentiating f = h x in x
treats h as a constant and gives df/dx = h = x² + 1: "proved". The guard "no name on the right may be defined in
terms of v" (derivations/_context.py, the `depends` map) follows a name's definition only through definitions made
BEFORE it: with k = x² listed first the same step is refused ("the right-hand side uses h, defined in terms of x").
Sound: refuse (or derive 3x² + 1), exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Positive, Premise

x_ = Param("x", Positive())
x = x_.symbol
f, h, k = sp.Symbol("f"), sp.Symbol("h"), sp.Symbol("k")
DERIVATIONS = [Derivation(
    id="attack.r12.depends_definition_order", title="slope of a response", source="attack",
    symbols=(x_,), parameters=("x",),
    premises=(Premise("hdef", sp.Eq(h, k + 1), "the gain, in terms of the area k"),
              Premise("kdef", sp.Eq(k, x**2), "the area"),
              Premise("fdef", sp.Eq(f, h * x), "the response")),
    steps=(Differentiate(x, on="fdef", expect=sp.Eq(sp.Derivative(f, x), h)),),
    route=Agreement("the gain at x", lambda x: mpmath.mpf(x)**2 + 1, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
