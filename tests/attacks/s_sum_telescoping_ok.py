"""Control for s_sum_through_pole: ``Σ_{k=1}^{n} 1/(k(k + 1)) = 1 − 1/(n + 1)``, no pole in range. Must pass."""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 1000))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.s.sum_telescoping_ok", title="a telescoping sum", source="SymPy issue #8746",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1 / (k * (k + 1)), (k, 1, n))), "the sum"),),
    steps=(Rewrite(expect=1 - 1 / (n + 1)),),
    route=Agreement("direct summation", lambda n: mpmath.fsum(mpmath.mpf(1) / (j * (j + 1)) for j in range(1, n + 1)),
                    points=({"n": 1}, {"n": 5}, {"n": 50})),
)]
