"""Class 1 (review 15, calculus where a form holds at a point): Class 1 / definitions: a value of a derivative of a defined name, written with the name on the right (h + 2 - h, unevaluated).
h = x² + y² (x, y in (0, 2)), premise ∂h/∂x = h + 2 - h: truly 2x = 2, which pins x = 1. operator_value reads a
right-hand side mentioning h as 'relating two operations' (no value), so the premise is read as before review 14:
as x² + y² = 2, which y can hold. f = x ∂h/∂x becomes f = 2x and df/dx = 2 is proved; truly slope 4 at x = 1.
Sound: refuse the derivative (the premise pins x), exit != 0."""
import sympy as sp
from derivations import Agreement, Derivation, Differentiate, Param, Premise, Real, Substitute

x_ = Param("x", Real(0, 2)); y_ = Param("y", Real(0, 2))
x, y = x_.symbol, y_.symbol
h, f = sp.symbols("h f")
DERIVATIONS = [Derivation(
    id="attack.r15.defs_operator_rhs_mentions_name", title="power at the operating slope", source="attack",
    symbols=(x_, y_), parameters=("y",),
    premises=(Premise("hdef", sp.Eq(h, x**2 + y**2), "potential"),
              Premise("fdef", sp.Eq(f, x * sp.Derivative(h, x)), "power"),
              Premise("slope", sp.Eq(sp.Derivative(h, x), sp.Add(h, 2, -h, evaluate=False)), "the operating slope")),
    steps=(Substitute(using="slope", on="fdef", expect=sp.Eq(f, 2 * x)),
           Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2))),
    route=Agreement("value", lambda y: 2, points=({"y": "0.5"}, {"y": "1"}, {"y": "1.5"})),
)]
