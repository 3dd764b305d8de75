"""Class B (review 5, SymPy #15943 where n starts at 100: SymPy's numeric doit of 100+ terms uses the same wrong closed form, and Σ n!/k! = ⌊e·n!⌋ is within 1 of e·n!).

SymPy wrong summation (sympy/sympy#15943, still reproduced with SymPy 1.14):
Σ_{k=0}^{n} C(n, k)·(n − k)! = Σ_{k=0}^{n} n!/k! is an integer (n = 1: 2, n = 2: 5, n = 3: 16),
but SymPy's doit() gives e·n! (n = 1: 2.718…). A sound kernel: the rewrite fails
(counterexample at n = 1), exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(100, 10**4))
n = n_.symbol
k = sp.Symbol("k", integer=True)
S = sp.Symbol("S")

DERIVATIONS = [Derivation(
    id="attack.r5.sum_binomial_factorial_large", title="arrangements", source="attack",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(sp.binomial(n, k) * sp.factorial(n - k), (k, 0, n))),
                      "ordered selections"),),
    steps=(Rewrite(expect=sp.E * sp.factorial(n)),),
    route=Agreement("SymPy's closed form", lambda n: sp.E * sp.factorial(int(n)), points=({"n": 100}, {"n": 101}, {"n": 102})),
)]
