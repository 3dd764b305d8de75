"""Class 2 (substitution into bound variables): specializing a name that is also a Sum's index.

``g = Σ_{k=1}^{k} k x`` reuses the parameter k as its own index (a user slip). Specializing
``k = 2`` may replace the upper bound but never the bound k in the summand: ``Σ_{k=1}^{2} k x
= 3x``, not ``Σ_{k=1}^{2} 2x = 4x``. A sound kernel refuses the written form: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Positive, Premise, Rewrite, Substitute

x_, k_ = Param("x", Positive()), Param("k", Integer(1, 10))
x, k = x_.symbol, k_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.c2.sum_bound", title="a sum at k = 2", source="attack",
    symbols=(x_, k_), parameters=("x",),
    premises=(Premise("def", sp.Eq(g, sp.Sum(k * x, (k, 1, k))), "a running sum up to k"),),
    steps=(Substitute(mapping={k: 2}, on="def", expect=sp.Sum(2 * x, (k, 1, 2))),
           Rewrite(expect=4 * x)),
    route=Agreement("the value", lambda x: 4 * x, points=({"x": 1}, {"x": 2}, {"x": 3})),
)]
