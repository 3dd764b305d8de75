"""Control (review 3). Must pass. The limit of r3_ei_branch_limit.py off Ei's branch cut: lim_{x→0} Ei(1 + ix)·Ei(1 − ix) = Ei(1)².

1 lies off the cut (−∞, 0] of Ei, so the product is continuous at x = 0 and SymPy's value is
right; the kernel certifies it by probing from both sides (Ei is not on the continuity
allow-list). Must pass (exit 0).
"""
import mpmath
import sympy as sp

from derivations import Agreement, Derivation, Limit, Param, Premise, Real

x_ = Param("x", Real(-1, 1))
x = x_.symbol
g = sp.Symbol("g")

DERIVATIONS = [Derivation(
    id="attack.r3.ei_branch_limit_ok", title="modulus of an exponential-integral amplitude off the cut",
    source="review3",
    symbols=(x_,),
    premises=(Premise("def", sp.Eq(g, sp.Ei(1 + sp.I * x) * sp.Ei(1 - sp.I * x)), "|Ei(1 + ix)|²"),),
    steps=(Limit(x, 0, "+-", expect=sp.Ei(1)**2),),
    route=Agreement("Ei(1)²", lambda: mpmath.ei(1)**2, points=({},)),
)]
