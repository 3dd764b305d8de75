"""Control (review 3, a physicist's ordinary derivation): a telescoping product, Π_{k=1}^{n} (1 + 1/k) = n + 1, n ≥ 1. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 1000))
n = n_.symbol
k = sp.Symbol("k", integer=True, positive=True)
P = sp.Symbol("P")

DERIVATIONS = [Derivation(
    id="attack.r3c.telescoping_product_ok", title="a telescoping product", source="control",
    symbols=(n_,), parameters=("n",), names=(k,),
    premises=(Premise("def", sp.Eq(P, sp.Product(1 + 1 / k, (k, 1, n))), "the product"),),
    steps=(Rewrite(expect=n + 1),),
    route=Agreement("direct product", lambda n: mpmath.fprod(1 + mpmath.mpf(1) / j for j in range(1, int(n) + 1)),
                    points=({"n": 1}, {"n": 5}, {"n": 40})),
)]
