"""Class 3 (review 3, found while fixing the calc slice). A Sum in the form made the checker doit() everything in it.

g = d|x|/dx + Σ_{k=1}^{n} 1, x ∈ (−1, 1), n ∈ {1, …, 5}. With a Sum present,
verify/symbolic.py:symbolic_zero called doit() on the whole difference, which also takes
SymPy's derivative of |x| (sign x, wrong at the kink), its integrals and limits unguarded:
g = sign(x) + n was proved, and at x = 0, n = 1, g = 1. |x| has no derivative at 0.
A sound kernel evaluates the sums only (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Real, Rewrite, Substitute

x_ = Param("x", Real(-1, 1))
n_ = Param("n", Integer(1, 5))
x, n = x_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.sum_doit_everything", title="slope plus a count", source="review3",
    symbols=(x_, n_),
    premises=(Premise("def", sp.Eq(g, sp.Derivative(sp.Abs(x), x) + sp.Sum(1, (k, 1, n))), "slope plus count"),),
    steps=(Rewrite(expect=sp.sign(x) + n),
           Substitute(mapping={x: 0, n: 1}, expect=sp.Eq(sp.Subs(g, (x, n), (0, 1)), 1))),
    route=Agreement("by hand", lambda: 1, points=({},)),
)]
