"""Class 3 (SymPy trusted), built on SymPy issue #8746: a sum through the poles of its summand.

``Σ_{k=−3}^{n} 1/(k(k + 1))`` contains the terms at k = −1 and k = 0, which are undefined;
SymPy answers ``−1/3 − 1/(n + 1)`` (reproduced with the installed SymPy). A sound kernel
refuses a sum whose range contains a pole of the summand: exit != 0.
"""
import sympy as sp

from derivations import Agreement, Derivation, Integer, Param, Premise, Rewrite

n_ = Param("n", Integer(1, 1000))
n = n_.symbol
k = sp.Symbol("k", integer=True)
f = sp.Symbol("f")

DERIVATIONS = [Derivation(
    id="attack.s.sum_through_pole", title="a telescoping sum", source="SymPy issue #8746",
    symbols=(n_,), parameters=("n",),
    premises=(Premise("def", sp.Eq(f, sp.Sum(1 / (k * (k + 1)), (k, -3, n))), "the sum"),),
    steps=(Rewrite(expect=-sp.Rational(1, 3) - 1 / (n + 1)),),
    route=Agreement("SymPy's closed form", lambda n: -sp.Rational(1, 3).evalf(60) - sp.Integer(1) / (n + 1),
                    points=({"n": 1}, {"n": 5}, {"n": 50})),
)]
