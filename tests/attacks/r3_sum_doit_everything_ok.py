"""Control (review 3). Must pass. A derivative and a count in one form, where the derivative is smooth.

g = d(x²)/dx + Σ_{k=1}^{n} 1 = 2x + n; at x = 0, n = 1, 1.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(-1, 1))
n_ = Param("n", Integer(1, 5))
x, n = x_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="control.r3.sum_doit_everything_ok", title="slope plus a count", source="review3",
    symbols=(x_, n_),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(x**2, x) + sp.Sum(1, (k, 1, n))), "slope plus count"),),
    steps=(Rewrite(expect=2 * x + n),
           Substitute(mapping={x: 0, n: 1}, expect=sp.Eq(sp.Subs(g, (x, n), (0, 1)), 1))),
    route=Agreement("by hand", lambda: 1, points=({},)),
)]
