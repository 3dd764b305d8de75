"""Class 3 (review 3, SymPy trusted). A real-valued limit across Ei's branch cut, "proved by continuity": lim_{x→0} |Ei(−1 + ix)|² = Ei(−1)².

g(x) = Ei(−1 + ix)·Ei(−1 − ix) is real for real x ≠ 0 (the factors are conjugates) and tends
to |Ei(−1) ∓ iπ|² = Ei(−1)² + π² ≈ 9.9177 from either side: −1 lies on Ei's branch cut, where
Ei(−1 ± i0) = Ei(−1) ± iπ. SymPy 1.14 answers Ei(−1)² ≈ 0.0481 for both sides, and
verify/certify_ops.py:_by_continuity accepts it (no Abs/arg/re/im atom, no vanishing power
base, g(0) = Ei(−1)² equals SymPy's value): continuity is assumed for every special function
with a branch cut (Ei, li, Ci, Chi, expint, loggamma, besselk, LambertW: SymPy's one-sided
limits of all of these across the cut are wrong). A sound kernel fails or says
inconclusive (exit != 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.ei_branch_limit", title="modulus of an exponential-integral amplitude", source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(g, sp.Ei(-1 + sp.I * x) * sp.Ei(-1 - sp.I * x)), "|Ei(−1 + ix)|²"),),
    steps=(Limit(x, 0, "+-", expect=sp.Ei(-1)**2),),
    route=Agreement("Ei(−1)², as hoped", lambda: mpmath.ei(-1)**2, points=({},)),
)]
