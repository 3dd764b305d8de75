"""Control (review 3). Must pass. A product with a never-reversed range through Differentiate, then specialized.

f = x · Π_{k=1}^{n} 2, n ∈ {0, …, 5}, x > 0: ∂f/∂x = Π_{k=1}^{n} 2 = 2^n (the range is
never reversed), and at n = 3, 8.
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Integer, Param, Positive, Premise, Substitute

x_ = Param("x", Positive())
n_ = Param("n", Integer(0, 5))
x, n = x_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="control.r3.karr_product_differentiate_ok", title="gain of n doublings", source="review3",
    symbols=(x_, n_),
    premises=(Premise("def", sp.Eq(f, x * sp.Product(2, (k, 1, n))), "x doubled n times"),),
    steps=(Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2**n)),
           Substitute(mapping={n: 3}, expect=sp.Eq(sp.Subs(sp.Derivative(f, x), n, 3), 8))),
    route=Agreement("the same by hand", lambda: 8, points=({},)),
)]
