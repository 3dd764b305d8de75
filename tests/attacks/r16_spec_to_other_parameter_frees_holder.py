"""Class 1 (review 16, calculus where a form holds at a point): specializing the holder to another parameter (x -> y) leaves the condition's holder free.
z = x + y with x, y in (0, 10); condition z = 10 (a tie: y = 10 - x holds it while x moves). f = 3x + (z - 10)x² is 3x
on the condition. The step specializes x -> y (allowed: y, not in the form, holds the condition) and then
differentiates in y: f|_{x=y} = 3y, d/dy = 3. After x -> y the condition reads 2y = 10: it pins y = 5, but the context
still lists x as a variable of the condition that the form no longer contains, so x is taken to hold it while y
moves. At y = 5 (the premises' only point) the function y ↦ f(x = y, y) = 3y + (2y - 10)y² has slope
3 + 2y² = 53, not 3. Sound: after a specialization the
condition must be read at the value (x = y ties x to y; it no longer holds the condition); refuse, exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 10)); y_ = Param("y", Real(0, 10))
x, y = x_.symbol, y_.symbol
f, z = sp.Symbol("f"), sp.Symbol("z")
DERIVATIONS = [Derivation(
    id="attack.r16.spec_to_other_parameter_frees_holder", title="symmetric response", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("zdef", sp.Eq(z, x + y), "total"),
              Premise("fdef", sp.Eq(f, 3 * x + (z - 10) * x**2), "response"),
              Premise("cond", sp.Eq(z, 10), "budget")),
    steps=(Substitute(using="cond", on="fdef", expect=sp.Eq(f, 3 * x)),
           Substitute({x: y}, expect=sp.Eq(sp.Subs(f, x, y), 3 * y)),
           Differentiate(y, expect=sp.Eq(sp.Derivative(sp.Subs(f, x, y), y), 3))),
    route=Agreement("value", lambda y: 3, points=({"y": "5"}, {"y": "2"}, {"y": "7"})),
)]
