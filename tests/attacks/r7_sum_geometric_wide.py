"""Class 3 (review 7, a series past its convergence): Σ_{k=0}^∞ q^k = 1/(1 − q) on q ∈ (0, 2) diverges for q ≥ 1. Sound: exit != 0."""
import mpmath
import sympy as sp
from derivations import Agreement, Derivation, Param, Premise, Real, Rewrite

q_ = Param("q", Real(0, 2))
q = q_.symbol
k = sp.Symbol("k", integer=True, nonnegative=True)
S = sp.Symbol("S")
DERIVATIONS = [Derivation(
    id="attack.r7.sum_geometric_wide", title="geometric, too wide", source="attack",
    symbols=(q_,), parameters=("q",),
    premises=(Premise("def", sp.Eq(S, sp.Sum(q**k, (k, 0, sp.oo))), "the series"),),
    steps=(Rewrite(expect=1 / (1 - q)),),
    route=Agreement("closed", lambda q: 1 / (1 - mpmath.mpf(q)), points=({"q": "0.5"}, {"q": "0.9"}, {"q": "0.1"})),
)]
