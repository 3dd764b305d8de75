"""Class 1 (review 15, calculus where a form holds at a point): a chain of conditions pins x, but the chain test reads a condition through a name as no condition.
C = (x - 1/2)(y - 5), x in (0, 1), y in (0, 10); premises y = 2 and C = 0, f = x(3 + C) + y. The form f = 3x + 2 rests
on both (step 1 substitutes C = 0, step 2 y = 2). y = 2 determines y, and then C = 0 determines x = 1/2 (the chain of
_determined_through_chain). But _determines differentiates the raw relation C = 0 (C a name: its x-derivative is 0), not the
condition read through C's definition, so x is not found determined (and y counts as C's holder: y = 5 crosses).
df/dx = 3 is proved; on the premises x = 1/2 only, and the slope of f = x(3 + C) + y there is 3 - 3/2 = 3/2.
Sound: refuse the derivative, exit != 0. (With the condition written out, (x - 1/2)(y - 5) = 0, the same derivation is
refused: "'cond' together with 'load', which pin x".)"""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 1)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, C = sp.Symbol("f"), sp.Symbol("C")
DERIVATIONS = [Derivation(
    id="attack.r15.pin_chain_through_named_condition", title="response at the balance point", source="attack",
    symbols=(x_, y_), parameters=("x",),
    premises=(Premise("load", sp.Eq(y, 2), "the load"),
              Premise("Cdef", sp.Eq(C, (x - sp.Rational(1, 2)) * (y - 5)), "imbalance"),
              Premise("fdef", sp.Eq(f, x * (3 + C) + y), "response"),
              Premise("cond", sp.Eq(C, 0), "balanced")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x + y)),
           Substitute(using="load", expect=sp.Eq(f, 3 * x + 2)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 3))),
    route=Agreement("value", lambda x: 3, points=({"x": "0.25"}, {"x": "0.5"}, {"x": "0.75"})),
)]
