"""Class 3 (review 3, SymPy trusted). Karr's convention for a Product, through Differentiate and a specialization.

Karr's convention for a Product, through Differentiate (no range guard) and a specialization.

f = x · Π_{k=1}^{n} 2, n ∈ {−5, …, 5}, x > 0. Differentiate in x: the rule derives
Π_{k=1}^{n} 2 and the written 2^n is proved equal by doit() (SymPy's Karr convention gives
Π_{k=1}^{n} 2 = 2^n for every integer n, so 1/8 at n = −3). sum_conditions
(derivations/_rules_equivalence.py) guards only Rewrite and Substitute outputs that still hold
the Product. Specializing n = −3 then "proves" ∂f/∂x = 1/8; the empty product is 1.
A sound kernel refuses or fails (exit != 0).
"""
import sympy as sp

from derivations import Agreement, Derivation, Differentiate, Integer, Param, Positive, Premise, Substitute

x_ = Param("x", Positive())
n_ = Param("n", Integer(-5, 5))
x, n = x_.symbol, n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.r3.karr_product_differentiate", title="gain of n doublings", source="review3",
    symbols=(x_, n_),
    premises=(Premise("def", sp.Eq(f, x * sp.Product(2, (k, 1, n))), "x doubled n times"),),
    steps=(Differentiate(x, expect=sp.Eq(sp.Derivative(f, x), 2**n)),
           Substitute(mapping={n: -3}, expect=sp.Eq(sp.Subs(sp.Derivative(f, x), n, -3), sp.Rational(1, 8)))),
    route=Agreement("the same by hand", lambda: sp.Rational(1, 8), points=({},)),
)]
