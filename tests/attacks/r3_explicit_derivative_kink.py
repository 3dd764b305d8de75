"""Class 3 (review 3, found while fixing the calc slice). An explicit derivative through a kink, evaluated by the checker.

g = d|x|/dx as a premise, x ∈ (−1, 1). The Rewrite g = sign(x) was proved by evaluating the
derivative (verify/symbolic.py: symbolic_zero calls SymPy's doit on every explicit
Derivative), then x = 0 gives g = 0 — but |x| has no derivative at 0. A sound kernel
evaluates a derivative only where the expression is smooth (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.explicit_derivative_kink", title="slope of a fold", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(sp.Abs(x), x)), "the slope of |x|"),),
    steps=(Rewrite(expect=sp.sign(x)), Substitute(mapping={x: 0}, expect=sp.Eq(sp.Subs(g, x, 0), 0))),
    route=Agreement("by hand", lambda: 0, points=({},)),
)]
